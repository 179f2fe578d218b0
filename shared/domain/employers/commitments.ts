import { daysBetween, isLocalDate } from '../calendar/local-time.ts';
import type { OpeningKind } from './openings.ts';

/**
 * A company's social-responsibility commitment ("2 apprentices a year") against what it has
 * delivered. Pure: the caller passes the deliveries and today's date.
 *
 * A delivery is a unit of work the company provided, with a count and the day it was delivered.
 * Today a unit is an opening that reached `filled` (count = its places); when placements exist it
 * becomes a placement that reached `active` (count = 1). The maths does not care which.
 */

export type Commitment = { openingKind: OpeningKind; targetCount: number; periodFrom: string; periodTo: string };

export type Delivery = { unitId: string; kind: OpeningKind; count: number; deliveredOn: string };

/**
 * `met`: target reached (at any time); `missed`: the period is over short of the target;
 * `upcoming`: the period has not started; otherwise `on_track` when at least the pro-rata share
 * expected by today is delivered, else `behind`.
 */
export type CommitmentStatus = 'upcoming' | 'on_track' | 'behind' | 'met' | 'missed';

export type CommitmentProgress = {
  delivered: number;
  remaining: number;
  /** Whole units a steady pace would have delivered by today: ⌊target × elapsed days ÷ period days⌋. */
  expectedByNow: number;
  status: CommitmentStatus;
};

function validate(c: Commitment, today: string): void {
  if (!isLocalDate(c.periodFrom) || !isLocalDate(c.periodTo)) throw new RangeError('period dates must be YYYY-MM-DD');
  if (c.periodTo < c.periodFrom) throw new RangeError('periodTo must not be before periodFrom');
  if (!Number.isInteger(c.targetCount) || c.targetCount < 0) throw new RangeError('targetCount must be a whole number ≥ 0');
  if (!isLocalDate(today)) throw new RangeError('today must be YYYY-MM-DD');
}

/**
 * Counts what falls inside the commitment: same kind, delivered within the period (both ends
 * included). A unit counts once however often it was delivered (an opening filled, reopened and
 * filled again is one delivery), with the count of its first delivery in the period.
 */
export function deliveredAgainst(c: Commitment, deliveries: readonly Delivery[]): number {
  const first = new Map<string, Delivery>();
  for (const d of deliveries) {
    if (d.kind !== c.openingKind || d.deliveredOn < c.periodFrom || d.deliveredOn > c.periodTo) continue;
    const seen = first.get(d.unitId);
    if (!seen || d.deliveredOn < seen.deliveredOn) first.set(d.unitId, d);
  }
  let total = 0;
  for (const d of first.values()) total += d.count;
  return total;
}

export function commitmentProgress(c: Commitment, deliveries: readonly Delivery[], today: string): CommitmentProgress {
  validate(c, today);
  const delivered = deliveredAgainst(c, deliveries);
  const periodDays = daysBetween(c.periodFrom, c.periodTo) + 1;
  const elapsed = Math.min(periodDays, Math.max(0, daysBetween(c.periodFrom, today) + 1));
  const expectedByNow = Math.floor((c.targetCount * elapsed) / periodDays);
  const remaining = Math.max(0, c.targetCount - delivered);
  let status: CommitmentStatus;
  if (remaining === 0) status = 'met';
  else if (today > c.periodTo) status = 'missed';
  else if (today < c.periodFrom) status = 'upcoming';
  else status = delivered >= expectedByNow ? 'on_track' : 'behind';
  return { delivered, remaining, expectedByNow, status };
}
