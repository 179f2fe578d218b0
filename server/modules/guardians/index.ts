/**
 * Guardians of youth, their information notices and co-signatures (guardians, guardian_notices), and the
 * clearance that gates a job's start.
 */
export { presentGuardian, presentNotice } from './presenter.ts';
export {
  findGuardian,
  linkGuardian,
  listGuardians,
  listNotices,
  moveGuardianRecords,
  type GuardianRow,
  type NoticeRow,
} from './repository.ts';
export { guardianClearanceFor } from './service.ts';
// Wiring: routes and job handlers for server/app.ts and server/jobs.ts.
export { guardianRoutes } from './routes.ts';

/** Its contribution to anonymisation (gdpr runs every module's in one transaction). */
export { guardiansAnonymise } from './anonymise.ts';

/** Anonymisation steps the portal's contribution asks the owner to take. */
export { unlinkGuardianAccounts } from './repository.ts';
