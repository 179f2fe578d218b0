import { describe, expect, it } from 'vitest';
import { brief, day, MON, PEOPLE, run, sh } from './test-fixtures.ts';
import type { CheckShiftsInput, Person, Shift } from './types.ts';

type Row = [name: string, person: Person, shifts: Shift[], expected: [string, string, number, number][]];

const SAT = day(5);
const SAT_2024 = '2024-06-01';
const SAT_2025_JAN = '2025-03-01';
const SAT_2025_JUL = '2025-09-06';

describe('night-work: 06–20 for under-15s and pupils, in every rule set', () => {
  it.each<Row>([
    ['14-year-old from 06:00', PEOPLE.child14, [sh(SAT, '06:00', '08:00')], []],
    ['14-year-old from 05:59', PEOPLE.child14, [sh(SAT, '05:59', '08:00')], [['night-work', SAT, 6, 5.98]]],
    ['14-year-old until 20:00', PEOPLE.child14, [sh(SAT, '18:00', '20:00')], []],
    ['14-year-old until 20:01', PEOPLE.child14, [sh(SAT, '18:01', '20:01')], [['night-work', SAT, 20, 20.02]]],
    ['pupil until 20:00', PEOPLE.pupil16, [sh(SAT, '18:00', '20:00')], []],
    ['pupil until 20:01', PEOPLE.pupil16, [sh(SAT, '18:01', '20:01')], [['night-work', SAT, 20, 20.02]]],
    ['pupil from 05:59', PEOPLE.pupil16, [sh(SAT, '05:59', '07:00')], [['night-work', SAT, 6, 5.98]]],
    [
      '14-year-old in hospitality gets no exception',
      PEOPLE.child14,
      [sh(SAT, '18:01', '20:01', 0, { sector: 'hospitality' })],
      [['night-work', SAT, 20, 20.02]],
    ],
    [
      'both ends outside the window give two violations',
      PEOPLE.child14,
      [sh(SAT, '05:30', '20:30', 60)],
      [
        ['non-school-day-hours', SAT, 7, 14],
        ['night-work', SAT, 6, 5.5],
        ['night-work', SAT, 20, 20.5],
        ['daily-rest', SAT, 14, 9],
      ],
    ],
    ['adults may work at night', PEOPLE.adult, [sh(SAT, '22:00', '06:00')], []],
  ])('%s', (_name, person, shifts, expected) => {
    expect(brief(run(person, shifts, []))).toEqual(expected);
  });
});

describe('night-work for 15–17-year-olds out of school, by rule set', () => {
  const young = PEOPLE.young16;
  const alt: Partial<CheckShiftsInput> = { alternativeNightWindowAgreed: true };
  it.each<[string, Shift[], Partial<CheckShiftsInput>, [string, string, number, number][]]>([
    ['2024: until 20:00', [sh(SAT_2024, '14:00', '20:00', 30)], {}, []],
    ['2024: until 20:01', [sh(SAT_2024, '14:01', '20:01', 30)], {}, [['night-work', SAT_2024, 20, 20.02]]],
    ['early 2025: still 20:00', [sh(SAT_2025_JAN, '14:01', '20:01', 30)], {}, [['night-work', SAT_2025_JAN, 20, 20.02]]],
    ['from July 2025: until 22:00', [sh(SAT_2025_JUL, '14:00', '22:00', 30)], {}, []],
    ['from July 2025: until 22:01', [sh(SAT_2025_JUL, '14:01', '22:01', 30)], {}, [['night-work', SAT_2025_JUL, 22, 22.02]]],
    ['from July 2025: from 06:00', [sh(SAT_2025_JUL, '06:00', '08:00')], {}, []],
    ['from July 2025: from 05:59', [sh(SAT_2025_JUL, '05:59', '08:00')], {}, [['night-work', SAT_2025_JUL, 6, 5.98]]],
    ['agreed 07–23: until 23:00', [sh(SAT_2025_JUL, '15:00', '23:00', 30)], alt, []],
    ['agreed 07–23: until 23:01', [sh(SAT_2025_JUL, '15:01', '23:01', 30)], alt, [['night-work', SAT_2025_JUL, 23, 23.02]]],
    ['agreed 07–23: from 06:59', [sh(SAT_2025_JUL, '06:59', '09:00')], alt, [['night-work', SAT_2025_JUL, 7, 6.98]]],
    ['agreed window unused in 2024', [sh(SAT_2024, '15:01', '20:01', 30)], alt, [['night-work', SAT_2024, 20, 20.02]]],
    ['past midnight', [sh(SAT_2025_JUL, '20:00', '02:00', 30)], {}, [['night-work', SAT_2025_JUL, 22, 26]]],
    [
      'ruleSetDate 2024 applies the old window',
      [sh(SAT_2025_JUL, '14:00', '22:00', 30)],
      { ruleSetDate: '2024-01-01' },
      [['night-work', SAT_2025_JUL, 20, 22]],
    ],
  ])('%s', (_name, shifts, extra, expected) => {
    expect(brief(run(young, shifts, [], extra))).toEqual(expected);
  });
});

describe('sector exceptions (15–17 out of school)', () => {
  const young = PEOPLE.young16;
  it.each<[string, Shift[], [string, string, number, number][]]>([
    ['retail until 22:00 (2024)', [sh(SAT_2024, '14:00', '22:00', 30, { sector: 'retail' })], []],
    ['retail until 22:01 (2024)', [sh(SAT_2024, '14:01', '22:01', 30, { sector: 'retail' })], [['night-work', SAT_2024, 22, 22.02]]],
    ['hospitality until midnight', [sh(SAT_2024, '16:00', '24:00', 30, { sector: 'hospitality' })], []],
    ['hospitality until 00:01', [sh(SAT_2024, '16:01', '00:01', 30, { sector: 'hospitality' })], [['night-work', SAT_2024, 24, 24.02]]],
    ['bakery from 04:00', [sh(SAT_2024, '04:00', '08:00', 0, { sector: 'bakery' })], []],
    ['bakery from 03:59', [sh(SAT_2024, '03:59', '08:00', 0, { sector: 'bakery' })], [['night-work', SAT_2024, 4, 3.98]]],
    ['newspapers from 05:00', [sh(SAT_2024, '05:00', '07:00', 0, { sector: 'newspaper-delivery' })], []],
    ['newspapers from 04:59', [sh(SAT_2024, '04:59', '07:00', 0, { sector: 'newspaper-delivery' })], [['night-work', SAT_2024, 5, 4.98]]],
    ['hospitality until midnight also in 2026', [sh(SAT, '16:00', '24:00', 30, { sector: 'hospitality' })], []],
  ])('%s', (_name, shifts, expected) => {
    expect(brief(run(young, shifts, []))).toEqual(expected);
  });
});

describe('daily-rest (14h for under-15s and pupils, 12h otherwise)', () => {
  it.each<Row>([
    ['14-year-old, 14h between Friday and Saturday', PEOPLE.child14, [sh(day(4), '16:00', '18:00'), sh(SAT, '08:00', '10:00')], []],
    ['14-year-old, 13h59', PEOPLE.child14, [sh(day(4), '16:00', '18:00'), sh(SAT, '07:59', '10:00')], [['daily-rest', day(4), 14, 13.98]]],
    ['pupil, 14h', PEOPLE.pupil16, [sh(day(4), '16:00', '18:00'), sh(SAT, '08:00', '10:00')], []],
    ['pupil, 13h59', PEOPLE.pupil16, [sh(day(4), '16:00', '18:00'), sh(SAT, '07:59', '10:00')], [['daily-rest', day(4), 14, 13.98]]],
    ['16-year-old out of school, 12h', PEOPLE.young16, [sh(MON, '12:00', '20:00', 30), sh(day(1), '08:00', '12:00')], []],
    [
      '16-year-old out of school, 11h59',
      PEOPLE.young16,
      [sh(MON, '12:00', '20:00', 30), sh(day(1), '07:59', '12:00')],
      [['daily-rest', MON, 12, 11.98]],
    ],
    [
      'split day: the overnight rest is the only long one',
      PEOPLE.child14,
      [sh(MON, '07:00', '08:00'), sh(MON, '16:00', '17:30'), sh(day(1), '07:00', '08:00')],
      [
        ['school-day-hours', MON, 2, 2.5],
        ['daily-rest', MON, 14, 13.5],
      ],
    ],
    ['a split day spanning 10 hours', PEOPLE.child14, [sh(SAT, '08:00', '12:00'), sh(SAT, '15:00', '18:00')], []],
    [
      'a split day spanning 10h01, even with the next day free',
      PEOPLE.child14,
      [sh(SAT, '08:00', '11:00'), sh(SAT, '15:00', '18:01')],
      [['daily-rest', SAT, 14, 13.98]],
    ],
    ['no shift after the last one means open rest', PEOPLE.child14, [sh(MON, '17:00', '18:00')], []],
    ['adults are not checked', PEOPLE.adult, [sh(MON, '12:00', '23:00'), sh(day(1), '05:00', '12:00')], []],
  ])('%s', (_name, person, shifts, expected) => {
    expect(brief(run(person, shifts, [MON, day(1), day(2), day(3), day(4)]))).toEqual(expected);
  });
});

describe('weekly-rest (two consecutive days off each week)', () => {
  const sixDays = [0, 1, 2, 3, 4, 5].map((i) => sh(day(i), '08:00', '12:00'));
  it.each<Row>([
    // Sunday plus the next Monday are two days off, but only one of them lies in the week (§ 62, stk. 2).
    ['Monday–Saturday, then Sunday and the next Monday off', PEOPLE.young16, sixDays, [['weekly-rest', MON, 48, 24]]],
    ['Monday–Friday, then Saturday and Sunday off', PEOPLE.young16, sixDays.slice(0, 5), []],
    [
      'Tuesday–Sunday, after the previous Sunday and Monday off',
      PEOPLE.young16,
      [1, 2, 3, 4, 5, 6].map((i) => sh(day(i), '08:00', '12:00')),
      [['weekly-rest', MON, 48, 24]],
    ],
    ['Wednesday and Thursday off in the middle of the week', PEOPLE.young16, [0, 1, 4, 5, 6].map((i) => sh(day(i), '08:00', '12:00')), []],
    ['Monday–Saturday and the next Monday', PEOPLE.young16, [...sixDays, sh(day(7), '08:00', '12:00')], [['weekly-rest', MON, 48, 24]]],
    ['all seven days', PEOPLE.young16, [...sixDays, sh(day(6), '08:00', '12:00')], [['weekly-rest', MON, 48, 0]]],
    [
      'Saturday off alone is not enough',
      PEOPLE.pupil16,
      [0, 1, 2, 3, 4, 6, 7].map((i) => sh(day(i), '17:00', '18:00')),
      [['weekly-rest', MON, 48, 24]],
    ],
    ['Saturday and Sunday off', PEOPLE.child14, [0, 1, 2, 3, 4, 7].map((i) => sh(day(i), '15:00', '16:00')), []],
    ['adults are not checked', PEOPLE.adult, [...sixDays, sh(day(6), '08:00', '12:00')], []],
  ])('%s', (_name, person, shifts, expected) => {
    expect(brief(run(person, shifts, []))).toEqual(expected);
  });

  it('a shift past midnight uses up the next day too', () => {
    const shifts = [0, 1, 2, 3, 4].map((i) => sh(day(i), '09:00', '13:00'));
    shifts.push(sh(SAT, '16:00', '24:00', 30, { sector: 'hospitality' }));
    // Until 24:00 only Saturday is used: Sunday is the week's one day off.
    expect(brief(run(PEOPLE.young16, shifts, []))).toEqual([['weekly-rest', MON, 48, 24]]);
    shifts[5] = sh(SAT, '16:00', '00:01', 30, { sector: 'hospitality' });
    expect(brief(run(PEOPLE.young16, shifts, [], { ruleSetDate: '2024-01-01' }))).toEqual([
      ['weekly-rest', MON, 48, 0],
      ['night-work', SAT, 24, 24.02],
    ]);
  });
});

describe('break (30 minutes when work exceeds 4.5 hours)', () => {
  it.each<Row>([
    ['4h30 without a break', PEOPLE.young16, [sh(MON, '08:00', '12:30')], []],
    ['4h31 without a break', PEOPLE.young16, [sh(MON, '08:00', '12:31')], [['break', MON, 30, 0]]],
    ['4h31 with 30 minutes', PEOPLE.young16, [sh(MON, '08:00', '13:01', 30)], []],
    ['4h31 with 29 minutes', PEOPLE.young16, [sh(MON, '08:00', '13:00', 29)], [['break', MON, 30, 29]]],
    ['a 30-minute gap between two jobs counts', PEOPLE.young16, [sh(MON, '08:00', '12:00'), sh(MON, '12:30', '13:30')], []],
    ['a 15-minute gap does not', PEOPLE.young16, [sh(MON, '08:00', '12:00'), sh(MON, '12:15', '13:00')], [['break', MON, 30, 15]]],
    ['14-year-old on a Saturday', PEOPLE.child14, [sh(SAT, '09:00', '14:00')], [['break', SAT, 30, 0]]],
    ['pupil on a Saturday', PEOPLE.pupil16, [sh(SAT, '09:00', '14:00', 30)], []],
    ['adults are not checked', PEOPLE.adult, [sh(MON, '08:00', '16:00')], []],
  ])('%s', (_name, person, shifts, expected) => {
    expect(brief(run(person, shifts, []))).toEqual(expected);
  });
});
