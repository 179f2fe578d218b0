import { copenhagenDate } from '../../shared/domain/calendar/local-time.ts';

/**
 * Today's date in Denmark, whatever the server's time zone: the one place services read the clock
 * for calendar dates (commitment periods, the day an opening was filled, a note's default date).
 * The web's twin is `web/src/lib/today.ts`; both turn the clock into a day with `copenhagenDate`.
 */
export function copenhagenToday(now: Date = new Date()): string {
  return copenhagenDate(now);
}
