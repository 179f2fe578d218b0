import { addDays, combine, dayNumber, fromDayNumber, mondayOf, parseLocalDate, parseLocalTime } from '../../calendar/local-time.ts';
import { isDanishPublicHoliday } from '../../calendar/danish-holidays.ts';
import { defaultEndDate } from '../../employers/openings.ts';
import { checkShifts } from '../../youth-rules/check-shifts.ts';
import { cited, groupDa, groupEn, hoursDa, hoursEn } from '../../youth-rules/messages.ts';
import { checkOpeningLegality } from '../../youth-rules/opening.ts';
import { ruleSetOn } from '../../youth-rules/rule-sets.ts';
import type { DateRange } from '../../youth-rules/school-days.ts';
import type { Category, Person, Shift } from '../../youth-rules/types.ts';
import type { RankingOpening } from './types.ts';

/**
 * The youth-rules adapter. An opening has a weekly pattern, not dated shifts, and the rules depend
 * only on the person's category (under-13, child, pupil-15-17, young-15-17, adult) and the date, so
 * the pattern is judged once per (opening, category) on a synthetic person of that category:
 *
 * - the judged week is the ISO week of the opening's judged date (the later of its start and the
 *   ranking date); the pattern is laid on that week and the weeks either side, so rest rules see
 *   real neighbours, and only violations dated in the judged week count; every shift is judged by
 *   the rule set in force on the judged date;
 * - it is a school week (Monday–Friday school days) when any school day lies between the judged
 *   date and the opening's end (public holidays and the given school holidays are not school days);
 *   a job held wholly inside school holidays is judged by the holiday limits;
 * - the stated hours a week are held to the category's weekly limit as well;
 * - the alternative night window (07–23) is never assumed: it needs a per-person agreement.
 */

const CATEGORY_AGE: Readonly<Record<Category, number>> = { 'under-13': 12, child: 14, 'pupil-15-17': 16, 'young-15-17': 16, adult: 30 };

export interface LegalFailure {
  /** The youth-rules code that failed (RULE_CODES of youth-rules, or an opening refusal code). */
  code: string;
  message: string;
  messageEn: string;
  params: Readonly<Record<string, string | number | boolean | null>>;
}

/** The date an opening is judged on for a ranking made on `onDate`: nobody starts in the past. */
export function judgedDate(opening: Pick<RankingOpening, 'startsOn'>, onDate: string): string {
  return opening.startsOn > onDate ? opening.startsOn : onDate;
}

/** Whether any school day lies in [from, to]: weekdays that are neither public nor school holidays. */
export function hasSchoolDay(from: string, to: string, holidays: readonly DateRange[]): boolean {
  const first = dayNumber(from);
  const last = Math.max(first, dayNumber(to));
  for (let n = first; n <= last; n++) {
    if (((n + 3) % 7) + 1 > 5) continue;
    const date = fromDayNumber(n);
    if (isDanishPublicHoliday(date)) continue;
    if (holidays.some((h) => h.from <= date && date <= h.to)) continue;
    return true;
  }
  return false;
}

/** The school-week decision for an opening judged on `date`. */
export function isSchoolWeek(opening: RankingOpening, date: string, holidays: readonly DateRange[]): boolean {
  return hasSchoolDay(date, opening.endsOn ?? defaultEndDate(opening.startsOn), holidays);
}

function syntheticPerson(category: Category, date: string): Person {
  // Birthday ~180 days away from the judged weeks, so the age cannot change inside them.
  const shifted = parseLocalDate(addDays(date, 180));
  const year = shifted.year - (CATEGORY_AGE[category] + 1);
  const day = shifted.month === 2 && shifted.day === 29 ? 28 : shifted.day;
  const birthDate = `${String(year).padStart(4, '0')}-${String(shifted.month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { birthDate, compulsorySchool: category === 'pupil-15-17' || category === 'child' || category === 'under-13' };
}

/** The weekly pattern as a string, part of both memo keys. */
export function scheduleKey(opening: RankingOpening): string {
  return opening.weeklySchedule.map((e) => `${e.weekday},${e.start},${e.end},${e.breakMinutes}`).join(';');
}

/** The opening's pattern as dated shifts over three weeks starting the Monday before `monday`. */
export function patternShifts(opening: RankingOpening, monday: string): Shift[] {
  const shifts: Shift[] = [];
  for (let w = -1; w <= 1; w++) {
    for (const e of opening.weeklySchedule) {
      const day = addDays(monday, 7 * w + e.weekday - 1);
      const start = parseLocalTime(e.start);
      let end = parseLocalTime(e.end, { allowEndOfDay: true });
      if (end <= start) end += 1440;
      const shift: Shift = { start: combine(day, start), end: combine(day, end), breakMinutes: e.breakMinutes };
      if (opening.sector !== undefined) shift.sector = opening.sector;
      shifts.push(shift);
    }
  }
  return shifts;
}

/** School days of the three judged weeks (Monday–Friday) when it is a school week, else none. */
export function patternSchoolDays(monday: string, schoolWeek: boolean): string[] {
  if (!schoolWeek) return [];
  const days: string[] = [];
  for (let w = -1; w <= 1; w++) for (let d = 0; d < 5; d++) days.push(addDays(monday, 7 * w + d));
  return days;
}

function statedHoursFailure(opening: RankingOpening, category: Category, date: string, schoolWeek: boolean): LegalFailure | null {
  const rs = ruleSetOn(date);
  if (category !== 'child' && category !== 'pupil-15-17' && category !== 'young-15-17') return null;
  const code = category === 'young-15-17' ? 'weekly-hours' : schoolWeek ? 'school-week-hours' : 'non-school-week-hours';
  const limit = category === 'young-15-17' ? rs.hours.youngWeekly : schoolWeek ? rs.hours.schoolWeek : rs.hours.nonSchoolWeek[category];
  if (opening.hoursPerWeek <= limit) return null;
  const week = schoolWeek && category !== 'young-15-17';
  const text = cited(
    `Opslaget angiver ${hoursDa(opening.hoursPerWeek)} om ugen. ${groupDa(category)} må højst arbejde ${hoursDa(limit)} ${week ? 'i en skoleuge' : 'om ugen'}`,
    `The opening states ${hoursEn(opening.hoursPerWeek)} a week. ${groupEn(category)} may work at most ${hoursEn(limit)} ${week ? 'in a school week' : 'a week'}`,
    rs.citations[code],
  );
  return { code, ...text, params: { category, limit, actual: opening.hoursPerWeek, unit: 'hours', schoolWeek } };
}

/**
 * The first youth-rule violation of the opening's pattern for a person of `category`, or null when
 * the pattern is legal for them. Adults always pass; under-13s always fail (`min-age`).
 */
export function workingTimeFailure(opening: RankingOpening, category: Category, date: string, schoolWeek: boolean): LegalFailure | null {
  if (category === 'adult') return null;
  const monday = mondayOf(date);
  if (category === 'under-13') {
    const rs = ruleSetOn(date);
    const text = cited(
      `Børn under ${rs.minAge} år må ikke arbejde for en arbejdsgiver`,
      `Children under ${rs.minAge} may not work for an employer`,
      rs.citations['min-age'],
    );
    return { code: 'min-age', ...text, params: { category, limit: rs.minAge, unit: 'age', schoolWeek } };
  }
  const sunday = addDays(monday, 6);
  const result = checkShifts({
    person: syntheticPerson(category, date),
    shifts: patternShifts(opening, monday),
    schoolDays: patternSchoolDays(monday, schoolWeek),
    ruleSetDate: date,
  });
  const inWeek = result.violations.filter((v) => v.date >= monday && v.date <= sunday);
  const first = inWeek[0];
  if (first) {
    return {
      code: first.rule,
      message: `${capitalised(groupDa(category))}: ${first.message}`,
      messageEn: `${capitalised(groupEn(category))}: ${first.messageEn}`,
      params: { category, limit: first.limit, actual: first.actual, unit: first.unit, schoolWeek, violations: inWeek.length },
    };
  }
  return statedHoursFailure(opening, category, date, schoolWeek);
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Memo key: everything `workingTimeFailure` reads, so openings with equal patterns share a result.
 * The date enters only through its week and the rule set in force on it, so those stand in for it
 * (the checks cost ~0.2 ms each, and openings starting in the same week then share one).
 */
export function workingTimeKey(opening: RankingOpening, category: Category, date: string, schoolWeek: boolean, schedule: string): string {
  return `${category}|${mondayOf(date)}|${ruleSetOn(date).id}|${schoolWeek ? 1 : 0}|${opening.sector ?? ''}|${opening.hoursPerWeek}|${schedule}`;
}

// --- task conditions ---------------------------------------------------------------------------------

/** Opening refusals about time; `working-time` judges those for the person's own category instead. */
const TIME_REFUSALS: ReadonlySet<string> = new Set(['min-age-below-13', 'night-work', 'daily-hours', 'weekly-hours', 'missing-break']);

/** The opening refusals depend on age only through these classes (under 15, 15–17, 18+). */
export type AgeClass = 0 | 1 | 2;
const CLASS_AGE = [14, 16, 18] as const;

/** The age class whose opening refusals apply. */
export function ageClass(age: number): AgeClass {
  return age < 15 ? 0 : age < 18 ? 1 : 2;
}

/**
 * The first task-condition refusal (light work, alcohol, lifting, machines, lone work, børneattest …)
 * of the opening for a person of the given age class, judged by `checkOpeningLegality` as if the
 * opening admitted exactly that age. An open opening already passed this for its youngest age; drafts
 * and proposals may not have.
 */
export function workConditionsFailure(opening: RankingOpening, cls: AgeClass, date: string): LegalFailure | null {
  const refusals = checkOpeningLegality({
    minAge: CLASS_AGE[cls],
    maxAge: null,
    flags: opening.flags,
    adultStaffPresent: opening.adultStaffPresent,
    weeklySchedule: opening.weeklySchedule,
    hoursPerWeek: 0,
    onDate: date,
  });
  const first = refusals.find((r) => !TIME_REFUSALS.has(r.code));
  return first
    ? { code: first.code, message: first.message, messageEn: first.messageEn, params: { ageClass: ['under-15', '15-17', '18+'][cls]! } }
    : null;
}

/** Memo key: everything `workConditionsFailure` reads (the date stays whole: APV age and messages use it). */
export function workConditionsKey(opening: RankingOpening, cls: AgeClass, date: string, schedule: string): string {
  return `${cls}|${date}|${JSON.stringify(opening.flags)}|${opening.adultStaffPresent ? 1 : 0}|${schedule}`;
}
