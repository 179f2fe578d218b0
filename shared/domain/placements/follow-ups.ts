import { addDays, isLocalDate } from '../calendar/local-time.ts';
import { addMonths } from '../participants/dates.ts';

/**
 * Follow-up plans. A schedule is a list of codes: '<n>d', '<n>w', '<n>m' (days, weeks, months after
 * the start) or 'end' (on the last day). Codes are short, readable in programme settings and
 * stored on each follow-up, so the plan a placement got stays explainable when settings change.
 */
export const FOLLOW_UP_CODE = /^(?:([1-9]\d{0,2})([dwm])|end)$/;
export type FollowUpCode = string;

/** One week, one month, three months and at the end. */
export const DEFAULT_FOLLOW_UP_SCHEDULE: readonly FollowUpCode[] = ['1w', '1m', '3m', 'end'];

export function isFollowUpCode(value: unknown): value is FollowUpCode {
  return typeof value === 'string' && FOLLOW_UP_CODE.test(value);
}

/** The date a code falls on for a placement running `startsOn`–`endsOn`. */
export function followUpDate(code: FollowUpCode, startsOn: string, endsOn: string): string {
  const m = FOLLOW_UP_CODE.exec(code);
  if (!m) throw new RangeError(`Not a follow-up code: ${JSON.stringify(code)}`);
  if (code === 'end') return endsOn;
  const n = Number(m[1]);
  if (m[2] === 'd') return addDays(startsOn, n);
  if (m[2] === 'w') return addDays(startsOn, 7 * n);
  return addMonths(startsOn, n);
}

export interface PlannedFollowUp {
  code: FollowUpCode;
  dueOn: string;
}

/**
 * The follow-ups a placement gets when it starts: one per code, dated from the start, oldest first.
 * A follow-up that would fall on or after the end is replaced by the end one (a two-month job has
 * no three-month talk), and two codes on the same day become one (the first listed wins).
 */
export function followUpPlan(startsOn: string, endsOn: string, schedule: readonly FollowUpCode[]): PlannedFollowUp[] {
  if (!isLocalDate(startsOn) || !isLocalDate(endsOn) || endsOn < startsOn)
    throw new RangeError('followUpPlan needs startsOn ≤ endsOn as dates');
  const byDate = new Map<string, PlannedFollowUp>();
  for (const code of schedule) {
    const dueOn = followUpDate(code, startsOn, endsOn);
    if (code !== 'end' && dueOn >= endsOn) continue;
    if (!byDate.has(dueOn)) byDate.set(dueOn, { code, dueOn });
  }
  return [...byDate.values()].sort((a, b) => a.dueOn.localeCompare(b.dueOn));
}

export interface OpenFollowUp {
  id: string;
  code: FollowUpCode;
  dueOn: string;
}

/**
 * When a placement ends (completed or early), open follow-ups after that day no longer make sense,
 * except the end talk, which moves to the day it ended (when there is none, one is added).
 */
export function followUpsOnEnd(
  open: readonly OpenFollowUp[],
  endedOn: string,
): { cancel: string[]; moveEnd: { id: string; dueOn: string } | null; addEnd: boolean } {
  const end = open.find((f) => f.code === 'end');
  const cancel = open.filter((f) => f.code !== 'end' && f.dueOn > endedOn).map((f) => f.id);
  return { cancel, moveEnd: end && end.dueOn !== endedOn ? { id: end.id, dueOn: endedOn } : null, addEnd: !end };
}
