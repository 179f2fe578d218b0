/**
 * The employer hotline: support requests on a placement and their notes (support_requests,
 * support_request_notes), response targets and escalation.
 */
// Wiring: routes and job handlers for server/app.ts and server/jobs.ts.
export { runSupportEscalation } from './escalation.ts';
export { supportRequestRoutes } from './routes.ts';

/** Its contribution to anonymisation (gdpr runs every module's in one transaction). */
export { supportRequestsAnonymise } from './anonymise.ts';
