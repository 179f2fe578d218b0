import { describe, expect, it } from 'vitest';
import { checkShifts } from './check-shifts.ts';
import { day, MON, PEOPLE, run, SCHOOL_WEEK, sh } from './test-fixtures.ts';
import { RULE_CODES } from './types.ts';

describe('checkShifts input handling', () => {
  it.each([
    ['a malformed start', { start: '2026-03-02 10:00', end: '2026-03-02T11:00', breakMinutes: 0 }],
    ['end before start', { start: '2026-03-02T11:00', end: '2026-03-02T10:00', breakMinutes: 0 }],
    ['end equal to start', { start: '2026-03-02T11:00', end: '2026-03-02T11:00', breakMinutes: 0 }],
    ['a shift over 24 hours', { start: '2026-03-02T10:00', end: '2026-03-03T10:01', breakMinutes: 0 }],
    ['a negative break', { start: '2026-03-02T10:00', end: '2026-03-02T11:00', breakMinutes: -1 }],
    ['a break as long as the shift', { start: '2026-03-02T10:00', end: '2026-03-02T11:00', breakMinutes: 60 }],
    ['a fractional break', { start: '2026-03-02T10:00', end: '2026-03-02T11:00', breakMinutes: 1.5 }],
  ])('throws a RangeError on %s, also for adults', (_name, shift) => {
    expect(() => run(PEOPLE.adult, [shift])).toThrow(RangeError);
    expect(() => run(PEOPLE.child14, [shift])).toThrow(RangeError);
  });

  it('names the shift by id in the error', () => {
    expect(() => run(PEOPLE.adult, [{ id: 'v-7', start: '2026-03-02T11:00', end: '2026-03-02T10:00', breakMinutes: 0 }])).toThrow(/"v-7"/);
  });

  it('rejects malformed persons, school days and rule-set dates', () => {
    expect(() => run({ birthDate: '2011', compulsorySchool: true }, [sh(MON, '10:00', '11:00')])).toThrow(RangeError);
    expect(() => run(PEOPLE.child14, [sh(MON, '10:00', '11:00')], ['2026-3-2'])).toThrow(RangeError);
    expect(() => run(PEOPLE.child14, [sh(MON, '10:00', '11:00')], [], { ruleSetDate: 'now' })).toThrow(RangeError);
    expect(() => run(PEOPLE.child14, [sh('2004-03-01', '10:00', '11:00')], [])).toThrow(/No young-worker rule set/);
  });

  it('needs a shift or a ruleSetDate to name the category', () => {
    expect(() => run(PEOPLE.child14, [])).toThrow(RangeError);
    expect(run(PEOPLE.child14, [], [], { ruleSetDate: MON })).toEqual({ category: 'child', ok: true, violations: [] });
  });

  it('reports the category on the earliest shift date', () => {
    const turning15 = { birthDate: '2011-03-04', compulsorySchool: false };
    expect(run(turning15, [sh(day(4), '10:00', '11:00'), sh(MON, '10:00', '11:00')]).category).toBe('child');
    expect(run(turning15, [sh(day(4), '10:00', '11:00')]).category).toBe('young-15-17');
  });

  it('accepts school days as a Set or an array', () => {
    const shifts = [sh(MON, '15:00', '17:30')];
    const fromSet = checkShifts({ person: PEOPLE.child14, shifts, schoolDays: new Set(SCHOOL_WEEK) });
    expect(fromSet).toEqual(run(PEOPLE.child14, shifts, SCHOOL_WEEK));
    expect(fromSet.violations.map((v) => v.rule)).toEqual(['school-day-hours']);
  });

  it('judges each shift by the rules of its own date, or all by ruleSetDate', () => {
    const shifts = [sh('2025-06-28', '14:00', '21:00', 30), sh('2025-07-05', '14:00', '21:00', 30)];
    const byDate = run(PEOPLE.young16, shifts, []);
    expect(byDate.violations.map((v) => [v.rule, v.date])).toEqual([['night-work', '2025-06-28']]);
    const fixed = run(PEOPLE.young16, shifts, [], { ruleSetDate: '2025-07-01' });
    expect(fixed.ok).toBe(true);
  });
});

describe('violation shape and order', () => {
  const shifts = [
    sh(day(6), '05:00', '21:00', 15, { id: 'sun' }),
    ...[0, 1, 2, 3, 4, 5].map((i) => sh(day(i), '15:00', '18:00', 0, { id: `d${i}`, employer: i % 2 ? 'A' : 'B' })),
  ];
  const result = run(PEOPLE.child14, shifts);

  it('orders by date, then rule', () => {
    const keys = result.violations.map((v) => [v.date, RULE_CODES.indexOf(v.rule)] as const);
    const sorted = [...keys].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
    expect(keys).toEqual(sorted);
    expect(result.violations[0]).toMatchObject({ rule: 'school-day-hours', date: MON });
    expect(result.ok).toBe(false);
  });

  it('covers the expected rules for this schedule', () => {
    expect(new Set(result.violations.map((v) => v.rule))).toEqual(
      new Set(['school-day-hours', 'school-week-hours', 'non-school-day-hours', 'night-work', 'daily-rest', 'weekly-rest', 'break']),
    );
  });

  it('rounds numbers to 2 decimals and writes Danish and English messages with a source', () => {
    for (const v of result.violations) {
      expect(Math.round(v.limit * 100) / 100).toBe(v.limit);
      expect(Math.round(v.actual * 100) / 100).toBe(v.actual);
      expect(v.message).toMatch(/(arbejdsmiljøloven|BEK om unges arbejde)/);
      expect(v.message).toMatch(/^[A-ZÆØÅ]/);
      expect(v.messageEn).toMatch(/Working Environment Act/);
      expect(v.shiftIds?.length).toBeGreaterThan(0);
    }
  });

  it('writes plain Danish', () => {
    const byRule = new Map(result.violations.toReversed().map((v) => [v.rule, v.message]));
    expect(byRule.get('school-day-hours')).toBe(
      'Mandag 2. marts 2026: 3 timer på en skoledag. Grænsen er 2 timer for unge under 15 år eller i undervisningspligtig skole (arbejdsmiljøloven § 61, stk. 2, og BEK om unges arbejde).',
    );
    expect(byRule.get('weekly-rest')).toContain('Unge under 18 år skal have 2 sammenhængende fridøgn hver uge');
    expect(byRule.get('break')).toContain('kræver mindst 30 minutter pause');
    const night = result.violations.filter((v) => v.rule === 'night-work').map((v) => v.message);
    expect(night).toEqual([
      expect.stringContaining('arbejde fra kl. 05:00. Arbejdet skal ligge mellem kl. 06:00 og kl. 20:00 for 13–14-årige'),
      expect.stringContaining('arbejde til kl. 21:00.'),
    ]);
  });
});
