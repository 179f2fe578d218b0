/**
 * The KPI dashboard and its targets (outcome_targets); `getDashboard` also feeds the funder report.
 */
export { getDashboard } from './service.ts';
export { outcomeRoutes } from './routes.ts';
