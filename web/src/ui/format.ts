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

export function formatDateTime(iso: string, locale: Locale, withSeconds = true): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale[locale], {
    timeZone: TIME_ZONE,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: withSeconds ? '2-digit' : undefined,
  }).format(date);
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
  if (day(date) === day(now)) return time.format(date);
  return formatDateTime(iso, locale);
}

/** A wall-clock time 'HH:MM' as the locale writes it ("15.00" in Danish); it has no time zone. */
export function formatClock(hhmm: string, locale: Locale): string {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  if (!Number.isFinite(h) || !Number.isFinite(m)) return hhmm;
  // 24:00 (an end at midnight) is not a valid Date hour: show it as the day's end.
  if (h === 24) return locale === 'da' ? '24.00' : '24:00';
  return new Intl.DateTimeFormat(intlLocale[locale], { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2000, 0, 1, h, m)),
  );
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

/** The Copenhagen wall-clock time of an instant, e.g. "16.00". */
export function formatTimeOfDay(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale[locale], { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    date,
  );
}

/** The Copenhagen calendar date ('YYYY-MM-DD') of an instant. */
export function copenhagenDateOf(iso: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(new Date(iso));
}
