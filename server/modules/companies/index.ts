/**
 * Companies (CVR) in a programme: companies, their commitments and notes (companies, company_commitments,
 * company_notes), contacts and the employer portal. Workplaces and mentors are the workplaces module's;
 * openings are the openings module's.
 */
// Wiring: routes and job handlers for server/app.ts and server/jobs.ts.
export { employerPortalRoutes } from './portal-routes.ts';
export { companyRoutes } from './routes.ts';
