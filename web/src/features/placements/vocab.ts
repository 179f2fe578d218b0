import type { TFunction } from 'i18next';
import i18next from 'i18next';
import { currentLocale } from '../../i18n/index.ts';
import { formatDate } from '../../ui/format.ts';
import type { Placement } from './api.ts';

export { firstName, personName } from '../../lib/api/placements.ts';

type WeeklySlot = { weekday: number; start: string; end: string; breakMinutes: number };

/**
 * A follow-up code ('1w', '3m', 'end') in words. Codes come from the programme's settings, so any
 * number of days, weeks or months must read well, not only the defaults.
 */
export function followUpLabel(t: TFunction, code: string): string {
  if (code === 'end') return t('placements.followUps.end');
  const m = /^(\d+)([dwm])$/.exec(code);
  if (!m) return code;
  return t(`placements.followUps.after.${m[2]}`, { count: Number(m[1]) });
}

/** A match reason as a short phrase; unknown codes (from a newer matcher) fall back to the code. */
export function matchReasonLabel(t: TFunction, r: { code: string; value?: string | number | null }): string {
  const key = `placements.matchReasons.${r.code}`;
  const value = r.value ?? '';
  if (i18next.exists(key)) return t(key, { value });
  return value === '' ? r.code : `${r.code}: ${String(value)}`;
}

/** The weekly schedule as one line ("Onsdag 15:00–17:00"), for cards and prefilled notices. */
export function scheduleSummary(t: TFunction, schedule: readonly WeeklySlot[]): string {
  return schedule.map((s) => `${t(`employers.weekdays.${s.weekday}`)} ${s.start}–${s.end}`).join(', ');
}

/** "1. marts 2027 – 1. september 2027", or null before an agreement. */
export function agreementPeriod(p: Placement): string | null {
  if (!p.agreement) return null;
  const locale = currentLocale();
  return `${formatDate(p.agreement.startsOn, locale)} – ${formatDate(p.agreement.endsOn, locale)}`;
}
