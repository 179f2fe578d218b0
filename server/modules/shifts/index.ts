/**
 * Time registration (hours, corrections, approvals), weekly timesheets and school calendars; anonymisation
 * scrubs their free text through `scrubHoursText`.
 */
export { mergeHours, scrubHoursText } from './repository.ts';
export { shiftRoutes } from './routes.ts';
