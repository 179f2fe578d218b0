export { commitmentProgress, deliveredAgainst } from './commitments.ts';
export type { Commitment, CommitmentProgress, CommitmentStatus, Delivery } from './commitments.ts';
export { distanceKm } from './distance.ts';
export { OPENING_LEGALITY_CODES, openingRefusals, STAFF_PRESENCE_REQUIRED } from './legality.ts';
export type { OpeningForLegality, OpeningLegalityCode, OpeningLegalityRefusal } from './legality.ts';
export {
  addMonths,
  ADULT_AGE,
  canTransition,
  DEFAULT_OPENING_MONTHS,
  defaultEndDate,
  EARLIEST_OPENING_DATE,
  LADDER_STEP_OF_KIND,
  ladderStepFits,
  LEGAL_STATUSES,
  OPENING_KINDS,
  OPENING_STATUSES,
  openingConsistencyIssues,
  resolveLadderStep,
  STAFF_REQUIRED_KINDS,
  STATUS_TRANSITIONS,
  WAGE_PAYERS,
} from './openings.ts';
export type { ConsistencyIssue, LadderStep, OpeningKind, OpeningShape, OpeningStatus, WagePayer } from './openings.ts';
export { isWorkArea, VOCATIONAL_EDUCATION_AREAS, WORK_AREA_EDUCATION_AREA, WORK_AREAS } from './work-areas.ts';
export type { VocationalEducationArea, WorkArea } from './work-areas.ts';
