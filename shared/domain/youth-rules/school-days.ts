import { addDays, daysBetween, isLocalDate, weekday } from '../calendar/local-time.ts';
import { isDanishPublicHoliday } from '../calendar/danish-holidays.ts';

export type DateRange = { from: string; to: string };

/**
 * Default school days from `from` to `to` inclusive: Monday–Friday, not a public holiday and not in
 * any holiday period (both ends inclusive). A fallback for when the municipal school calendar is not
 * known; customary days off such as grundlovsdag stay school days, which errs on the strict side
 * (a school day allows fewer hours).
 */
export function defaultSchoolDays(from: string, to: string, holidayPeriods: readonly DateRange[] = []): string[] {
  for (const d of [from, to, ...holidayPeriods.flatMap((p) => [p.from, p.to])]) {
    if (!isLocalDate(d)) throw new RangeError(`Expected a date 'YYYY-MM-DD', got ${JSON.stringify(d)}`);
  }
  const days: string[] = [];
  const count = daysBetween(from, to);
  for (let i = 0; i <= count; i++) {
    const date = addDays(from, i);
    if (weekday(date) > 5 || isDanishPublicHoliday(date)) continue;
    if (holidayPeriods.some((p) => p.from <= date && date <= p.to)) continue;
    days.push(date);
  }
  return days;
}
