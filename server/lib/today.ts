import { copenhagenLocalDateTime } from '../../shared/domain/calendar/local-time.ts';

/**
 * Today's date in Denmark, whatever the server's time zone: the one place services read the clock
 * for calendar dates (commitment periods, the day an opening was filled, a note's default date).
 */
export function copenhagenToday(now: Date = new Date()): string {
  return copenhagenLocalDateTime(now).slice(0, 10);
}
