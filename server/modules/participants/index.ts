/**
 * Intake, update, the coordinator's list with fuzzy search, the ladder's changes and work areas: the
 * participant services over HTTP. The person's rows themselves are the people module's.
 */
// Wiring: routes and job handlers for server/app.ts and server/jobs.ts.
export { participantRoutes } from './routes.ts';
