/**
 * Invitations by one-time link (invitations): staff and employer contacts join a programme here.
 */
export { createInvitation } from './service.ts';
// Wiring: routes and job handlers for server/app.ts and server/jobs.ts.
export { invitationRoutes } from './routes.ts';
