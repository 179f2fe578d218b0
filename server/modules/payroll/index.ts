/**
 * The monthly payroll export per payer and the pocket-money budget (payroll_* tables).
 */
export { payrollRoutes } from './routes.ts';
