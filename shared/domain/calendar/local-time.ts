import { civilFromDays, daysFromCivil, daysInMonth, formatCivilDate, pad2 } from './civil.ts';
import { isDanishCustomaryDayOff, isDanishPublicHoliday } from './danish-holidays.ts';

/**
 * Europe/Copenhagen wall-clock dates and times as plain strings. Shifts, school days and SLA clocks
 * are all agreed in local time, so the domain works on the wall-clock values themselves and never
 * converts through the machine's time zone. Durations are wall-clock minutes: a shift 23:00–01:00
 * lasts 120 minutes, also on the night the clocks change (the law counts the hours on the rota).
 */

/** 'YYYY-MM-DD'. */
export type LocalDate = string;
/** 'YYYY-MM-DDTHH:mm'. */
export type LocalDateTime = string;
/** Monday = 1 … Sunday = 7 (ISO 8601). */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export type LocalDateTimeParts = { year: number; month: number; day: number; hour: number; minute: number };

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const TIME_RE = /^(\d{2}):(\d{2})$/;
const MINUTES_PER_DAY = 1440;

function validDate(year: number, month: number, day: number): boolean {
  return year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function isLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== 'string') return false;
  const m = DATE_RE.exec(value);
  return m !== null && validDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function isLocalDateTime(value: unknown): value is LocalDateTime {
  if (typeof value !== 'string') return false;
  const m = DATE_TIME_RE.exec(value);
  return m !== null && validDate(Number(m[1]), Number(m[2]), Number(m[3])) && Number(m[4]) <= 23 && Number(m[5]) <= 59;
}

export function parseLocalDate(value: string): { year: number; month: number; day: number } {
  if (!isLocalDate(value)) throw new RangeError(`Expected a local date 'YYYY-MM-DD', got ${JSON.stringify(value)}`);
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  return { year: y, month: m, day: d };
}

export function parseLocalDateTime(value: string): LocalDateTimeParts {
  if (!isLocalDateTime(value)) {
    throw new RangeError(`Expected a local date-time 'YYYY-MM-DDTHH:mm', got ${JSON.stringify(value)}`);
  }
  const m = DATE_TIME_RE.exec(value) as RegExpExecArray;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), hour: Number(m[4]), minute: Number(m[5]) };
}

/**
 * Minutes since midnight for 'HH:mm'. '24:00' is accepted only with `allowEndOfDay`, because a
 * permitted working window or an office day may end at midnight while a clock time never reads 24.
 */
export function parseLocalTime(value: string, options: { allowEndOfDay?: boolean } = {}): number {
  const m = TIME_RE.exec(value);
  const minutes = m ? Number(m[1]) * 60 + Number(m[2]) : Number.NaN;
  const ok =
    m !== null && Number(m[2]) <= 59 && (minutes < MINUTES_PER_DAY || (options.allowEndOfDay === true && minutes === MINUTES_PER_DAY));
  if (!ok) throw new RangeError(`Expected a local time 'HH:mm', got ${JSON.stringify(value)}`);
  return minutes;
}

/** 'HH:mm' for minutes since midnight (1440 prints as '24:00'). */
export function formatLocalTime(minutesOfDay: number): string {
  return `${pad2(Math.floor(minutesOfDay / 60))}:${pad2(minutesOfDay % 60)}`;
}

/** Days since 1970-01-01. */
export function dayNumber(date: LocalDate): number {
  const { year, month, day } = parseLocalDate(date);
  return daysFromCivil(year, month, day);
}

export function fromDayNumber(days: number): LocalDate {
  const { year, month, day } = civilFromDays(days);
  return formatCivilDate(year, month, day);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return dayNumber(b) - dayNumber(a);
}

export function weekday(date: LocalDate): Weekday {
  // 1970-01-01 was a Thursday (4).
  return (((((dayNumber(date) + 3) % 7) + 7) % 7) + 1) as Weekday;
}

/** Monday of the ISO week containing `date`; weeks run Monday to Sunday. */
export function mondayOf(date: LocalDate): LocalDate {
  return addDays(date, 1 - weekday(date));
}

/** ISO 8601 week-numbering year and week. */
export function isoWeek(date: LocalDate): { year: number; week: number } {
  const thursday = addDays(date, 4 - weekday(date));
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor(daysBetween(`${year}-01-01`, thursday) / 7) + 1;
  return { year, week };
}

export function datePart(dateTime: LocalDateTime): LocalDate {
  parseLocalDateTime(dateTime);
  return dateTime.slice(0, 10);
}

export function minuteOfDay(dateTime: LocalDateTime): number {
  const { hour, minute } = parseLocalDateTime(dateTime);
  return hour * 60 + minute;
}

export function combine(date: LocalDate, minutesOfDay: number): LocalDateTime {
  return fromEpochMinutes(dayNumber(date) * MINUTES_PER_DAY + minutesOfDay);
}

/** Wall-clock minutes since 1970-01-01T00:00 (no time zone offsets involved). */
export function toEpochMinutes(dateTime: LocalDateTime): number {
  const { year, month, day, hour, minute } = parseLocalDateTime(dateTime);
  return daysFromCivil(year, month, day) * MINUTES_PER_DAY + hour * 60 + minute;
}

export function fromEpochMinutes(minutes: number): LocalDateTime {
  if (!Number.isInteger(minutes)) throw new RangeError(`Expected whole minutes, got ${minutes}`);
  const days = Math.floor(minutes / MINUTES_PER_DAY);
  const rest = minutes - days * MINUTES_PER_DAY;
  return `${fromDayNumber(days)}T${formatLocalTime(rest)}`;
}

/** Wall-clock minutes from `a` to `b`; a shift crossing midnight simply counts on into the next day. */
export function minutesBetween(a: LocalDateTime, b: LocalDateTime): number {
  return toEpochMinutes(b) - toEpochMinutes(a);
}

export function addMinutes(dateTime: LocalDateTime, minutes: number): LocalDateTime {
  return fromEpochMinutes(toEpochMinutes(dateTime) + minutes);
}

const copenhagenFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Copenhagen',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * The Copenhagen wall-clock reading of an instant. For the edge where a caller holds a real
 * instant (the `now` it was given); the zone is named explicitly, so the machine's zone is ignored.
 */
export function copenhagenLocalDateTime(instant: Date): LocalDateTime {
  const parts = Object.fromEntries(copenhagenFormat.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/**
 * The Copenhagen calendar day of an instant ('YYYY-MM-DD'). Server and web both call this with
 * the clock's `now` for "today in Denmark", so the day turns over at Danish midnight everywhere.
 */
export function copenhagenDate(instant: Date): LocalDate {
  return copenhagenLocalDateTime(instant).slice(0, 10);
}

// ---------------------------------------------------------------------------------------------
// Danish working hours (for SLA clocks): weekdays that are not public holidays, within a day window.

export type WorkingHoursOptions = {
  /** Start of the working day, 'HH:mm'. Default '08:00'. */
  dayStart?: string;
  /** End of the working day, 'HH:mm' ('24:00' allowed). Default '16:00'. */
  dayEnd?: string;
  /** Also skip grundlovsdag, juleaftensdag and nytårsaftensdag. Default false (they are not holidays by law). */
  skipCustomaryDaysOff?: boolean;
};

type Window = { start: number; end: number; skipCustomary: boolean };

function workingWindow(options: WorkingHoursOptions): Window {
  const start = parseLocalTime(options.dayStart ?? '08:00');
  const end = parseLocalTime(options.dayEnd ?? '16:00', { allowEndOfDay: true });
  if (end <= start) throw new RangeError('dayEnd must be after dayStart');
  return { start, end, skipCustomary: options.skipCustomaryDaysOff === true };
}

/** Monday–Friday and not a public holiday (nor, if asked, a customary day off). */
export function isDanishWorkingDay(date: LocalDate, options: WorkingHoursOptions = {}): boolean {
  if (weekday(date) > 5 || isDanishPublicHoliday(date)) return false;
  return !(options.skipCustomaryDaysOff === true && isDanishCustomaryDayOff(date));
}

function isWorkingDayFor(day: number, window: Window): boolean {
  return isDanishWorkingDay(fromDayNumber(day), { skipCustomaryDaysOff: window.skipCustomary });
}

/**
 * The earliest moment at which `hours` working hours have elapsed since `start`, counting only time
 * inside the working window on working days. Hours are rounded to whole minutes. Adding 0 returns
 * `start` unchanged; a deadline that lands exactly on the end of a working day stays on that day.
 */
export function addWorkingHours(start: LocalDateTime, hours: number, options: WorkingHoursOptions = {}): LocalDateTime {
  if (!Number.isFinite(hours) || hours < 0) throw new RangeError(`hours must be a finite number ≥ 0, got ${hours}`);
  const window = workingWindow(options);
  let remaining = Math.round(hours * 60);
  if (remaining === 0) return start;
  const startMinutes = toEpochMinutes(start);
  let day = Math.floor(startMinutes / MINUTES_PER_DAY);
  let from = startMinutes - day * MINUTES_PER_DAY;
  for (;;) {
    if (isWorkingDayFor(day, window)) {
      const begin = Math.max(from, window.start);
      if (begin < window.end) {
        const available = window.end - begin;
        if (remaining <= available) return fromEpochMinutes(day * MINUTES_PER_DAY + begin + remaining);
        remaining -= available;
      }
    }
    day += 1;
    from = 0;
  }
}

/** Working minutes in [a, b); negative when b is before a. */
export function workingMinutesBetween(a: LocalDateTime, b: LocalDateTime, options: WorkingHoursOptions = {}): number {
  const window = workingWindow(options);
  const from = toEpochMinutes(a);
  const to = toEpochMinutes(b);
  if (to < from) return -workingMinutesBetween(b, a, options);
  let total = 0;
  const lastDay = Math.floor(to / MINUTES_PER_DAY);
  for (let day = Math.floor(from / MINUTES_PER_DAY); day <= lastDay; day++) {
    if (!isWorkingDayFor(day, window)) continue;
    const dayStart = day * MINUTES_PER_DAY;
    const begin = Math.max(from, dayStart + window.start);
    const end = Math.min(to, dayStart + window.end);
    if (end > begin) total += end - begin;
  }
  return total;
}

/** Working hours in [a, b), as a fraction of hours (minutes / 60). */
export function workingHoursBetween(a: LocalDateTime, b: LocalDateTime, options: WorkingHoursOptions = {}): number {
  return workingMinutesBetween(a, b, options) / 60;
}
