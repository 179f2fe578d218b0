import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/local-time.ts';
import { mentorCosts, type MentorHourEntry } from './mentor-costs.ts';
import { PAYERS } from './states.ts';

describe('mentorCosts', () => {
  it('sums hours × rate per payer, per month and per payer and month', () => {
    const entries: MentorHourEntry[] = [
      { workedOn: '2026-09-03', hours: 2, ratePerHour: 250, payer: 'project_funds' },
      { workedOn: '2026-09-10', hours: 1.5, ratePerHour: 250, payer: 'project_funds' },
      { workedOn: '2026-10-01', hours: 3, ratePerHour: 199.99, payer: 'municipality' },
    ];
    expect(mentorCosts(entries)).toEqual({
      hours: 6.5,
      cost: 1474.97,
      byPayer: [
        { payer: 'municipality', hours: 3, cost: 599.97 },
        { payer: 'project_funds', hours: 3.5, cost: 875 },
      ],
      byMonth: [
        { month: '2026-09', hours: 3.5, cost: 875 },
        { month: '2026-10', hours: 3, cost: 599.97 },
      ],
      byPayerMonth: [
        { payer: 'municipality', month: '2026-10', hours: 3, cost: 599.97 },
        { payer: 'project_funds', month: '2026-09', hours: 3.5, cost: 875 },
      ],
    });
  });

  it('is zero for no hours', () => {
    expect(mentorCosts([])).toEqual({ hours: 0, cost: 0, byPayer: [], byMonth: [], byPayerMonth: [] });
  });
});

describe('properties', () => {
  const entry = fc.record({
    workedOn: fc.integer({ min: 0, max: 900 }).map((n) => addDays('2025-01-01', n)),
    hours: fc.integer({ min: 1, max: 2400 }).map((n) => n / 100),
    ratePerHour: fc.integer({ min: 0, max: 100_000 }).map((n) => n / 100),
    payer: fc.constantFrom(...PAYERS),
  });
  it('adds every breakdown up to the total exactly, in øre', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 40 }), (entries) => {
        const c = mentorCosts(entries);
        const ore = (xs: Array<{ cost: number }>) => xs.reduce((s, x) => s + Math.round(x.cost * 100), 0);
        const centi = (xs: Array<{ hours: number }>) => xs.reduce((s, x) => s + Math.round(x.hours * 100), 0);
        expect(ore(c.byPayer)).toBe(Math.round(c.cost * 100));
        expect(ore(c.byMonth)).toBe(Math.round(c.cost * 100));
        expect(ore(c.byPayerMonth)).toBe(Math.round(c.cost * 100));
        expect(centi(c.byPayer)).toBe(Math.round(c.hours * 100));
        expect(centi(c.byMonth)).toBe(Math.round(c.hours * 100));
      }),
    );
  });

  it('does not depend on the order hours were logged in', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 20 }), (entries) => {
        expect(mentorCosts([...entries].reverse())).toEqual(mentorCosts(entries));
      }),
    );
  });
});
