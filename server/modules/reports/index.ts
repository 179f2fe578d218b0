/**
 * The funder report (HTML preview, PDF job, Excel): aggregate only, built from outcomes and activities. Owns
 * no tables (its jobs are the job runner's).
 */
// Wiring: routes and job handlers for server/app.ts and server/jobs.ts.
export { runFunderReport } from './job.ts';
export { reportRoutes } from './routes.ts';
