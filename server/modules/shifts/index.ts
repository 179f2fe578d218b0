/**
 * Time registration (shifts, corrections, approvals), weekly timesheets, school calendars and rule exceptions
 * (shifts, school_calendars, rule_exceptions); a duplicate merge realigns shifts through `mergeHours`,
 * anonymisation scrubs their free text through `scrubHoursText`.
 */
export { mergeHours, scrubHoursText } from './repository.ts';
// Wiring: routes and job handlers for server/app.ts and server/jobs.ts.
export { shiftRoutes } from './routes.ts';

/** Its contribution to anonymisation (gdpr runs every module's in one transaction). */
export { shiftsAnonymise } from './anonymise.ts';
