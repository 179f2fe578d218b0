import { addDays } from '../calendar/local-time.ts';
import { ageOn } from './category.ts';
import { makeViolation, youthWeeks, type Context } from './context.ts';
import { SCHOOL_GROUP_DA, SCHOOL_GROUP_EN, capitalize, cited, dateDa, dateEn, groupDa, groupEn, hoursDa, hoursEn } from './messages.ts';
import type { WorkedShift } from './shifts.ts';
import type { Category, RuleCode, SchoolCategory, Violation } from './types.ts';

/**
 * Minimum age and the limits that sum working time, per day and per week (Monday–Sunday). Working
 * time is (end − start) − break, summed over all of the person's shifts whatever the employer: the
 * limits protect the young person, not one employment. A shift counts in full on its start date.
 */

function sumWork(shifts: readonly WorkedShift[]): number {
  return shifts.reduce((sum, s) => sum + s.workMinutes, 0);
}

export function dayHourViolations(ctx: Context): Violation[] {
  const out: Violation[] = [];
  for (const [date, shifts] of ctx.byDate) {
    const category = ctx.categoryFor(date);
    const rs = ctx.ruleSetFor(date);
    const work = sumWork(shifts);
    const day = capitalize(dateDa(date));
    const dayEn = dateEn(date);
    if (category === 'under-13') {
      const age = ageOn(ctx.person.birthDate, date);
      const text = cited(
        `${day}: personen er ${age} år. Børn under ${rs.minAge} år må ikke arbejde for en arbejdsgiver`,
        `${dayEn}: the person is ${age}. Children under ${rs.minAge} may not work for an employer`,
        rs.citations['min-age'],
      );
      out.push(makeViolation('min-age', date, rs.minAge, age, 'age', text, shifts));
      continue;
    }
    if (category === 'child' || category === 'pupil-15-17') {
      const school = ctx.isSchoolDay(date);
      const limit = school ? rs.hours.schoolDay : rs.hours.nonSchoolDay[category];
      if (work <= limit * 60) continue;
      const rule: RuleCode = school ? 'school-day-hours' : 'non-school-day-hours';
      const text = school
        ? cited(
            `${day}: ${hoursDa(work / 60)} på en skoledag. Grænsen er ${hoursDa(limit)} for ${SCHOOL_GROUP_DA}`,
            `${dayEn}: ${hoursEn(work / 60)} on a school day. The limit is ${hoursEn(limit)} for ${SCHOOL_GROUP_EN}`,
            rs.citations[rule],
          )
        : cited(
            `${day}: ${hoursDa(work / 60)} på en skolefri dag. Grænsen er ${hoursDa(limit)} for ${groupDa(category)}`,
            `${dayEn}: ${hoursEn(work / 60)} on a day without school. The limit is ${hoursEn(limit)} for ${groupEn(category)}`,
            rs.citations[rule],
          );
      out.push(makeViolation(rule, date, limit, work / 60, 'hours', text, shifts));
      continue;
    }
    if (category === 'young-15-17' && work > rs.hours.youngDaily * 60) {
      const limit = rs.hours.youngDaily;
      const text = cited(
        `${day}: ${hoursDa(work / 60)} på én dag. Grænsen er ${hoursDa(limit)} om dagen for ${groupDa(category)}`,
        `${dayEn}: ${hoursEn(work / 60)} in one day. The limit is ${hoursEn(limit)} a day for ${groupEn(category)}`,
        rs.citations['daily-hours'],
      );
      out.push(makeViolation('daily-hours', date, limit, work / 60, 'hours', text, shifts));
    }
  }
  return out;
}

/** The strictest school category among the week's working days: a child's limits win over a pupil's. */
function strictestSchoolCategory(categories: ReadonlySet<Category>): SchoolCategory | undefined {
  if (categories.has('child')) return 'child';
  if (categories.has('pupil-15-17')) return 'pupil-15-17';
  return undefined;
}

/**
 * Week limits. The hours counted are those worked on days when the person is 13–17. A week with a
 * working day in a school category (13–14, or 15–17 in compulsory school) is judged by that
 * category's limit — the strictest one if the category changes within the week — and is a school
 * week when any of its seven days is a school day. Otherwise the 40-hour week of 15–17-year-olds out
 * of school applies. Week rules use the rule set in force on the Monday.
 */
export function weekHourViolations(ctx: Context): Violation[] {
  const out: Violation[] = [];
  for (const { monday, shifts } of youthWeeks(ctx)) {
    const rs = ctx.ruleSetFor(monday);
    const categories = new Set(shifts.map((s) => ctx.categoryFor(s.date)));
    const schoolCategory = strictestSchoolCategory(categories);
    const work = sumWork(shifts);
    let rule: RuleCode;
    let limit: number;
    let group: { da: string; en: string };
    let kind: { da: string; en: string };
    if (schoolCategory) {
      const schoolWeek = [0, 1, 2, 3, 4, 5, 6].some((i) => ctx.isSchoolDay(addDays(monday, i)));
      rule = schoolWeek ? 'school-week-hours' : 'non-school-week-hours';
      limit = schoolWeek ? rs.hours.schoolWeek : rs.hours.nonSchoolWeek[schoolCategory];
      group = schoolWeek ? { da: SCHOOL_GROUP_DA, en: SCHOOL_GROUP_EN } : { da: groupDa(schoolCategory), en: groupEn(schoolCategory) };
      kind = schoolWeek ? { da: 'i en skoleuge', en: 'in a school week' } : { da: 'i en skolefri uge', en: 'in a week without school' };
    } else {
      rule = 'weekly-hours';
      limit = rs.hours.youngWeekly;
      group = { da: groupDa('young-15-17'), en: groupEn('young-15-17') };
      kind = { da: 'på en uge', en: 'in one week' };
    }
    if (work <= limit * 60) continue;
    // The shift during which the running total crosses the limit, and every later one, are the
    // shifts that break it; the earlier ones are lawful whatever else is recorded, so approval of
    // them stays possible (and does not depend on the order in which shifts are approved).
    let running = 0;
    let crossing = shifts.length - 1;
    for (const [i, s] of shifts.entries()) {
      running += s.workMinutes;
      if (running > limit * 60) {
        crossing = i;
        break;
      }
    }
    const crossedOn = shifts[crossing]!.date;
    const text = cited(
      `Ugen fra ${dateDa(monday)}: ${hoursDa(work / 60)} ${kind.da}. Grænsen er ${hoursDa(limit)} for ${group.da}, og den blev overskredet ${dateDa(crossedOn)}`,
      `Week starting ${dateEn(monday)}: ${hoursEn(work / 60)} ${kind.en}. The limit is ${hoursEn(limit)} for ${group.en}, exceeded on ${dateEn(crossedOn)}`,
      rs.citations[rule],
    );
    out.push(makeViolation(rule, monday, limit, work / 60, 'hours', text, shifts.slice(crossing)));
  }
  return out;
}
