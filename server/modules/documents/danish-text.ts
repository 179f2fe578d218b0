/** Danish wording shared by the placement documents: dates, money, hours, schedules, names, and the laws they cite. */

import type { Slot, PlacementDocumentData } from './document-data.ts';
import { MONTHS_DA } from '../../../shared/domain/calendar/month-names.ts';

const WEEKDAYS = ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'];
/** Who pays the wage, as the documents name the payer codes. */
export const PAYERS: Record<string, string> = {
  company: 'arbejdsgiveren',
  project_funds: 'projektets midler (programmet)',
  municipality: 'kommunen',
  job_centre: 'jobcentret',
};
/** The laws the documents cite, named once so both documents cite them alike. */
export const ACT = 'lov om ansættelsesbeviser og visse arbejdsvilkår (ansættelsesbevisloven), lov nr. 1199 af 2023';
export const YOUTH_ORDER = 'bekendtgørelse om unges arbejde (BEK nr. 239 af 6. april 2005 med senere ændringer)';
/** A line the employer fills in by hand, for particulars Jobbro does not store. */
export const TO_FILL = 'udfyldes af arbejdsgiveren: ____________________';

/** 2026-03-02 → 2. marts 2026 */
export function danishDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return `${d}. ${MONTHS_DA[m! - 1]} ${y}`;
}

/** 65 → "65,00 kr."; 7.5 → "7,5" (hours) */
export function kroner(n: number): string {
  return `${n.toFixed(2).replace('.', ',')} kr.`;
}
/** Hours with a Danish decimal comma, at most two decimals. */
export function number(n: number): string {
  return String(Math.round(n * 100) / 100).replace('.', ',');
}
/** 'HH:MM' as it is: the app writes times with a colon everywhere (web/src/ui/format.ts). */
function clock(t: string): string {
  return t.slice(0, 5);
}

/** "tirsdag kl. 15.00–17.00; lørdag kl. 10.00–14.00 (30 min. pause)" */
export function scheduleText(slots: readonly Slot[]): string {
  if (slots.length === 0) return 'Efter nærmere aftale';
  return [...slots]
    .sort((a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start))
    .map(
      (s) =>
        `${WEEKDAYS[s.weekday - 1] ?? s.weekday} kl. ${clock(s.start)}–${clock(s.end)}${s.breakMinutes > 0 ? ` (${s.breakMinutes} min. pause)` : ''}`,
    )
    .join('; ');
}

/** Hours per day in the schedule, e.g. "2 timer tirsdag, 4 timer lørdag". */
export function dailyHours(slots: readonly Slot[]): string {
  if (slots.length === 0) return 'Efter nærmere aftale';
  const mins = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  return [...slots]
    .sort((a, b) => a.weekday - b.weekday)
    .map((s) => {
      let length = mins(s.end) - mins(s.start);
      if (length <= 0) length += 24 * 60;
      return `${number((length - s.breakMinutes) / 60)} timer ${WEEKDAYS[s.weekday - 1] ?? s.weekday}`;
    })
    .join(', ');
}

/** The full name, or the first name and a line to fill in when the reader may not see the last. */
export function employeeName(e: PlacementDocumentData['employee']): string {
  return e.lastName ? `${e.firstName} ${e.lastName}` : `${e.firstName} (efternavn ${TO_FILL})`;
}

/** The workplace's address: where the work is done, which is what both documents state. */
export function employerAddress(x: PlacementDocumentData['employer']): string {
  return `${x.workplaceAddress}, ${x.postalCode}`;
}
