/**
 * Participant and guardian portal accounts by invitation code (portal_codes): their own data and consents.
 */
export { movePortalCodes } from './repository.ts';
export { portalRoutes } from './routes.ts';
