import { describe, expect, it } from 'vitest';
import { brief, day, MON, PEOPLE, run, sh } from './test-fixtures.ts';
import type { Person, Shift } from './types.ts';

/**
 * Fills the rule × category table of the other rule tests: the cases they leave out for the
 * 14-year-old out of school, the pupil and the adult, each on both sides of the limit, so every
 * rule is pinned for every category that it applies to (and shown not to apply to adults).
 */

type Row = [name: string, person: Person, shifts: Shift[], expected: [string, string, number, number][]];
const SAT = day(5);
const weekdays = (from: string, to: string, brk = 0): Shift[] => [0, 1, 2, 3, 4].map((i) => sh(day(i), from, to, brk));

describe('under 15 and out of compulsory school (category child, no school days)', () => {
  it.each<Row>([
    ['non-school-week-hours: 35h', PEOPLE.child14OutOfSchool, weekdays('09:00', '16:30', 30), []],
    [
      'non-school-week-hours: 35h01',
      PEOPLE.child14OutOfSchool,
      [...weekdays('09:00', '16:30', 30), sh(SAT, '09:00', '09:01')],
      [
        ['non-school-week-hours', MON, 35, 35.02],
        ['weekly-rest', MON, 48, 24],
      ],
    ],
    ['night-work: until 20:00', PEOPLE.child14OutOfSchool, [sh(SAT, '18:00', '20:00')], []],
    ['night-work: until 20:01', PEOPLE.child14OutOfSchool, [sh(SAT, '18:01', '20:01')], [['night-work', SAT, 20, 20.02]]],
    ['night-work: from 05:59', PEOPLE.child14OutOfSchool, [sh(SAT, '05:59', '07:00')], [['night-work', SAT, 6, 5.98]]],
    ['daily-rest: 14h', PEOPLE.child14OutOfSchool, [sh(day(4), '16:00', '18:00'), sh(SAT, '08:00', '10:00')], []],
    [
      'daily-rest: 13h59',
      PEOPLE.child14OutOfSchool,
      [sh(day(4), '16:00', '18:00'), sh(SAT, '07:59', '10:00')],
      [['daily-rest', day(4), 14, 13.98]],
    ],
    ['break: 4h30 without one', PEOPLE.child14OutOfSchool, [sh(MON, '09:00', '13:30')], []],
    ['break: 4h31 without one', PEOPLE.child14OutOfSchool, [sh(MON, '09:00', '13:31')], [['break', MON, 30, 0]]],
    [
      'weekly-rest: Sunday and next Monday off (one day off in the week)',
      PEOPLE.child14OutOfSchool,
      [0, 1, 2, 3, 4, 5].map((i) => sh(day(i), '09:00', '10:00')),
      [['weekly-rest', MON, 48, 24]],
    ],
    [
      'weekly-rest: all seven days',
      PEOPLE.child14OutOfSchool,
      [0, 1, 2, 3, 4, 5, 6].map((i) => sh(day(i), '09:00', '10:00')),
      [['weekly-rest', MON, 48, 0]],
    ],
  ])('%s', (_name, person, shifts, expected) => {
    expect(brief(run(person, shifts))).toEqual(expected);
  });
});

describe('in compulsory school (child and pupil 15–17)', () => {
  it.each<Row>([
    [
      '14-year-old, weekly-rest: all seven days',
      PEOPLE.child14,
      [...[0, 1, 2, 3, 4].map((i) => sh(day(i), '15:00', '16:00')), sh(SAT, '10:00', '11:00'), sh(day(6), '10:00', '11:00')],
      [['weekly-rest', MON, 48, 0]],
    ],
    ['14-year-old, break: 4h30 on Saturday without one', PEOPLE.child14, [sh(SAT, '09:00', '13:30')], []],
    ['pupil, break: 4h31 on Saturday without one', PEOPLE.pupil16, [sh(SAT, '09:00', '13:31')], [['break', SAT, 30, 0]]],
    ['pupil, weekly-rest: Saturday and Sunday off', PEOPLE.pupil16, [0, 1, 2, 3, 4].map((i) => sh(day(i), '15:00', '16:00')), []],
    ['pupil, night-work: from 06:00', PEOPLE.pupil16, [sh(SAT, '06:00', '08:00')], []],
  ])('%s', (_name, person, shifts, expected) => {
    expect(brief(run(person, shifts))).toEqual(expected);
  });
});

describe('adults: none of the young-worker limits apply', () => {
  it.each<Row>([
    ['10 hours a school day without a break, 50 in the week', PEOPLE.adult, weekdays('08:00', '18:00'), []],
    [
      'a night shift and seven days in a row',
      PEOPLE.adult,
      [...[0, 1, 2, 3, 4, 5].map((i) => sh(day(i), '08:00', '16:00')), sh(day(6), '22:00', '06:00')],
      [],
    ],
  ])('%s', (_name, person, shifts, expected) => {
    expect(brief(run(person, shifts))).toEqual(expected);
  });
});
