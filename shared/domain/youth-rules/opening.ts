import { isLocalDate, parseLocalTime } from '../calendar/local-time.ts';
import { isYouth } from './context.ts';
import { cited, clockDa, clockEn, hoursDa, hoursEn, timeDa, timeEn, weekdayDa, weekdayEn } from './messages.ts';
import { ruleSetOn } from './rule-sets.ts';
import type { Category, Citation, OpeningRefusalCode, RuleSet, SchoolCategory, YouthCategory } from './types.ts';

/**
 * Can a job opening legally employ the youngest age it admits? An opening knows neither the
 * applicant nor the school calendar, so it is judged conservatively: 13–14-year-olds by the child
 * rules and 15–17-year-olds by the rules for pupils in compulsory school (06–20, 2 hours a school
 * day, 12 hours a school week), with Monday–Friday as school days of a school week. An opening marked
 * `onlyOutOfCompulsorySchool` (an apprenticeship always is: one can only be started after compulsory
 * school) admits only young people who have left compulsory school, so its 15–17-year-olds are judged
 * by the rules for young people out of school instead: 8 hours a day and 40 a week on any day, and
 * the rule set's window (06–22 from 1 July 2025; the 07–23 alternative needs an individual agreement
 * and is not assumed). 13–14-year-olds stay children with school days whatever the flag. Sector
 * exceptions are never applied, as an opening's sector is not known.
 */

export type OpeningFlags = {
  lightWorkOnly: boolean;
  machinesOrChemicals: boolean;
  /** Date of the workplace risk assessment (APV) covering the young person's tasks. */
  riskAssessmentDoneOn?: string | null;
  alcoholServed: boolean;
  liftingOver12kg: boolean;
  loneWork: boolean;
  moneyHandling: boolean;
  contactWithChildrenUnder15: boolean;
  /** The employer obtains a børneattest before employment. */
  childProtectionCertificate?: boolean;
};

/**
 * No risk flag set and no risk assessment: what a new opening says until someone marks a risk, and
 * the neutral base the tests vary one flag at a time.
 */
export const NO_RISK_FLAGS = {
  lightWorkOnly: false,
  machinesOrChemicals: false,
  riskAssessmentDoneOn: null,
  alcoholServed: false,
  liftingOver12kg: false,
  loneWork: false,
  moneyHandling: false,
  contactWithChildrenUnder15: false,
  childProtectionCertificate: false,
} satisfies OpeningFlags;

export type OpeningScheduleEntry = { weekday: number; start: string; end: string; breakMinutes: number };

export type Opening = {
  minAge: number;
  maxAge?: number | null;
  flags: OpeningFlags;
  adultStaffPresent: boolean;
  /** Weekly pattern, local time; an end at or before the start means the shift ends after midnight. */
  weeklySchedule: readonly OpeningScheduleEntry[];
  hoursPerWeek: number;
  /** The date the opening is judged on (selects the rule set). */
  onDate: string;
  /**
   * Only young people who have finished compulsory school are admitted (matching is to suggest no
   * one else), so 15–17-year-olds are judged as `young-15-17` instead of `pupil-15-17`. Omitted: false.
   */
  onlyOutOfCompulsorySchool?: boolean;
};

export type OpeningRefusal = { code: OpeningRefusalCode; message: string; messageEn: string };

type Entry = { weekday: number; start: number; end: number; breakMinutes: number; work: number };

function parseEntries(schedule: readonly OpeningScheduleEntry[]): Entry[] {
  return schedule
    .map((e, i) => {
      if (!Number.isInteger(e.weekday) || e.weekday < 1 || e.weekday > 7) {
        throw new RangeError(`weeklySchedule[${i}].weekday must be 1 (Monday) to 7 (Sunday)`);
      }
      const start = parseLocalTime(e.start);
      let end = parseLocalTime(e.end, { allowEndOfDay: true });
      if (end <= start) end += 1440;
      if (!Number.isInteger(e.breakMinutes) || e.breakMinutes < 0 || e.breakMinutes >= end - start) {
        throw new RangeError(`weeklySchedule[${i}].breakMinutes must be a whole number ≥ 0 and shorter than the shift`);
      }
      return { weekday: e.weekday, start, end, breakMinutes: e.breakMinutes, work: end - start - e.breakMinutes };
    })
    .sort((a, b) => a.weekday - b.weekday || a.start - b.start || a.end - b.end);
}

function validate(opening: Opening): void {
  const { minAge, maxAge, onDate, hoursPerWeek, flags } = opening;
  if (!Number.isInteger(minAge) || minAge < 0 || minAge > 120) throw new RangeError('minAge must be a whole number of years');
  if (maxAge !== undefined && maxAge !== null && (!Number.isInteger(maxAge) || maxAge < minAge)) {
    throw new RangeError('maxAge must be a whole number ≥ minAge');
  }
  if (!isLocalDate(onDate)) throw new RangeError('onDate must be a date YYYY-MM-DD');
  if (!Number.isFinite(hoursPerWeek) || hoursPerWeek < 0) throw new RangeError('hoursPerWeek must be a number ≥ 0');
  const done = flags.riskAssessmentDoneOn;
  if (done !== undefined && done !== null && !isLocalDate(done)) {
    throw new RangeError('flags.riskAssessmentDoneOn must be a date YYYY-MM-DD');
  }
}

/**
 * The category whose rules bind the youngest applicant: a pupil unless the opening admits only
 * young people out of compulsory school. Under 15 is always a child (school days apply).
 */
function youngestCategory(minAge: number, onlyOutOfCompulsorySchool: boolean): Category {
  if (minAge < 15) return 'child';
  if (minAge < 18) return onlyOutOfCompulsorySchool ? 'young-15-17' : 'pupil-15-17';
  return 'adult';
}

function youngestDa(minAge: number, category: Category): string {
  if (minAge < 13) return `Et barn på ${minAge} år`;
  return category === 'young-15-17' ? `En ${minAge}-årig, der er færdig med undervisningspligten,` : `En ${minAge}-årig`;
}

function youngestEn(minAge: number, category: Category): string {
  return category === 'young-15-17' ? `A ${minAge}-year-old who has left compulsory school` : `A ${minAge}-year-old`;
}

/** Added to a pupil's time refusals: the one change to the opening that lifts the school limits. */
const PUPIL_NOTE_DA = ', medmindre opslaget kun er for unge, der er færdige med undervisningspligten';
const PUPIL_NOTE_EN = ' unless the opening is only for young people who have left compulsory school';

function span(e: Entry, lang: 'da' | 'en'): string {
  return lang === 'da'
    ? `${weekdayDa(e.weekday)} kl. ${timeDa(e.start)}–${timeDa(e.end)}`
    : `${weekdayEn(e.weekday)} ${timeEn(e.start)}–${timeEn(e.end)}`;
}

function list(items: readonly string[], lang: 'da' | 'en'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${lang === 'da' ? 'og' : 'and'} ${items[items.length - 1]}`;
}

function riskAssessmentCurrent(done: string | null | undefined, onDate: string, years: number): boolean {
  if (done === undefined || done === null || done > onDate) return false;
  const oldestAccepted = `${String(Number(onDate.slice(0, 4)) - years).padStart(4, '0')}${onDate.slice(4)}`;
  // 29 February minus whole years may not exist; comparing strings keeps the rule exact anyway.
  return done >= oldestAccepted;
}

/** `citation` replaces the opening citation where the rule for young people out of school differs. */
type Refuse = (code: OpeningRefusalCode, da: string, en: string, citation?: Citation) => void;

/**
 * The daily and weekly limits the youngest age is held to: school-day and school-week limits for a
 * child or pupil (Monday–Friday are school days), the same 8-hour day and 40-hour week on every day
 * for a 15–17-year-old out of school.
 */
function hourLimits(rs: RuleSet, category: YouthCategory) {
  if (category === 'young-15-17') {
    return { day: () => rs.hours.youngDaily, week: rs.hours.youngWeekly };
  }
  const school: SchoolCategory = category;
  return { day: (weekday: number) => (weekday <= 5 ? rs.hours.schoolDay : rs.hours.nonSchoolDay[school]), week: rs.hours.schoolWeek };
}

/** Night, hour and break refusals for the weekly schedule, held to the youngest age's category. */
function checkSchedule(
  rs: RuleSet,
  category: YouthCategory,
  entries: readonly Entry[],
  hoursPerWeek: number,
  { who, whoEn, refuse }: { who: string; whoEn: string; refuse: Refuse },
): void {
  const outOfSchool = category === 'young-15-17';
  const note = category === 'pupil-15-17' ? { da: PUPIL_NOTE_DA, en: PUPIL_NOTE_EN } : { da: '', en: '' };
  const window = rs.nightWindows[category].default;
  const wStart = parseLocalTime(window.start);
  const wEnd = parseLocalTime(window.end, { allowEndOfDay: true });
  const outside = entries.filter((e) => e.start < wStart || e.end > wEnd);
  if (outside.length > 0) {
    refuse(
      'night-work',
      `Planlagt arbejdstid ${list(
        outside.map((e) => span(e, 'da')),
        'da',
      )}. ${who} må kun arbejde mellem ${clockDa(wStart)} og ${clockDa(wEnd)}${note.da}`,
      `Scheduled working time ${list(
        outside.map((e) => span(e, 'en')),
        'en',
      )}. ${whoEn} may only work between ${clockEn(wStart)} and ${clockEn(wEnd)}${note.en}`,
      outOfSchool ? rs.citations['night-work'] : undefined,
    );
  }
  const limits = hourLimits(rs, category);
  const perDay = new Map<number, Entry[]>();
  for (const e of entries) perDay.set(e.weekday, [...(perDay.get(e.weekday) ?? []), e]);
  const tooLong: string[] = [];
  const tooLongEn: string[] = [];
  const noBreak: string[] = [];
  const noBreakEn: string[] = [];
  let scheduled = 0;
  for (const [day, dayEntries] of perDay) {
    const work = dayEntries.reduce((sum, e) => sum + e.work, 0);
    scheduled += work;
    if (work > limits.day(day) * 60) {
      tooLong.push(`${weekdayDa(day)} ${hoursDa(work / 60)}`);
      tooLongEn.push(`${weekdayEn(day)} ${hoursEn(work / 60)}`);
    }
    let pause = dayEntries.reduce((sum, e) => sum + e.breakMinutes, 0);
    let lastEnd = dayEntries[0]?.end ?? 0;
    for (const e of dayEntries.slice(1)) {
      pause += Math.max(0, e.start - lastEnd);
      lastEnd = Math.max(lastEnd, e.end);
    }
    if (work > rs.breaks.afterWorkMinutes && pause < rs.breaks.minBreakMinutes) {
      noBreak.push(weekdayDa(day));
      noBreakEn.push(weekdayEn(day));
    }
  }
  if (tooLong.length > 0 && outOfSchool) {
    refuse(
      'daily-hours',
      `Planlagt ${list(tooLong, 'da')}. ${who} må højst arbejde ${hoursDa(limits.day(1))} om dagen`,
      `Scheduled ${list(tooLongEn, 'en')}. ${whoEn} may work at most ${hoursEn(limits.day(1))} a day`,
      rs.citations['daily-hours'],
    );
  } else if (tooLong.length > 0) {
    refuse(
      'daily-hours',
      `Planlagt ${list(tooLong, 'da')}. ${who} må højst arbejde ${hoursDa(limits.day(1))} på en skoledag (mandag–fredag) og ${hoursDa(limits.day(6))} på en skolefri dag${note.da}`,
      `Scheduled ${list(tooLongEn, 'en')}. ${whoEn} may work at most ${hoursEn(limits.day(1))} on a school day (Monday–Friday) and ${hoursEn(limits.day(6))} on a day without school${note.en}`,
    );
  }
  const weekly = Math.max(scheduled / 60, hoursPerWeek);
  if (weekly > limits.week) {
    refuse(
      'weekly-hours',
      `${hoursDa(weekly)} om ugen. ${who} må højst arbejde ${hoursDa(limits.week)} ${outOfSchool ? 'om ugen' : `i en skoleuge${note.da}`}`,
      `${hoursEn(weekly)} a week. ${whoEn} may work at most ${hoursEn(limits.week)} ${outOfSchool ? 'a week' : `in a school week${note.en}`}`,
      outOfSchool ? rs.citations['weekly-hours'] : undefined,
    );
  }
  if (noBreak.length > 0) {
    refuse(
      'missing-break',
      `Over ${hoursDa(rs.breaks.afterWorkMinutes / 60)} arbejde uden ${rs.breaks.minBreakMinutes} minutters pause (${list(noBreak, 'da')}). Unge under 18 år skal have pausen`,
      `Over ${hoursEn(rs.breaks.afterWorkMinutes / 60)} of work without a ${rs.breaks.minBreakMinutes}-minute break (${list(noBreakEn, 'en')}). Young people under 18 must have the break`,
    );
  }
}

/**
 * Every reason the opening cannot legally employ its youngest admitted age, in the order of
 * OPENING_REFUSAL_CODES; an empty list means no refusal. Throws a RangeError on malformed input.
 */
export function checkOpeningLegality(opening: Opening): OpeningRefusal[] {
  validate(opening);
  const rs: RuleSet = ruleSetOn(opening.onDate);
  const { minAge, flags, onDate } = opening;
  const entries = parseEntries(opening.weeklySchedule);
  const refusals: OpeningRefusal[] = [];
  const refuse: Refuse = (code, da, en, citation) => {
    refusals.push({ code, ...cited(da, en, citation ?? rs.openingCitations[code]) });
  };
  const category = youngestCategory(minAge, opening.onlyOutOfCompulsorySchool === true);
  const who = youngestDa(minAge, category);
  const whoEn = youngestEn(minAge, category);

  if (minAge < rs.minAge) {
    refuse(
      'min-age-below-13',
      `Stillingen er åben fra ${minAge} år. Børn under ${rs.minAge} år må ikke arbejde for en arbejdsgiver`,
      `The opening admits ${minAge}-year-olds. Children under ${rs.minAge} may not work for an employer`,
    );
  }
  const young = isYouth(category);
  const under15 = minAge < rs.opening.lightWorkBelowAge;
  if (young && under15 && !flags.lightWorkOnly) {
    refuse(
      'light-work-required',
      `Stillingen er ikke markeret som lettere arbejde. Unge under 15 år må kun udføre lettere arbejde`,
      `The opening is not marked as light work. Young people under 15 may only do light work`,
    );
  }
  if (isYouth(category)) checkSchedule(rs, category, entries, opening.hoursPerWeek, { who, whoEn, refuse });
  if (under15 && flags.alcoholServed) {
    refuse(
      'alcohol-under-15',
      `Der serveres alkohol. Unge under 15 år må kun servere, hvor der ikke serveres alkohol`,
      `Alcohol is served. Young people under 15 may only serve where no alcohol is served`,
    );
  }
  if (under15 && flags.liftingOver12kg) {
    refuse(
      'heavy-lifting-under-15',
      `Jobbet indebærer løft over 12 kg. Unge under 15 år må ikke løfte byrder over 12 kg`,
      `The job involves lifting over 12 kg. Young people under 15 may not lift loads over 12 kg`,
    );
  }
  if (under15 && flags.machinesOrChemicals && rs.opening.machinesBelow15 === 'forbidden') {
    refuse(
      'machines-under-15',
      `Jobbet indebærer maskiner eller kemikalier. Efter reglerne i kraft ${onDate} må unge under 15 år ikke arbejde med dem`,
      `The job involves machines or chemicals. Under the rules in force on ${onDate}, young people under 15 may not work with them`,
    );
  }
  const years = rs.opening.riskAssessmentValidYears;
  if (young && flags.machinesOrChemicals && !riskAssessmentCurrent(flags.riskAssessmentDoneOn, onDate, years)) {
    refuse(
      'machines-without-risk-assessment',
      `Jobbet indebærer maskiner eller kemikalier uden en dateret risikovurdering (APV) fra de seneste ${years} år. Den skal foreligge, før unge under 18 år må udføre arbejdet`,
      `The job involves machines or chemicals without a dated risk assessment from the last ${years} years. It must exist before young people under 18 may do the work`,
    );
  }
  if (under15 && flags.loneWork) {
    refuse(
      'lone-work-under-15',
      `Jobbet indebærer alenearbejde. Unge under 15 år skal arbejde under effektivt tilsyn af en voksen`,
      `The job involves working alone. Young people under 15 must work under effective adult supervision`,
    );
  }
  if (young && flags.moneyHandling && (flags.loneWork || !opening.adultStaffPresent)) {
    const weekdayUntil = parseLocalTime(rs.opening.aloneInShopUntilWeekday);
    const weekendUntil = parseLocalTime(rs.opening.aloneInShopUntilWeekend);
    const late = entries.filter((e) => e.end > (e.weekday <= 5 ? weekdayUntil : weekendUntil));
    if (late.length > 0) {
      refuse(
        'lone-evening-shop-work',
        `Pengehåndtering uden en voksen til stede ${list(
          late.map((e) => span(e, 'da')),
          'da',
        )}. Unge under 18 år må ikke være alene i butikken efter ${clockDa(weekdayUntil)} på hverdage og efter ${clockDa(weekendUntil)} i weekenden`,
        `Handling money without an adult present ${list(
          late.map((e) => span(e, 'en')),
          'en',
        )}. Young people under 18 may not be alone in the shop after ${clockEn(weekdayUntil)} on weekdays or after ${clockEn(weekendUntil)} at weekends`,
      );
    }
  }
  if (flags.contactWithChildrenUnder15 && flags.childProtectionCertificate !== true) {
    refuse(
      'child-certificate-required',
      `Jobbet indebærer fast kontakt med børn under 15 år. Arbejdsgiveren skal indhente børneattest før ansættelsen`,
      `The job involves regular contact with children under 15. The employer must obtain a child protection certificate before employment`,
    );
  }
  return refusals;
}

/** Exposed for tests and UI hints: the window the youngest age of an opening is held to. */
export function openingWindow(minAge: number, onDate: string, onlyOutOfCompulsorySchool = false): { start: string; end: string } | null {
  const category = youngestCategory(minAge, onlyOutOfCompulsorySchool);
  if (!isYouth(category)) return null;
  return ruleSetOn(onDate).nightWindows[category].default;
}
