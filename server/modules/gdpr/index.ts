/**
 * Access-request export, anonymisation, legal holds and retention of participants' data.
 */
export { enforceParticipantRetention, scrubPortalAccount } from './service.ts';
// Wiring: routes and job handlers for server/app.ts and server/jobs.ts.
export { gdprRoutes } from './routes.ts';
