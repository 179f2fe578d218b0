import { daysInMonth } from '../calendar/civil.ts';
import { parseLocalDate } from '../calendar/local-time.ts';
import { ageOn } from '../youth-rules/category.ts';
import type { AgeBand } from './constants.ts';

function format(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The day someone turns `years`. A 29 February birthday falls on 1 March in other years, the same
 * convention as `ageOn` (so `ageOn(b, birthdayOn(b, n)) === n` always holds).
 */
export function birthdayOn(birthDate: string, years: number): string {
  const b = parseLocalDate(birthDate);
  const year = b.year + years;
  if (b.month === 2 && b.day === 29 && daysInMonth(year, 2) === 28) return format(year, 3, 1);
  return format(year, b.month, b.day);
}

/** Calendar months later (or earlier), the day clamped to the month's end: 31 Jan + 1 → 28/29 Feb. */
export function addMonths(date: string, months: number): string {
  const d = parseLocalDate(date);
  const index = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return format(year, month, Math.min(d.day, daysInMonth(year, month)));
}

/** Whole calendar months from `from` to `to` (0 if `to` is earlier). */
export function monthsBetween(from: string, to: string): number {
  if (to <= from) return 0;
  const a = parseLocalDate(from);
  const b = parseLocalDate(to);
  let months = (b.year - a.year) * 12 + (b.month - a.month);
  if (addMonths(from, months) > to) months--;
  return months;
}

/** The list filter's age bands. Under-13s cannot be youth participants, so they count as 13–14. */
export function ageBand(birthDate: string, today: string): AgeBand {
  const age = ageOn(birthDate, today);
  if (age < 15) return '13-14';
  if (age < 18) return '15-17';
  return '18+';
}
