/**
 * Companies (CVR) in a programme: their contacts, commitments, notes and the employer portal's view of
 * them. Workplaces and mentors are the workplaces module's; openings are the openings module's.
 */
export { employerPortalRoutes } from './portal-routes.ts';
export { companyRoutes } from './routes.ts';
