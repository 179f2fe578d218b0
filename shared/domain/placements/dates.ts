/**
 * The date rules for things that happened on a placement (a worked shift, mentor hours): each says
 * what it checks and refuses with its own reason, so a person is told *why* a date cannot be used
 * ("the shift has not been worked yet") rather than a catch-all "outside the placement".
 * All dates are Copenhagen calendar dates, 'YYYY-MM-DD'; `today` is a parameter (no clock here).
 */

/** Why a date cannot carry worked time, in the order the rules are checked. */
export type WorkedDateRefusal =
  /** The placement has no agreed start date, so nothing can have been worked on it. */
  | 'placement_start_unknown'
  /** The date lies before the placement's agreed start. */
  | 'date_before_placement_start'
  /** The date lies after the placement ended (or after its agreed end). */
  | 'date_after_placement_end'
  /** The date is still to come: time is recorded once it has been worked. */
  | 'date_not_worked_yet';

export interface PlacementPeriod {
  startsOn: string | null;
  /** The agreed end. */
  endsOn: string | null;
  /** The day it actually ended (completed or ended early), which overrides the agreed end. */
  endedOn: string | null;
}

/**
 * Whether time worked on `date` can be recorded on the placement, and if not, the one reason that
 * applies. A date inside the placement period but after today is refused as not worked yet — never
 * as outside the placement, which it is not.
 */
export function workedDateRefusal(p: PlacementPeriod, date: string, today: string): WorkedDateRefusal | null {
  if (!p.startsOn) return 'placement_start_unknown';
  if (date < p.startsOn) return 'date_before_placement_start';
  const end = p.endedOn ?? p.endsOn;
  if (end !== null && date > end) return 'date_after_placement_end';
  if (date > today) return 'date_not_worked_yet';
  return null;
}

/** Why a talk cannot be the one a follow-up was held in. */
export type FollowUpHeldRefusal =
  /** The talk is dated after today. */
  | 'date_in_future'
  /** The talk was held before the follow-up was due, so it cannot be that follow-up. */
  | 'follow_up_held_before_due';

/**
 * A follow-up is held on or after the day it falls due (one week, one month… after the start) and
 * not later than today: a talk before that day was about something else, and cannot be logged as
 * this follow-up having been held.
 */
export function followUpHeldRefusal(dueOn: string, heldOn: string, today: string): FollowUpHeldRefusal | null {
  if (heldOn > today) return 'date_in_future';
  if (heldOn < dueOn) return 'follow_up_held_before_due';
  return null;
}
