import { parseLocalDate, weekday } from '../calendar/local-time.ts';
import { MONTHS_DA, MONTHS_EN } from '../calendar/month-names.ts';
import type { Category, Citation } from './types.ts';

/**
 * Wording of violations and refusals. Danish first: the messages are shown to young people,
 * parents and employers as they are, so they are short, plain and always name the rule's source.
 */

const WEEKDAYS_DA = ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'] as const;
const WEEKDAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** Rounds to 2 decimals, the precision of every number the engine reports. */
export function round2(x: number): number {
  return Math.round((x + Number.EPSILON) * 100) / 100;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function weekdayDa(day: number): string {
  return WEEKDAYS_DA[day - 1] ?? '';
}

export function weekdayEn(day: number): string {
  return WEEKDAYS_EN[day - 1] ?? '';
}

/** 'lørdag 7. marts 2026'. */
export function dateDa(date: string): string {
  const { year, month, day } = parseLocalDate(date);
  return `${weekdayDa(weekday(date))} ${day}. ${MONTHS_DA[month - 1]} ${year}`;
}

/** 'Saturday 7 March 2026'. */
export function dateEn(date: string): string {
  const { year, month, day } = parseLocalDate(date);
  return `${weekdayEn(weekday(date))} ${day} ${MONTHS_EN[month - 1]} ${year}`;
}

/** '2,5' — Danish decimal comma, at most 2 decimals, no trailing zeros. */
export function numDa(x: number): string {
  return String(round2(x)).replace('.', ',');
}

export function numEn(x: number): string {
  return String(round2(x));
}

export function hoursDa(h: number): string {
  return `${numDa(h)} ${round2(h) === 1 ? 'time' : 'timer'}`;
}

export function hoursEn(h: number): string {
  return `${numEn(h)} ${round2(h) === 1 ? 'hour' : 'hours'}`;
}

export function minutesDa(m: number): string {
  return `${numDa(m)} ${round2(m) === 1 ? 'minut' : 'minutter'}`;
}

export function minutesEn(m: number): string {
  return `${numEn(m)} ${round2(m) === 1 ? 'minute' : 'minutes'}`;
}

function hhmm(minutesOfDay: number, separator: string): string {
  const m = ((minutesOfDay % 1440) + 1440) % 1440;
  const hh = minutesOfDay === 1440 ? 24 : Math.floor(m / 60);
  return `${String(hh).padStart(2, '0')}${separator}${String(m % 60).padStart(2, '0')}`;
}

/**
 * '20:30'; 1440 is '24:00', later times wrap to the next day. Danish may write '20.30' too, but the
 * app writes every time with a colon (see `web/src/ui/format.ts`), so these messages match the
 * times beside them on the page.
 */
export function timeDa(minutesOfDay: number): string {
  return hhmm(minutesOfDay, ':');
}

export function timeEn(minutesOfDay: number): string {
  return hhmm(minutesOfDay, ':');
}

/** 'kl. 20:30'; past midnight of the shift date: 'kl. 01:00 natten efter'. */
export function clockDa(minutesOfDay: number): string {
  return `kl. ${hhmm(minutesOfDay, ':')}${minutesOfDay > 1440 ? ' natten efter' : ''}`;
}

export function clockEn(minutesOfDay: number): string {
  return `${hhmm(minutesOfDay, ':')}${minutesOfDay > 1440 ? ' the next morning' : ''}`;
}

/** Who a limit is for, as the law phrases the groups. */
export function groupDa(category: Category): string {
  switch (category) {
    case 'under-13':
      return 'børn under 13 år';
    case 'child':
      return '13–14-årige';
    case 'pupil-15-17':
      return '15–17-årige i undervisningspligtig skole';
    case 'young-15-17':
      return '15–17-årige, der ikke længere er undervisningspligtige';
    case 'adult':
      return 'voksne';
  }
}

export function groupEn(category: Category): string {
  switch (category) {
    case 'under-13':
      return 'children under 13';
    case 'child':
      return '13–14-year-olds';
    case 'pupil-15-17':
      return '15–17-year-olds in compulsory school';
    case 'young-15-17':
      return '15–17-year-olds no longer in compulsory school';
    case 'adult':
      return 'adults';
  }
}

/** The shared group of the school-day and school-week limits. */
export const SCHOOL_GROUP_DA = 'unge under 15 år eller i undervisningspligtig skole';
export const SCHOOL_GROUP_EN = 'young people under 15 or in compulsory school';

/** Joins a Danish and an English sentence pair with their citations. */
export function cited(da: string, en: string, citation: Citation): { message: string; messageEn: string } {
  return { message: `${da} (${citation.da}).`, messageEn: `${en} (${citation.en}).` };
}
