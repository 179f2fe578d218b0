/**
 * Organisations (partners, employers' organisations): shared identity, not programme data (organisations).
 */
export { presentOrganisation, type OrganisationRow } from './presenter.ts';
// Wiring: routes and job handlers for server/app.ts and server/jobs.ts.
export { organisationRoutes } from './routes.ts';
