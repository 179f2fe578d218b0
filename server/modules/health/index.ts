/**
 * The liveness/readiness endpoint. Owns no tables.
 */
// Wiring: routes and job handlers for server/app.ts and server/jobs.ts.
export { healthRoutes } from './routes.ts';
