/**
 * The person core, below every module that adds to a person: participant rows and ladder events
 * (participants, ladder_events, work_areas), who may see or change a person (the viewer and its look-ups),
 * the sealed CPR number, and the person's own presentation.
 */
export {
  loadVisible,
  loadWritable,
  requirePersonViewer,
  requireViewer,
  sharedCategories,
  visibleParticipants,
  type Viewer,
} from './access.ts';
export { cprHash, openCpr, sealCpr } from './cpr.ts';
export { maskedCprFor, presentLadderEvent, presentParticipant } from './presenter.ts';
export {
  absorbDuplicate,
  findCpr,
  findParticipant,
  insertLadderEvent,
  insertParticipant,
  jobCentreConsents,
  knownWorkAreas,
  lastLadderDate,
  linkParticipant,
  listLadderEvents,
  lockParticipants,
  markMerged,
  moveLadderEvents,
  updateOwn,
  updateParticipant,
  type JobCentreConsentRow,
  type LadderEventRow,
  type ParticipantRow,
} from './repository.ts';

/** Its contribution to anonymisation (gdpr runs every module's in one transaction). */
export { participantsAnonymise } from './anonymise.ts';

/** Anonymisation steps the portal's contribution asks the owner to take. */
export { unlinkPortalAccount } from './repository.ts';
