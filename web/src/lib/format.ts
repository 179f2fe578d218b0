import type { Locale } from '../i18n/index.ts';

/** Danish users read times in Danish local time wherever the browser or server happens to be. */
export const TIME_ZONE = 'Europe/Copenhagen';

const intlLocale: Record<Locale, string> = { da: 'da-DK', en: 'en-GB' };

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
