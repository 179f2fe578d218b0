import { addDays, addMinutes, combine, daysBetween, parseLocalTime, weekday } from '../calendar/local-time.ts';
import { checkShifts } from '../youth-rules/check-shifts.ts';
import { defaultSchoolDays } from '../youth-rules/school-days.ts';
import type { Person, Shift, Violation } from '../youth-rules/types.ts';

/** One weekly working slot, as openings and agreements store them (weekday 1 = Monday). */
export interface WeeklySlot {
  weekday: number;
  start: string;
  end: string;
  breakMinutes: number;
}

/** A year is enough to meet every rule change and birthday that matters for one agreement. */
export const MAX_CHECK_DAYS = 366;

/**
 * The concrete shifts a weekly schedule gives from `from` to `to` (both included), on public
 * holidays too (an agreement does not say they are off, so the strict reading assumes work). An
 * end at or before the start ends after midnight, as in openings.
 */
export function plannedShifts(schedule: readonly WeeklySlot[], from: string, to: string): Shift[] {
  const days = Math.min(daysBetween(from, to), MAX_CHECK_DAYS - 1);
  const shifts: Shift[] = [];
  for (let i = 0; i <= days; i++) {
    const date = addDays(from, i);
    for (const [n, slot] of schedule.entries()) {
      if (slot.weekday !== weekday(date)) continue;
      const startMin = parseLocalTime(slot.start);
      let length = parseLocalTime(slot.end, { allowEndOfDay: true }) - startMin;
      if (length <= 0) length += 1440;
      const start = combine(date, startMin);
      shifts.push({ start, end: addMinutes(start, length), breakMinutes: slot.breakMinutes, id: `${date}#${n}` });
    }
  }
  return shifts;
}

export interface ScheduleCheck {
  ok: boolean;
  violations: Violation[];
}

/**
 * Does the agreed weekly schedule keep the young-worker rules for this person over the agreement
 * (capped at a year)? Uses the rules engine as is: the person's own age and stored school status
 * on each date, the rule set in force on each date, and weekdays outside public holidays as school
 * days (the strict fallback until school calendars are known). Adults always pass.
 */
export function checkAgreedSchedule(person: Person, schedule: readonly WeeklySlot[], from: string, to: string): ScheduleCheck {
  const shifts = plannedShifts(schedule, from, to);
  if (shifts.length === 0) return { ok: true, violations: [] };
  const last = addDays(from, Math.min(daysBetween(from, to), MAX_CHECK_DAYS - 1) + 1);
  const result = checkShifts({ person, shifts, schoolDays: defaultSchoolDays(from, last) });
  return { ok: result.ok, violations: result.violations };
}
