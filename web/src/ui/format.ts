import type { Locale } from '../i18n/index.ts';

/**
 * Every number, amount and date the UI shows goes through `Intl` here, with the UI language's
 * locale ('da-DK' or 'en-GB'), so "1.234,50 kr." and "3. marts 2026" read the same on every page.
 */

/** Danish users read times in Danish local time wherever the browser or server happens to be. */
export const TIME_ZONE = 'Europe/Copenhagen';

const intlLocale: Record<Locale, string> = { da: 'da-DK', en: 'en-GB' };

/** Hours, counts and rates: up to two decimals, Danish decimal comma. */
export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits: 2 }).format(value);
}

/** A share (0.035) as a percentage the Danish or English way: "3,5 %" / "3.5%". */
export function formatPercent(share: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale[locale], { style: 'percent', maximumFractionDigits: 2 }).format(share);
}

/**
 * A number put into a field for a person to edit ("7,5" in Danish): no grouping, so `readNumber`
 * reads it back as it was; empty for no value. A field prefilled with "7.5" on a Danish page asks the
 * person to keep or retype the app's own format error.
 */
export function formatNumberInput(value: number | null | undefined, locale: Locale): string {
  if (value === null || value === undefined) return '';
  return new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits: 10, useGrouping: false }).format(value);
}

/** Kroner: amounts are DKK throughout the programme (pay, costs, budgets, social return). */
export function formatMoney(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale[locale], { style: 'currency', currency: 'DKK', maximumFractionDigits: 2 }).format(value);
}

/**
 * A number typed by a person: Danish decimal comma or point, spaces ignored. Empty gives '' (the
 * form then says the field is required) or null for optional fields; text that is not a number is
 * passed on as is, so the schema reports it as "not a number".
 */
export function readNumber(value: string, optional = false): number | string | null {
  const trimmed = value.replace(/\s+/g, '').replace(',', '.');
  if (trimmed === '') return optional ? null : '';
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : value;
}

/**
 * Clock times read with a colon in both languages ("10:00–12:00"): the form people type into the
 * time fields and the form the server's times ('HH:MM') arrive in. Intl writes Danish times with a
 * dot ("10.00", also correct Danish), which put "10.00–12:00" side by side on one line and reads like
 * a decimal beside "7,5 timer". One form everywhere wins; the browser suite's text scan holds every
 * page to it (a dot between digits in Danish text is a date, a thousands group, or a defect).
 */
function withColons(format: Intl.DateTimeFormat, date: Date): string {
  const parts = format.formatToParts(date);
  return parts
    .map((p, i) =>
      p.type === 'literal' &&
      (parts[i - 1]?.type === 'hour' || parts[i - 1]?.type === 'minute') &&
      (parts[i + 1]?.type === 'minute' || parts[i + 1]?.type === 'second')
        ? ':'
        : p.value,
    )
    .join('');
}

/** A time of day the server sends as 'HH:MM' or 'HH:MM:SS' (a shift's start, an opening's hours): "08:00". */
export function formatTime(time: string): string {
  return /^\d{2}:\d{2}/.test(time) ? time.slice(0, 5) : time;
}

export function formatDateTime(iso: string, locale: Locale, withSeconds = true): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return withColons(
    new Intl.DateTimeFormat(intlLocale[locale], {
      timeZone: TIME_ZONE,
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      second: withSeconds ? '2-digit' : undefined,
    }),
    date,
  );
}

/** Calendar dates ('YYYY-MM-DD') have no time zone, so format them at noon UTC to avoid shifts. */
export function formatDate(isoDate: string, locale: Locale): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(intlLocale[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** Base32 secrets are easier to type from a screen in blocks of four. */
export function groupSecret(secret: string): string {
  return (
    secret
      .replace(/\s+/g, '')
      .match(/.{1,4}/g)
      ?.join(' ') ?? secret
  );
}

/** A moment in the near future, e.g. when a lock ends: just the time if it is today in Denmark. */
export function formatMoment(iso: string, locale: Locale, now = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const day = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(d);
  const time = new Intl.DateTimeFormat(intlLocale[locale], { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit' });
  if (day(date) === day(now)) return withColons(time, date);
  return formatDateTime(iso, locale);
}

/**
 * A wall-clock time 'HH:MM' (it has no time zone), written with a colon in both languages like every
 * time in the app (see `formatTime`); 24:00 is an end at midnight and stays as it is.
 */
export function formatClock(hhmm: string, _locale: Locale): string {
  return formatTime(hhmm);
}

/** A weekday by ISO number (1 = Monday … 7 = Sunday), e.g. "tirsdag". */
export function formatWeekday(isoWeekday: number, locale: Locale): string {
  // 3 January 2000 was a Monday.
  return new Intl.DateTimeFormat(intlLocale[locale], { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2000, 0, 2 + isoWeekday, 12)),
  );
}

/** A calendar date with its weekday and without the year, e.g. "tirsdag 8. december": the near future on a phone. */
export function formatDayDate(isoDate: string, locale: Locale): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(intlLocale[locale], { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(date);
}

/** The Copenhagen wall-clock time of an instant, e.g. "16:00". */
export function formatTimeOfDay(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return withColons(
    new Intl.DateTimeFormat(intlLocale[locale], { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
    date,
  );
}

/** The Copenhagen calendar date ('YYYY-MM-DD') of an instant. */
export function copenhagenDateOf(iso: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(new Date(iso));
}

/**
 * A wall-clock moment in Copenhagen ('YYYY-MM-DDTHH:mm', how activity sessions arrive), not an
 * instant: formatted as read (in UTC, with no shift) whatever the browser's zone.
 */
export function formatLocalDateTime(local: string, locale: Locale, withYear = true): string {
  const d = new Date(`${local}:00Z`);
  if (Number.isNaN(d.getTime())) return local;
  const format = new Intl.DateTimeFormat(intlLocale[locale], {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: withYear ? 'numeric' : undefined,
    hour: '2-digit',
    minute: '2-digit',
  });
  return withColons(format, d);
}

/** A span of wall-clock time as "tor. 28. mar. 2026, 15:00–17:00"; an end on the same day shows only its time. */
export function formatLocalSpan(s: { startsAt: string; endsAt: string }, locale: Locale): string {
  const end =
    s.endsAt.slice(0, 10) === s.startsAt.slice(0, 10) ? formatTime(s.endsAt.slice(11, 16)) : formatLocalDateTime(s.endsAt, locale);
  return `${formatLocalDateTime(s.startsAt, locale)}–${end}`;
}
