/**
 * Access-request export, anonymisation, legal holds and retention of participants' data.
 */
export { enforceParticipantRetention, scrubPortalAccount } from './service.ts';
export { gdprRoutes } from './routes.ts';
