/**
 * Programmes and memberships (roles per programme). Invitations and the portal add memberships here.
 */
export { insertMembership } from './repository.ts';
export { programmeRoutes } from './routes.ts';
export { mergeProgrammeSettings, removeMembership } from './repository.ts';
