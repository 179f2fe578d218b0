import { describe, expect, it } from 'vitest';
import { brief, day, MON, PEOPLE, run, SCHOOL_WEEK, sh } from './test-fixtures.ts';
import type { Person, Shift } from './types.ts';

type Row = [name: string, person: Person, shifts: Shift[], expected: [string, string, number, number][]];

const SAT = day(5);
const weekdays = (from: string, to: string, brk = 0): Shift[] => [0, 1, 2, 3, 4].map((i) => sh(day(i), from, to, brk));

describe('min-age', () => {
  it.each<Row>([
    ['a 12-year-old may not work at all', PEOPLE.under13, [sh(SAT, '10:00', '11:00')], [['min-age', SAT, 13, 12]]],
    ['the day of the 13th birthday is fine', PEOPLE.under13, [sh('2026-06-01', '10:00', '11:00')], []],
    ['the day before it is not', PEOPLE.under13, [sh('2026-05-31', '10:00', '11:00')], [['min-age', '2026-05-31', 13, 12]]],
  ])('%s', (_name, person, shifts, expected) => {
    expect(brief(run(person, shifts))).toEqual(expected);
  });

  it('reports only min-age for a child under 13, however long the day', () => {
    const result = run(PEOPLE.under13, [sh(MON, '05:00', '21:00')]);
    expect(result.category).toBe('under-13');
    expect(brief(result)).toEqual([['min-age', MON, 13, 12]]);
    expect(result.violations[0]?.message).toMatch(/Børn under 13 år må ikke arbejde.*arbejdsmiljøloven § 60/);
  });
});

describe('school-day-hours (2 hours)', () => {
  it.each<Row>([
    ['14-year-old, 2h on a school day', PEOPLE.child14, [sh(MON, '15:00', '17:00')], []],
    ['14-year-old, 2h01 on a school day', PEOPLE.child14, [sh(MON, '15:00', '17:01')], [['school-day-hours', MON, 2, 2.02]]],
    ['16-year-old pupil, 2h', PEOPLE.pupil16, [sh(MON, '15:00', '17:00')], []],
    ['16-year-old pupil, 2h01', PEOPLE.pupil16, [sh(MON, '15:00', '17:01')], [['school-day-hours', MON, 2, 2.02]]],
    ['breaks do not count as work', PEOPLE.child14, [sh(MON, '15:00', '17:30', 30)], []],
    [
      'two employers on the same day are summed',
      PEOPLE.child14,
      [sh(MON, '07:00', '08:00', 0, { employer: 'Avis' }), sh(MON, '15:30', '17:00', 0, { employer: 'Netto' })],
      [['school-day-hours', MON, 2, 2.5]],
    ],
    ['a 14-year-old out of school has no school days (7h)', PEOPLE.child14OutOfSchool, [sh(MON, '09:00', '12:00')], []],
    ['a 16-year-old out of school has no school-day limit', PEOPLE.young16, [sh(MON, '09:00', '12:00')], []],
  ])('%s', (_name, person, shifts, expected) => {
    expect(brief(run(person, shifts))).toEqual(expected);
  });
});

describe('non-school-day-hours (7 under 15, 8 for pupils 15–17)', () => {
  it.each<Row>([
    ['14-year-old, 7h on Saturday', PEOPLE.child14, [sh(SAT, '09:00', '16:30', 30)], []],
    ['14-year-old, 7h01 on Saturday', PEOPLE.child14, [sh(SAT, '09:00', '16:31', 30)], [['non-school-day-hours', SAT, 7, 7.02]]],
    ['16-year-old pupil, 8h on Saturday', PEOPLE.pupil16, [sh(SAT, '08:00', '16:30', 30)], []],
    ['16-year-old pupil, 8h01 on Saturday', PEOPLE.pupil16, [sh(SAT, '08:00', '16:31', 30)], [['non-school-day-hours', SAT, 8, 8.02]]],
    ['14-year-old out of school, 7h on a Monday', PEOPLE.child14OutOfSchool, [sh(MON, '09:00', '16:30', 30)], []],
    [
      '14-year-old out of school, 7h01 on a Monday',
      PEOPLE.child14OutOfSchool,
      [sh(MON, '09:00', '16:31', 30)],
      [['non-school-day-hours', MON, 7, 7.02]],
    ],
  ])('%s', (_name, person, shifts, expected) => {
    expect(brief(run(person, shifts))).toEqual(expected);
  });
});

describe('school-week-hours (12 hours)', () => {
  it.each<Row>([
    ['14-year-old, 12h', PEOPLE.child14, [...weekdays('15:00', '17:00'), sh(SAT, '10:00', '12:00')], [['weekly-rest', MON, 48, 24]]],
    [
      '14-year-old, 12h01',
      PEOPLE.child14,
      [...weekdays('15:00', '17:00'), sh(SAT, '10:00', '12:01')],
      [
        ['school-week-hours', MON, 12, 12.02],
        ['weekly-rest', MON, 48, 24],
      ],
    ],
    ['16-year-old pupil, 12h', PEOPLE.pupil16, [...weekdays('15:00', '17:00'), sh(SAT, '10:00', '12:00')], [['weekly-rest', MON, 48, 24]]],
    [
      '16-year-old pupil, 12h01',
      PEOPLE.pupil16,
      [...weekdays('15:00', '17:00'), sh(SAT, '10:00', '12:01')],
      [
        ['school-week-hours', MON, 12, 12.02],
        ['weekly-rest', MON, 48, 24],
      ],
    ],
  ])('%s', (_name, person, shifts, expected) => {
    expect(brief(run(person, shifts))).toEqual(expected);
  });

  it('one school day makes a school week', () => {
    const shifts = [sh(day(5), '09:00', '16:30', 30), sh(day(6), '09:00', '15:00', 30)];
    expect(brief(run(PEOPLE.child14, shifts, [day(2)]))).toEqual([['school-week-hours', MON, 12, 12.5]]);
    expect(brief(run(PEOPLE.child14, shifts, []))).toEqual([]);
  });

  it('the concrete case: 5 × 2h on school days plus 3h on Saturday for a 14-year-old', () => {
    const shifts = [
      ...[0, 1, 2, 3, 4].map((i) => sh(day(i), '15:00', '17:00', 0, { id: `d${i}`, employer: i % 2 ? 'Netto' : 'Bager' })),
      sh(SAT, '10:00', '13:00', 0, { id: 'sat', employer: 'Bager' }),
    ];
    const result = run(PEOPLE.child14, shifts, ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06']);
    expect(result.ok).toBe(false);
    expect(result.category).toBe('child');
    // Monday to Saturday leaves one day off in the week: weekly rest is broken too (§ 62, stk. 2).
    expect(result.violations.map((x) => x.rule)).toEqual(['school-week-hours', 'weekly-rest']);
    const [v] = result.violations;
    expect(v).toMatchObject({ rule: 'school-week-hours', date: '2026-03-02', limit: 12, actual: 13, unit: 'hours' });
    expect(v?.message).toContain('12 timer');
    expect(v?.message).toContain('13 timer i en skoleuge');
    expect(v?.message).toContain('lørdag 7. marts 2026');
    expect(v?.message).toContain('arbejdsmiljøloven § 61, stk. 2');
    expect(v?.messageEn).toContain('12 hours');
    // Only the shift that crosses the limit (and any later one) breaks it; the weekdays stay approvable.
    expect(v?.shiftIds).toEqual(['sat']);
  });
});

describe('non-school-week-hours (35 under 15, 40 for pupils 15–17)', () => {
  it.each<Row>([
    ['14-year-old, 35h in a holiday week', PEOPLE.child14, weekdays('09:00', '16:30', 30), []],
    [
      '14-year-old, 35h01',
      PEOPLE.child14,
      [...weekdays('09:00', '16:30', 30), sh(SAT, '09:00', '09:01')],
      [
        ['non-school-week-hours', MON, 35, 35.02],
        ['weekly-rest', MON, 48, 24],
      ],
    ],
    ['16-year-old pupil, 40h', PEOPLE.pupil16, weekdays('08:00', '16:30', 30), []],
    [
      '16-year-old pupil, 40h01',
      PEOPLE.pupil16,
      [...weekdays('08:00', '16:30', 30), sh(SAT, '09:00', '09:01')],
      [
        ['non-school-week-hours', MON, 40, 40.02],
        ['weekly-rest', MON, 48, 24],
      ],
    ],
  ])('%s', (_name, person, shifts, expected) => {
    expect(brief(run(person, shifts, []))).toEqual(expected);
  });
});

describe('daily-hours and weekly-hours (8 and 40 for 15–17 out of school)', () => {
  it.each<Row>([
    ['8h in a day', PEOPLE.young16, [sh(MON, '08:00', '16:30', 30)], []],
    ['8h01 in a day', PEOPLE.young16, [sh(MON, '08:00', '16:31', 30)], [['daily-hours', MON, 8, 8.02]]],
    ['40h in a week', PEOPLE.young16, weekdays('08:00', '16:30', 30), []],
    [
      '40h01 in a week',
      PEOPLE.young16,
      [...weekdays('08:00', '16:30', 30), sh(SAT, '09:00', '09:01')],
      [
        ['weekly-hours', MON, 40, 40.02],
        ['weekly-rest', MON, 48, 24],
      ],
    ],
    ['school days do not matter', PEOPLE.young16, weekdays('08:00', '16:30', 30), []],
  ])('%s', (_name, person, shifts, expected) => {
    expect(brief(run(person, shifts, SCHOOL_WEEK))).toEqual(expected);
  });

  it('adults have no youth limits', () => {
    const shifts = [0, 1, 2, 3, 4, 5, 6].map((i) => sh(day(i), '06:00', '18:00', 0));
    expect(run(PEOPLE.adult, shifts)).toEqual({ category: 'adult', ok: true, violations: [] });
  });

  it('a week where the pupil leaves school is judged by the stricter school limit', () => {
    const person = { ...PEOPLE.pupil16, compulsorySchoolEndsOn: day(1) };
    const shifts = [sh(day(2), '08:00', '16:30', 30), sh(day(3), '08:00', '16:30', 30)];
    expect(brief(run(person, shifts, SCHOOL_WEEK))).toEqual([]);
    const withMonday = [sh(MON, '15:00', '16:00'), ...shifts];
    expect(brief(run(person, withMonday, SCHOOL_WEEK))).toEqual([['school-week-hours', MON, 12, 17]]);
  });
});
