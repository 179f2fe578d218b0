import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, fromDayNumber, fromEpochMinutes, toEpochMinutes, weekday } from '../calendar/local-time.ts';
import { checkShifts } from './check-shifts.ts';
import { HOUR_SUM_RULES, RULE_CODES, SECTOR_CODES, type CheckShiftsInput, type Shift, type Violation } from './types.ts';

/**
 * Properties of the whole engine over random people and three weeks of random shifts
 * (Monday 2 March – Sunday 22 March 2026), crossing midnight, overlapping and at night included.
 */

const FIRST = dayNumber('2026-03-02');
const DAYS = 21;

const personArb = fc.record({
  birthDate: fc.integer({ min: dayNumber('2007-01-01'), max: dayNumber('2014-12-31') }).map(fromDayNumber),
  compulsorySchool: fc.boolean(),
  compulsorySchoolEndsOn: fc.option(fc.integer({ min: FIRST, max: FIRST + DAYS }).map(fromDayNumber), { nil: undefined }),
});

const shiftArb = fc
  .record({
    day: fc.integer({ min: 0, max: DAYS - 1 }),
    start: fc.oneof(fc.integer({ min: 6 * 60, max: 19 * 60 }), fc.integer({ min: 0, max: 1439 })),
    duration: fc.oneof(fc.integer({ min: 15, max: 180 }), fc.integer({ min: 1, max: 720 })),
    breakMinutes: fc.integer({ min: 0, max: 60 }),
    employer: fc.constantFrom('Netto', 'Bager', 'Avis'),
    sector: fc.option(fc.constantFrom(...SECTOR_CODES), { nil: undefined }),
  })
  .map(({ day, start, duration, breakMinutes, employer, sector }): Shift => {
    const at = (FIRST + day) * 1440 + start;
    const shift: Shift = {
      start: fromEpochMinutes(at),
      end: fromEpochMinutes(at + duration),
      breakMinutes: Math.min(breakMinutes, duration - 1),
      employer,
    };
    if (sector !== undefined) shift.sector = sector;
    return shift;
  });

const weekdaysInRange = Array.from({ length: DAYS }, (_, i) => fromDayNumber(FIRST + i)).filter((d) => weekday(d) <= 5);

const inputArb: fc.Arbitrary<CheckShiftsInput> = fc
  .record({
    person: personArb,
    shifts: fc.array(shiftArb, { maxLength: 14 }),
    schoolDays: fc.subarray(weekdaysInRange),
    alternativeNightWindowAgreed: fc.boolean(),
  })
  .map((input) => ({ ...input, shifts: input.shifts.map((s, i) => ({ ...s, id: `s${i}` })) }));

function check(input: CheckShiftsInput): ReturnType<typeof checkShifts> {
  return checkShifts(input.shifts.length === 0 ? { ...input, ruleSetDate: '2026-03-02' } : input);
}

const key = (v: Violation): string => `${v.rule}|${v.date}`;

/** Removes the shifts of the first violation until the schedule passes. */
function repair(input: CheckShiftsInput): CheckShiftsInput {
  let current = input;
  for (;;) {
    const result = check(current);
    const first = result.violations[0];
    if (!first) return current;
    const ids = new Set(first.shiftIds ?? []);
    expect(ids.size).toBeGreaterThan(0);
    current = { ...current, shifts: current.shifts.filter((s) => !ids.has(s.id ?? '')) };
  }
}

describe('checkShifts properties', () => {
  it('property: splitting a shift between two employers never hides a violation', () => {
    fc.assert(
      fc.property(inputArb, fc.nat(), fc.nat(), (input, pick, at) => {
        fc.pre(input.shifts.length > 0);
        const index = pick % input.shifts.length;
        const original = input.shifts[index] as Shift;
        const start = toEpochMinutes(original.start);
        const end = toEpochMinutes(original.end);
        const midnight = (Math.floor(start / 1440) + 1) * 1440;
        const room = Math.min(end, midnight) - start - 1; // split on the start date, strictly inside
        fc.pre(room >= 1);
        const cut = start + 1 + (at % room);
        const b1 = Math.min(original.breakMinutes, cut - start - 1);
        const b2 = original.breakMinutes - b1;
        fc.pre(b2 < end - cut);
        const parts: Shift[] = [
          { ...original, end: fromEpochMinutes(cut), breakMinutes: b1, employer: 'X', id: `${original.id}a` },
          { ...original, start: fromEpochMinutes(cut), breakMinutes: b2, employer: 'Y', id: `${original.id}b` },
        ];
        const split = { ...input, shifts: input.shifts.flatMap((s, i) => (i === index ? parts : [s])) };
        const before = check(input).violations;
        const after = check(split).violations;
        const afterKeys = new Set(after.map(key));
        for (const v of before) {
          expect(afterKeys).toContain(key(v));
          if (HOUR_SUM_RULES.includes(v.rule)) {
            expect(after.find((w) => key(w) === key(v))).toMatchObject({ limit: v.limit, actual: v.actual });
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('property: a passing schedule keeps passing when a shift is shortened', () => {
    fc.assert(
      fc.property(inputArb, fc.nat(), fc.nat(), fc.nat(), (raw, pick, amount, split) => {
        const input = repair(raw);
        fc.pre(input.shifts.length > 0);
        const index = pick % input.shifts.length;
        const s = input.shifts[index] as Shift;
        const start = toEpochMinutes(s.start);
        const end = toEpochMinutes(s.end);
        const work = end - start - s.breakMinutes;
        fc.pre(work >= 2);
        const total = 1 + (amount % (work - 1));
        const fromStart = split % (total + 1);
        const shortened: Shift = {
          ...s,
          start: fromEpochMinutes(start + fromStart),
          end: fromEpochMinutes(end - (total - fromStart)),
        };
        const after = check({ ...input, shifts: input.shifts.map((x, i) => (i === index ? shortened : x)) });
        expect(after.violations).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('property: deterministic and independent of the order of shifts and of Set vs array', () => {
    fc.assert(
      fc.property(inputArb, fc.array(fc.nat()), (input, keys) => {
        const first = check(input);
        expect(check(structuredClone(input))).toEqual(first);
        const order = input.shifts.map((s, i) => ({ s, k: keys[i] ?? i })).sort((a, b) => a.k - b.k);
        const shuffled = { ...input, shifts: order.map((o) => o.s), schoolDays: new Set(input.schoolDays) };
        expect(check(shuffled)).toEqual(first);
      }),
      { numRuns: 200 },
    );
  });

  it('property: weekly rest is judged on the week alone; shifts in later weeks never change an earlier verdict', () => {
    // § 62, stk. 2: two days off within each period of 7 days, so Sunday plus the next Monday do not
    // make up for a week worked Monday to Saturday.
    const weeklyRest = (input: CheckShiftsInput, monday: string) =>
      check(input).violations.find((v) => v.rule === 'weekly-rest' && v.date === monday)?.actual ?? null;
    fc.assert(
      fc.property(inputArb, fc.integer({ min: 0, max: 1 }), (input, week) => {
        const monday = fromDayNumber(FIRST + 7 * week);
        const nextMonday = fromDayNumber(FIRST + 7 * (week + 1));
        const earlier = { ...input, shifts: input.shifts.filter((s) => s.start.slice(0, 10) < nextMonday) };
        fc.pre(earlier.shifts.length > 0);
        expect(weeklyRest(input, monday)).toBe(weeklyRest(earlier, monday));
      }),
      { numRuns: 300 },
    );
  });

  it('property: results are well-formed', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { ok, violations } = check(input);
        expect(ok).toBe(violations.length === 0);
        for (let i = 1; i < violations.length; i++) {
          const a = violations[i - 1] as Violation;
          const b = violations[i] as Violation;
          expect(a.date < b.date || (a.date === b.date && RULE_CODES.indexOf(a.rule) <= RULE_CODES.indexOf(b.rule))).toBe(true);
        }
        for (const v of violations) {
          expect(Number.isFinite(v.actual) && Number.isFinite(v.limit)).toBe(true);
          expect(Math.round(v.actual * 100) / 100).toBe(v.actual);
          expect(v.message.length).toBeGreaterThan(20);
          expect(v.messageEn.length).toBeGreaterThan(20);
          if (v.unit === 'hours' && v.rule !== 'daily-rest' && v.rule !== 'weekly-rest') expect(v.actual).toBeGreaterThan(v.limit);
        }
      }),
      { numRuns: 200 },
    );
  });
});
