/**
 * Organisations (partners, employers' organisations) and sites: shared identity, not programme data.
 */
export { presentOrganisation, type OrganisationRow } from './presenter.ts';
export { organisationRoutes } from './routes.ts';
