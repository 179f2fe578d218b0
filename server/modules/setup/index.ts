/**
 * The first-run setup link for the first platform administrator. Owns no tables: the user and the link are
 * auth's.
 */
export { prepareFirstRun } from './service.ts';
// Wiring: routes and job handlers for server/app.ts and server/jobs.ts.
export { setupRoutes } from './routes.ts';
