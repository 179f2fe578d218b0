import { fromDayNumber, isLocalDate } from '../calendar/local-time.ts';
import { categoryOn, isInCompulsorySchool } from './category.ts';
import { round2 } from './messages.ts';
import { ruleSetOn } from './rule-sets.ts';
import { groupByDate, idsOf, mondayNumber, normalizeShifts, type WorkedShift } from './shifts.ts';
import type { Category, CheckShiftsInput, Person, RuleCode, RuleSet, Violation, ViolationUnit, YouthCategory } from './types.ts';

/** What every rule needs to judge a schedule: validated shifts plus memoised per-date lookups. */
export type Context = {
  person: Person;
  shifts: readonly WorkedShift[];
  byDate: ReadonlyMap<string, WorkedShift[]>;
  /** A school day for this person: in the school calendar and still in compulsory school that day. */
  isSchoolDay(date: string): boolean;
  ruleSetFor(date: string): RuleSet;
  categoryFor(date: string): Category;
  alternativeWindowAgreed: boolean;
};

export function isYouth(category: Category): category is YouthCategory {
  return category === 'child' || category === 'pupil-15-17' || category === 'young-15-17';
}

export function buildContext(input: CheckShiftsInput): Context {
  const { person } = input;
  if (!isLocalDate(person.birthDate)) throw new RangeError('person.birthDate must be a date YYYY-MM-DD');
  const schoolDays = new Set<string>(input.schoolDays);
  for (const d of schoolDays) if (!isLocalDate(d)) throw new RangeError(`School day ${JSON.stringify(d)} is not a date YYYY-MM-DD`);
  const fixed = input.ruleSetDate;
  if (fixed !== undefined && !isLocalDate(fixed)) throw new RangeError('ruleSetDate must be a date YYYY-MM-DD');
  const shifts = normalizeShifts(input.shifts);
  const categories = new Map<string, Category>();
  const ruleSets = new Map<string, RuleSet>();
  return {
    person,
    shifts,
    byDate: groupByDate(shifts),
    isSchoolDay: (date) => schoolDays.has(date) && isInCompulsorySchool(person, date),
    ruleSetFor(date) {
      const key = fixed ?? date;
      let rs = ruleSets.get(key);
      if (!rs) ruleSets.set(key, (rs = ruleSetOn(key)));
      return rs;
    },
    categoryFor(date) {
      let c = categories.get(date);
      if (!c) categories.set(date, (c = categoryOn(person, date)));
      return c;
    },
    alternativeWindowAgreed: input.alternativeNightWindowAgreed === true,
  };
}

export function makeViolation(
  rule: RuleCode,
  date: string,
  limit: number,
  actual: number,
  unit: ViolationUnit,
  text: { message: string; messageEn: string },
  shifts: Iterable<WorkedShift>,
): Violation {
  const v: Violation = { rule, date, limit: round2(limit), actual: round2(actual), unit, ...text };
  const ids = idsOf(shifts);
  if (ids) v.shiftIds = ids;
  return v;
}

/**
 * The shifts worked under 18, grouped by week (Monday first), in date order: the unit both the
 * week-hour limits and the weekly-rest rule judge.
 */
export function youthWeeks(ctx: Context): Array<{ monday: string; shifts: WorkedShift[] }> {
  const weeks = new Map<number, WorkedShift[]>();
  for (const s of ctx.shifts) {
    if (!isYouth(ctx.categoryFor(s.date))) continue;
    const key = mondayNumber(s.date);
    const list = weeks.get(key);
    if (list) list.push(s);
    else weeks.set(key, [s]);
  }
  return [...weeks.entries()].sort(([a], [b]) => a - b).map(([n, shifts]) => ({ monday: fromDayNumber(n), shifts }));
}
