import { civilFromDays, daysFromCivil, formatCivilDate } from './civil.ts';

/**
 * Danish public holidays (helligdage) and the customary days off that most workplaces and schools
 * treat as closed although no law makes them holidays. Kept apart because SLA arithmetic and
 * school calendars differ on whether the customary days count.
 *
 * Store bededag (the fourth Friday after Easter) stopped being a public holiday on 1 January 2024
 * (lov om konsekvenser ved afskaffelsen af store bededag som helligdag, passed 28 February 2023), so
 * it is listed up to and including 2023 only.
 */

export const HOLIDAY_KINDS = ['public-holiday', 'customary-day-off'] as const;
export type HolidayKind = (typeof HOLIDAY_KINDS)[number];

export type DanishHoliday = {
  /** 'YYYY-MM-DD', a local date in Europe/Copenhagen. */
  date: string;
  /** Danish name, as on a Danish calendar. */
  name: string;
  nameEn: string;
  kind: HolidayKind;
};

/** The last year in which store bededag was a public holiday. */
export const STORE_BEDEDAG_LAST_YEAR = 2023;

const MIN_YEAR = 1583;
const MAX_YEAR = 9999;

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`Year must be an integer from ${MIN_YEAR} to ${MAX_YEAR}, got ${year}`);
  }
}

/**
 * Easter Sunday by the anonymous Gregorian computus (Meeus/Jones/Butcher), returned as day number
 * since 1970-01-01 so the movable feasts are simple offsets.
 */
function easterDayNumber(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return daysFromCivil(year, month, day);
}

function dayNumberToDate(n: number): string {
  const { year, month, day } = civilFromDays(n);
  return formatCivilDate(year, month, day);
}

/** Easter Sunday (påskedag) of `year` as 'YYYY-MM-DD'. */
export function easterSunday(year: number): string {
  assertYear(year);
  return dayNumberToDate(easterDayNumber(year));
}

const EASTER_OFFSETS: ReadonlyArray<{ offset: number; name: string; nameEn: string; lastYear?: number }> = [
  { offset: -3, name: 'Skærtorsdag', nameEn: 'Maundy Thursday' },
  { offset: -2, name: 'Langfredag', nameEn: 'Good Friday' },
  { offset: 0, name: 'Påskedag', nameEn: 'Easter Sunday' },
  { offset: 1, name: '2. påskedag', nameEn: 'Easter Monday' },
  { offset: 26, name: 'Store bededag', nameEn: 'General Prayer Day', lastYear: STORE_BEDEDAG_LAST_YEAR },
  { offset: 39, name: 'Kristi himmelfartsdag', nameEn: 'Ascension Day' },
  { offset: 49, name: 'Pinsedag', nameEn: 'Whit Sunday' },
  { offset: 50, name: '2. pinsedag', nameEn: 'Whit Monday' },
];

const FIXED: ReadonlyArray<{ month: number; day: number; name: string; nameEn: string; kind: HolidayKind }> = [
  { month: 1, day: 1, name: 'Nytårsdag', nameEn: "New Year's Day", kind: 'public-holiday' },
  { month: 6, day: 5, name: 'Grundlovsdag', nameEn: 'Constitution Day', kind: 'customary-day-off' },
  { month: 12, day: 24, name: 'Juleaftensdag', nameEn: 'Christmas Eve', kind: 'customary-day-off' },
  { month: 12, day: 25, name: 'Juledag', nameEn: 'Christmas Day', kind: 'public-holiday' },
  { month: 12, day: 26, name: '2. juledag', nameEn: 'Boxing Day', kind: 'public-holiday' },
  { month: 12, day: 31, name: 'Nytårsaftensdag', nameEn: "New Year's Eve", kind: 'customary-day-off' },
];

const cache = new Map<number, readonly DanishHoliday[]>();

/**
 * Public holidays and customary days off of one year, sorted by date. The result is frozen and
 * memoised per year (the computation is pure, so the cache cannot change an answer).
 */
export function danishHolidays(year: number): readonly DanishHoliday[] {
  assertYear(year);
  const cached = cache.get(year);
  if (cached) return cached;
  const easter = easterDayNumber(year);
  const list: DanishHoliday[] = [];
  for (const { offset, name, nameEn, lastYear } of EASTER_OFFSETS) {
    if (lastYear !== undefined && year > lastYear) continue;
    list.push({ date: dayNumberToDate(easter + offset), name, nameEn, kind: 'public-holiday' });
  }
  for (const { month, day, name, nameEn, kind } of FIXED) {
    list.push({ date: formatCivilDate(year, month, day), name, nameEn, kind });
  }
  list.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.kind < y.kind ? 1 : x.kind > y.kind ? -1 : 0));
  const frozen = Object.freeze(list.map((h) => Object.freeze(h)));
  cache.set(year, frozen);
  return frozen;
}

const DATE_RE = /^(\d{4})-(\d{2})-\d{2}$/;

function holidaysOfDate(date: string): readonly DanishHoliday[] {
  const match = DATE_RE.exec(date);
  if (!match) throw new RangeError(`Expected a date 'YYYY-MM-DD', got ${JSON.stringify(date)}`);
  return danishHolidays(Number(match[1]));
}

/**
 * Everything on `date`. Usually zero or one entry, but grundlovsdag (5 June) sometimes falls on
 * pinsedag or 2. pinsedag, and then both are listed.
 */
export function danishHolidaysOn(date: string): readonly DanishHoliday[] {
  return holidaysOfDate(date).filter((h) => h.date === date);
}

/** The holiday on `date`, preferring a public holiday over a customary day off on the same date. */
export function danishHolidayOn(date: string): DanishHoliday | undefined {
  const found = danishHolidaysOn(date);
  return found.find((h) => h.kind === 'public-holiday') ?? found[0];
}

/** True on a legal public holiday (helligdag); false on customary days off such as juleaftensdag. */
export function isDanishPublicHoliday(date: string): boolean {
  return danishHolidaysOn(date).some((h) => h.kind === 'public-holiday');
}

/** True on grundlovsdag, juleaftensdag and nytårsaftensdag (also when a public holiday shares the date). */
export function isDanishCustomaryDayOff(date: string): boolean {
  return danishHolidaysOn(date).some((h) => h.kind === 'customary-day-off');
}
