/**
 * The append-only audit trail (audit_events): every module records its events through `recordAudit`,
 * in the transaction that does the work. Also its search, the access-request read and the retention job.
 */
export { recordAudit } from './recorder.ts';
export { eventsAboutPerson } from './repository.ts';
export { enforceAuditRetention } from './service.ts';
// Wiring: routes and job handlers for server/app.ts and server/jobs.ts.
export { auditRoutes } from './routes.ts';
