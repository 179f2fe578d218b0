/**
 * The person core, below every module that adds to a person: participant rows and ladder events
 * (participants, ladder_events), who may see or change a person (the viewer and its look-ups), the sealed
 * CPR number, and the person's own presentation.
 */
export { loadVisible, loadWritable, requirePersonViewer, requireViewer, sharedCategories, type Viewer } from './access.ts';
export { cprHash, openCpr, sealCpr } from './cpr.ts';
export { maskedCprFor, presentLadderEvent, presentParticipant } from './presenter.ts';
export {
  absorbDuplicate,
  findCpr,
  findParticipant,
  insertLadderEvent,
  insertParticipant,
  knownWorkAreas,
  jobCentreConsents,
  lastLadderDate,
  listLadderEvents,
  markMerged,
  moveLadderEvents,
  updateParticipant,
  type JobCentreConsentRow,
  type LadderEventRow,
  type ParticipantRow,
} from './repository.ts';
export { linkParticipant, updateOwn } from './repository.ts';
