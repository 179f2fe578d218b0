import da from '../../../shared/i18n/mail.da.json' with { type: 'json' };
import en from '../../../shared/i18n/mail.en.json' with { type: 'json' };
import type { Locale } from '../../lib/mailer.ts';

/** Words and dates inside notification texts, from the same catalogues as the templates. */
const catalogues = { da, en } as const;

type LabelList = 'placementStatuses' | 'supportCategories' | 'supportSeverities' | 'parties';

export function label(list: LabelList, value: string, locale: Locale): string {
  return (catalogues[locale][list] as Record<string, string>)[value] ?? value;
}

/** '5. oktober 2026' / '5 October 2026'. */
export function longDate(date: string, locale: Locale): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale === 'da' ? 'da-DK' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

/** A wall-clock deadline 'YYYY-MM-DDTHH:mm' as '9. marts 2026 kl. 11:00' / '9 March 2026 at 11:00'. */
export function longDateTime(local: string, locale: Locale): string {
  return `${longDate(local.slice(0, 10), locale)} ${locale === 'da' ? 'kl.' : 'at'} ${local.slice(11, 16)}`;
}

/** A follow-up code in words: '1w' → 'efter 1 uge', 'end' → 'ved afslutningen'. */
export function followUpLabel(code: string, locale: Locale): string {
  const units = catalogues[locale].followUpUnits;
  if (code === 'end') return units.end;
  const m = /^(\d+)([dwm])$/.exec(code);
  if (!m) return code;
  const count = Number(m[1]);
  const [one, many] = units[m[2] as 'd' | 'w' | 'm'] as [string, string];
  return units.after.replace('{{count}}', String(count)).replace('{{unit}}', count === 1 ? one : many);
}

/** When an activity starts ('YYYY-MM-DDTHH:mm', Copenhagen) as a sentence, or that the time comes later. */
export function activityWhen(firstStartsAt: string | null, locale: Locale): string {
  const w = catalogues[locale].activityWhen;
  return firstStartsAt ? w.starts.replace('{{startsAt}}', longDateTime(firstStartsAt, locale)) : w.later;
}
