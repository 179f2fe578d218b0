import { addDays } from '../calendar/local-time.ts';
import { checkShifts } from './check-shifts.ts';
import type { CheckShiftsInput, CheckShiftsResult, Person, Shift } from './types.ts';

/** Shared test data: a school week Monday 2 – Sunday 8 March 2026 and one person per category. */

export const MON = '2026-03-02';
export const day = (i: number): string => addDays(MON, i);
export const SCHOOL_WEEK: readonly string[] = [0, 1, 2, 3, 4].map(day);

export const PEOPLE = {
  under13: { birthDate: '2013-06-01', compulsorySchool: true },
  child14: { birthDate: '2011-06-01', compulsorySchool: true },
  child14OutOfSchool: { birthDate: '2011-06-01', compulsorySchool: false },
  pupil16: { birthDate: '2009-06-01', compulsorySchool: true },
  young16: { birthDate: '2009-06-01', compulsorySchool: false },
  adult: { birthDate: '2000-01-01', compulsorySchool: false },
} as const satisfies Record<string, Person>;

/** A shift on `date` from `from` to `to` ('HH:mm'); an end at or before the start is on the next day. */
export function sh(date: string, from: string, to: string, breakMinutes = 0, extra: Partial<Shift> = {}): Shift {
  const endDate = to === '24:00' || to <= from ? addDays(date, 1) : date;
  const endTime = to === '24:00' ? '00:00' : to;
  return { start: `${date}T${from}`, end: `${endDate}T${endTime}`, breakMinutes, ...extra };
}

export function run(
  person: Person,
  shifts: readonly Shift[],
  schoolDays: readonly string[] = SCHOOL_WEEK,
  extra: Partial<CheckShiftsInput> = {},
): CheckShiftsResult {
  return checkShifts({ person, shifts, schoolDays, ...extra });
}

/** Violations as [rule, date, limit, actual] tuples, the shape most tables compare. */
export function brief(result: CheckShiftsResult): [string, string, number, number][] {
  return result.violations.map((v) => [v.rule, v.date, v.limit, v.actual]);
}
