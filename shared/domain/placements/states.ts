/**
 * The vocabulary of a placement (a "forløb": one participant in one opening). Code lists, not free
 * text, so statistics can count them and the UI translates them (Danish first).
 */

/** proposed → interview → offered → agreed → active → completed | ended_early; declined before active. */
export const PLACEMENT_STATUSES = ['proposed', 'interview', 'offered', 'agreed', 'active', 'completed', 'ended_early', 'declined'] as const;
export type PlacementStatus = (typeof PLACEMENT_STATUSES)[number];

/** Statuses in which a placement is still pending or running: one per participant and opening. */
export const OPEN_STATUSES = ['proposed', 'interview', 'offered', 'agreed', 'active'] as const satisfies readonly PlacementStatus[];
/** Statuses that can still be declined (everything before the job starts). */
export const PENDING_STATUSES = ['proposed', 'interview', 'offered', 'agreed'] as const satisfies readonly PlacementStatus[];
export const FINAL_STATUSES = ['completed', 'ended_early', 'declined'] as const satisfies readonly PlacementStatus[];

export function isOpenStatus(s: PlacementStatus): boolean {
  return (OPEN_STATUSES as readonly PlacementStatus[]).includes(s);
}

export function isFinalStatus(s: PlacementStatus): boolean {
  return (FINAL_STATUSES as readonly PlacementStatus[]).includes(s);
}

/** Why a running placement ended before its end date. */
export const END_REASONS = ['participant_stopped', 'dismissed', 'moved', 'started_education', 'got_other_job', 'other'] as const;
export type EndReason = (typeof END_REASONS)[number];

/**
 * Why a placement was declined before it started. `stale` is set only by the scheduled job that
 * closes proposals nobody answered; requests cannot send it.
 */
export const REQUESTABLE_DECLINE_REASONS = ['not_interested', 'not_suitable', 'no_show', 'timing', 'got_other_offer', 'other'] as const;
export const DECLINE_REASONS = [...REQUESTABLE_DECLINE_REASONS, 'stale'] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

/** What happened after a completed placement. */
export const OUTCOMES = [
  'stayed_in_job',
  'next_step',
  'started_education',
  'apprenticeship_agreement',
  'ordinary_job',
  'nothing_yet',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

/**
 * Who acts on a placement. `participant` and `guardian` through the portal, `employer` is an
 * employer contact of the opening's organisation, `mentor` the assigned workplace mentor (reads
 * and logs hours, never moves the state), `coordinator` the programme's staff, `system` a job.
 */
export const PARTIES = ['participant', 'guardian', 'employer', 'mentor', 'coordinator', 'system'] as const;
export type Party = (typeof PARTIES)[number];

/** Who may be named as the one who declined (coordinators may record it on someone's behalf). */
export const DECLINING_PARTIES = ['participant', 'guardian', 'employer', 'coordinator', 'system'] as const satisfies readonly Party[];
export type DecliningParty = (typeof DECLINING_PARTIES)[number];

/** Who pays a wage or a mentor's hours (same list as openings and mentors). */
export const PAYERS = ['project_funds', 'municipality', 'company', 'job_centre'] as const;
export type Payer = (typeof PAYERS)[number];

/** A default agreement runs six months from its start. */
export const DEFAULT_AGREEMENT_MONTHS = 6;
