/**
 * Participant and guardian portal accounts by invitation code (portal_codes): their own data and consents.
 */
export { movePortalCodes } from './repository.ts';
// Wiring: routes and job handlers for server/app.ts and server/jobs.ts.
export { portalRoutes } from './routes.ts';

/** Its contribution to anonymisation (gdpr runs every module's in one transaction). */
export { portalAnonymise, scrubPortalAccount } from './anonymise.ts';
