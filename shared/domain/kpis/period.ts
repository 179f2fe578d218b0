import { addDays } from '../calendar/local-time.ts';
import { daysInMonth } from '../calendar/civil.ts';
import type { KpiAgeBand } from './types.ts';
import type { Period } from './facts.ts';

/** Calendar helpers for the figures: inclusive periods of 'YYYY-MM-DD' dates, compared as strings. */

export const inPeriod = (date: string | null, p: Period): boolean => date !== null && date >= p.from && date <= p.to;

/** Whether [from, to] (to null = open) touches the period on at least one day. */
export const overlaps = (from: string, to: string | null, p: Period): boolean => from <= p.to && (to === null || to >= p.from);

/** The months of a period, each clipped to it: the trend's buckets. */
export function monthsOf(p: Period): Array<{ month: string; period: Period }> {
  const out: Array<{ month: string; period: Period }> = [];
  let y = Number(p.from.slice(0, 4));
  let m = Number(p.from.slice(5, 7));
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > p.to.slice(0, 7)) break;
    const start = `${month}-01`;
    const end = `${month}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
    out.push({ month, period: { from: start < p.from ? p.from : start, to: end > p.to ? p.to : end } });
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

/** The date `months` calendar months after `date`, the day clamped to the month's end (31 Aug + 6 → 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const total = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  const d = Math.min(Number(date.slice(8, 10)), daysInMonth(y, m));
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Whether a contract from `startsOn` to `endsOn` (both inclusive) lasts at least `months` calendar
 * months: the day after its last day is on or after the start plus `months`. 1 Jan–30 Jun is six months.
 */
export function contractAtLeast(startsOn: string | null, endsOn: string | null, months: number): boolean {
  if (!startsOn || !endsOn) return false;
  return addDays(endsOn, 1) >= addMonths(startsOn, months);
}

/**
 * Age in whole years on `on`, from the birth year and month only (as if born on the 1st). The day is
 * ignored on purpose: anonymisation keeps year and month, so a figure filtered by age band is the
 * same before and after a person is anonymised.
 */
export function ageOn(birthMonth: string, on: string): number {
  const by = Number(birthMonth.slice(0, 4));
  const bm = Number(birthMonth.slice(5, 7));
  const y = Number(on.slice(0, 4));
  const m = Number(on.slice(5, 7));
  return y - by - (m < bm ? 1 : 0);
}

/** The outcome age band for an age, or null below 13 (nobody younger is in a programme). */
export function ageBandOf(age: number): KpiAgeBand | null {
  if (age >= 30) return '30+';
  if (age >= 18) return '18-29';
  if (age >= 15) return '15-17';
  if (age >= 13) return '13-14';
  return null;
}
