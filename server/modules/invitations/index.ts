/**
 * Invitations by one-time link (invitations): staff and employer contacts join a programme here.
 */
export { createInvitation } from './service.ts';
export { invitationRoutes } from './routes.ts';
