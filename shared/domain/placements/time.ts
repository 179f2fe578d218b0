import { copenhagenLocalDateTime, parseLocalDateTime, toEpochMinutes, type LocalDateTime } from '../calendar/local-time.ts';

/**
 * The instant a Copenhagen wall-clock time denotes, so a deadline computed on the wall clock (SLA
 * working hours) can be stored as a timestamp and compared in SQL. No clock is read: the zone's
 * offset is looked up for the instant itself. In the autumn's repeated hour the earlier instant is
 * chosen; a time skipped in spring maps to the instant one hour later (both never occur inside
 * working hours).
 */
export function copenhagenInstant(local: LocalDateTime): Date {
  parseLocalDateTime(local);
  const wallMs = toEpochMinutes(local) * 60_000;
  const offsetAt = (ms: number) => toEpochMinutes(copenhagenLocalDateTime(new Date(ms))) * 60_000 - ms;
  // The offsets in force a day either side (clocks never change twice in two days); the larger
  // offset is the earlier instant, and the first that reads back as `local` wins.
  const candidates = [...new Set([offsetAt(wallMs - 86_400_000), offsetAt(wallMs + 86_400_000)])].sort((a, b) => b - a);
  for (const offset of candidates) {
    const ms = wallMs - offset;
    if (copenhagenLocalDateTime(new Date(ms)) === local) return new Date(ms);
  }
  return new Date(wallMs - Math.min(...candidates));
}

/** The Copenhagen wall-clock minute of an instant (seconds dropped). */
export function copenhagenLocal(instant: Date | string): LocalDateTime {
  return copenhagenLocalDateTime(new Date(instant));
}
