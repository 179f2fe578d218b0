/**
 * The employer hotline: support requests on a placement, response targets and escalation.
 */
export { runSupportEscalation } from './escalation.ts';
export { supportRequestRoutes } from './routes.ts';
