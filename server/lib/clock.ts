import { copenhagenLocalDateTime, datePart } from '../../shared/domain/calendar/local-time.ts';

/**
 * Today's date in Denmark. Domain helpers take dates as parameters (no clock in shared/); the
 * services read the clock here, in one place.
 */
export function today(): string {
  return datePart(copenhagenLocalDateTime(new Date()));
}

/** The Danish calendar date of an instant (e.g. a row's created_at). */
export function dateOf(instant: Date | string): string {
  return datePart(copenhagenLocalDateTime(new Date(instant)));
}
