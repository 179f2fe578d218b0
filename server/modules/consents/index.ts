/**
 * Consents with purpose and scope (table consents): giving, revoking and reading them. The portal gives
 * and revokes a child's consent through the functions here.
 */
export { presentConsent, type PresentedConsent } from './presenter.ts';
export {
  findConsent,
  insertConsent,
  listConsents,
  moveConsents,
  partnerNames,
  revokeConsent,
  stepChangeDates,
  type ConsentRow,
} from './repository.ts';
export { scopeIssues } from './service.ts';
// Wiring: routes and job handlers for server/app.ts and server/jobs.ts.
export { consentRoutes } from './routes.ts';

/** Its contribution to anonymisation (gdpr runs every module's in one transaction). */
export { consentsAnonymise } from './anonymise.ts';
