import type { Locale } from '../../i18n/index.ts';

const intlLocale: Record<Locale, string> = { da: 'da-DK', en: 'en-GB' };

/**
 * Session times arrive as Copenhagen wall clock ('YYYY-MM-DDTHH:mm'), not instants, so they are
 * formatted as read (in UTC, with no shift) whatever the browser's zone.
 */
export function formatLocal(local: string, locale: Locale, withYear = true): string {
  const d = new Date(`${local}:00Z`);
  if (Number.isNaN(d.getTime())) return local;
  return new Intl.DateTimeFormat(intlLocale[locale], {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: withYear ? 'numeric' : undefined,
    hour: '2-digit',
    minute: '2-digit',
  }).format(d);
}

/** A session as "tor. 28. mar. 2026 15.00–17.00" (end on the same day shows only its time). */
export function formatSession(s: { startsAt: string; endsAt: string }, locale: Locale): string {
  const end = s.endsAt.slice(0, 10) === s.startsAt.slice(0, 10) ? s.endsAt.slice(11, 16) : formatLocal(s.endsAt, locale);
  return `${formatLocal(s.startsAt, locale)}–${end}`;
}
