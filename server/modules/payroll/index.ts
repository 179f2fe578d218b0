/**
 * The monthly payroll export per payer (CSV, Excel, JSON) and the pocket-money budget. Owns no tables: reads
 * hours and mentor costs through the shifts and placements faces.
 */
// Wiring: routes and job handlers for server/app.ts and server/jobs.ts.
export { payrollRoutes } from './routes.ts';
