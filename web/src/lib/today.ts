import { copenhagenDate } from '../../../shared/domain/calendar/local-time.ts';

/**
 * Today's date in Denmark ('YYYY-MM-DD'), whatever the browser's time zone: the default for dates
 * people record, ages, consent rules and "this year". The one place the web reads the clock for a
 * calendar day; the server's twin is `server/lib/today.ts`, both on `copenhagenDate`.
 */
export function copenhagenToday(now: Date = new Date()): string {
  return copenhagenDate(now);
}
