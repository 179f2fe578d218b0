/**
 * The funder report (HTML preview, PDF job, Excel): aggregate only, built from outcomes and activities.
 */
export { runFunderReport } from './job.ts';
export { reportRoutes } from './routes.ts';
