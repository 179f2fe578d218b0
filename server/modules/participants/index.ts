/**
 * Intake, update, the coordinator's list with fuzzy search, the ladder's changes and work areas: the
 * participant services over HTTP. The person's rows themselves are the people module's.
 */
export { participantRoutes } from './routes.ts';
