/**
 * The KPI dashboard and its targets (outcome_targets); `getDashboard` also feeds the funder report.
 */
export { getDashboard } from './service.ts';
// Wiring: routes and job handlers for server/app.ts and server/jobs.ts.
export { outcomeRoutes } from './routes.ts';

/** Its contribution to anonymisation (gdpr runs every module's in one transaction). */
export { outcomesAnonymise } from './anonymise.ts';
