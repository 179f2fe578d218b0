import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/local-time.ts';
import { ageOn } from '../youth-rules/category.ts';
import { addMonths, ageBand, birthdayOn, monthsBetween } from './dates.ts';

const date = fc
  .date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('birthdayOn', () => {
  it('moves 29 February to 1 March in common years', () => {
    expect(birthdayOn('2012-02-29', 15)).toBe('2027-03-01');
    expect(birthdayOn('2012-02-29', 4)).toBe('2016-02-29');
    expect(birthdayOn('2011-06-30', 18)).toBe('2029-06-30');
  });
  it('is the first day of the new age', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 30 }), (b, n) => {
        expect(ageOn(b, birthdayOn(b, n))).toBe(n);
        expect(ageOn(b, addDays(birthdayOn(b, n), -1))).toBe(n - 1);
      }),
    );
  });
});

describe('addMonths and monthsBetween', () => {
  it('clamps to the end of the month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2026-05-15', -24)).toBe('2024-05-15');
  });
  it('counts whole months', () => {
    expect(monthsBetween('2024-01-15', '2026-01-14')).toBe(23);
    expect(monthsBetween('2024-01-15', '2026-01-15')).toBe(24);
    expect(monthsBetween('2026-01-15', '2024-01-15')).toBe(0);
  });
  it('agree: n months after a date is at least n months away', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 200 }), (d, n) => {
        expect(monthsBetween(d, addMonths(d, n))).toBeGreaterThanOrEqual(n - 1);
        expect(monthsBetween(d, addMonths(d, n))).toBeLessThanOrEqual(n);
      }),
    );
  });
});

describe('ageBand', () => {
  it('bands by age on the day', () => {
    expect(ageBand('2012-06-01', '2026-05-31')).toBe('13-14');
    expect(ageBand('2011-06-01', '2026-06-01')).toBe('15-17');
    expect(ageBand('2008-06-01', '2026-06-01')).toBe('18+');
  });
});
