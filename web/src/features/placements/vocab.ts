import type { TFunction } from 'i18next';
import { currentLocale } from '../../i18n/index.ts';
import { formatDate, formatNumber } from '../../ui/format.ts';
import { MATCH_REASON_CODES } from '../../../../shared/domain/matching/ranking/reasons.ts';
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

/** Codes an older matcher stored (with engine points as their value): their words, without the points. */
const LEGACY_REASONS: Record<string, string> = {
  'interests.match': 'interests',
  'interests.same-area': 'interests',
  'language.match': 'language',
};
const SHOWN_REASONS = new Set<string>(MATCH_REASON_CODES.filter((c) => c !== 'match_round' && c !== 'match_round_on'));

/**
 * Why the placement was suggested, as one sentence for the coordinator: "Foreslået af matchrunde
 * 3. december 2026: 20 km væk, interesserne passer". Engine internals (scores, points, round ids)
 * and codes this version does not know are left out rather than shown raw. Null when nothing is known.
 */
export function matchExplanation(t: TFunction, reasons: readonly { code: string; value?: string | number | null }[]): string | null {
  const locale = currentLocale();
  const parts = reasons
    .map((r) => ({ ...r, code: LEGACY_REASONS[r.code] ?? r.code, value: r.code in LEGACY_REASONS ? null : r.value }))
    .filter((r) => SHOWN_REASONS.has(r.code) && !(r.code === 'note' && !r.value))
    .map((r) =>
      t(`placements.matchReasons.${r.code}`, { value: typeof r.value === 'number' ? formatNumber(r.value, locale) : (r.value ?? '') }),
    );
  const round = reasons.some((r) => r.code === 'match_round');
  const on = reasons.find((r) => r.code === 'match_round_on')?.value;
  const head = !round
    ? null
    : typeof on === 'string'
      ? t('placements.matchReasons.byRound', { date: formatDate(on, locale) })
      : t('placements.matchReasons.byRoundUndated');
  const body = parts.join(', ');
  if (head) return body ? `${head}: ${body}` : head;
  return body ? body.charAt(0).toLocaleUpperCase(locale) + body.slice(1) : null;
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
