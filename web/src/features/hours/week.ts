import { addDays, isoWeek, mondayOf } from '../../../../shared/domain/calendar/local-time.ts';
import { copenhagenToday } from '../../lib/today.ts';

/** ISO week ids ('2026-W09') as the timesheet API takes them; weeks run Monday to Sunday. */

export function weekOf(date: string): string {
  const { year, week } = isoWeek(date);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The Monday of an ISO week id (week 1 holds 4 January), the same rule as the server. */
export function mondayOfWeek(week: string): string {
  const year = week.slice(0, 4);
  return addDays(mondayOf(`${year}-01-04`), (Number(week.slice(6)) - 1) * 7);
}

export function shiftWeek(week: string, by: number): string {
  return weekOf(addDays(mondayOfWeek(week), by * 7));
}

export const isWeekId = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-W(0[1-9]|[1-4][0-9]|5[0-3])$/.test(value);

/** The week in the URL, or the current one in Denmark. */
export function weekOr(week: string | undefined): string {
  return week ?? weekOf(copenhagenToday());
}
