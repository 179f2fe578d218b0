/**
 * The KPI dashboard and its targets (outcome_targets); `getDashboard` also feeds the funder report.
 */
export { getDashboard } from './service.ts';
// Wiring: routes and job handlers for server/app.ts and server/jobs.ts.
export { outcomeRoutes } from './routes.ts';
