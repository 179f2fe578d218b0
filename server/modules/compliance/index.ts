/**
 * The young-worker rule check over HTTP (`POST /api/compliance/check`). Owns no tables.
 */
// Wiring: routes and job handlers for server/app.ts and server/jobs.ts.
export { complianceRoutes } from './routes.ts';
