/**
 * Programmes, their partners, sites and memberships (roles per programme): programmes, programme_partners,
 * sites, memberships. Invitations, the portal and companies add or end memberships here; programme-settings
 * stores its settings here.
 */
export { insertMembership, mergeProgrammeSettings, removeMembership } from './repository.ts';
// Wiring: routes and job handlers for server/app.ts and server/jobs.ts.
export { programmeRoutes } from './routes.ts';

/** Anonymisation steps the portal's contribution asks the owner to take. */
export { dropPortalMembershipIfUnlinked } from './repository.ts';
