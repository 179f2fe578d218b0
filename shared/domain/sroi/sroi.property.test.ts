import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculateSroi } from './calculate.ts';
import { OUTCOME_KINDS } from './schema.ts';
import type { SroiInput } from './schema.ts';

const BASE_YEAR = 2025;
const share = fc.double({ min: 0, max: 1, noNaN: true });

/** Valid inputs with non-negative values: one open-ended value row per kind covers every year. */
const sroiInput: fc.Arbitrary<SroiInput> = fc.integer({ min: 1, max: 12 }).chain((horizonYears) =>
  fc.record({
    baseYear: fc.constant(BASE_YEAR),
    horizonYears: fc.constant(horizonYears),
    discountRate: fc.double({ min: 0, max: 0.2, noNaN: true }),
    deadweight: share,
    attribution: share,
    dropOff: share,
    costs: fc.array(
      fc.record({
        year: fc.integer({ min: BASE_YEAR, max: BASE_YEAR + horizonYears - 1 }),
        amount: fc.double({ min: 0, max: 1e7, noNaN: true }),
      }),
      { maxLength: 6 },
    ),
    outcomes: fc.array(
      fc.record({
        kind: fc.constantFrom(...OUTCOME_KINDS),
        people: fc.double({ min: 0, max: 200, noNaN: true }),
        startYear: fc.integer({ min: BASE_YEAR, max: BASE_YEAR + horizonYears - 1 }),
        durationYears: fc.integer({ min: 1, max: 15 }),
      }),
      { maxLength: 6 },
    ),
    values: fc.tuple(
      ...OUTCOME_KINDS.map((kind) =>
        fc.record({
          kind: fc.constant(kind),
          fromYear: fc.constant(BASE_YEAR),
          savedBenefitsPerYear: fc.double({ min: 0, max: 400_000, noNaN: true }),
          extraTaxPerYear: fc.double({ min: 0, max: 200_000, noNaN: true }),
        }),
      ),
    ),
  }),
);

const close = (actual: number, expected: number) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));

describe('SROI properties', () => {
  it('NPV does not rise as deadweight rises, and falls when there is something to lose', () => {
    fc.assert(
      fc.property(sroiInput, share, share, (input, a, b) => {
        const [lower, higher] = a <= b ? [a, b] : [b, a];
        const atLower = calculateSroi({ ...input, deadweight: lower });
        const atHigher = calculateSroi({ ...input, deadweight: higher });
        expect(atHigher.netPresentValue).toBeLessThanOrEqual(atLower.netPresentValue);
        if (higher - lower >= 0.01 && atLower.presentValueBenefits > 1) {
          expect(atHigher.netPresentValue).toBeLessThan(atLower.netPresentValue);
        }
      }),
    );
  });

  it('return per krone scales inversely with costs', () => {
    fc.assert(
      fc.property(sroiInput, fc.double({ min: 0.1, max: 10, noNaN: true }), (input, factor) => {
        const base = calculateSroi(input);
        fc.pre(base.returnPerKrone !== null && base.presentValueCosts > 1);
        const scaled = calculateSroi({
          ...input,
          costs: input.costs.map((c) => ({ ...c, amount: c.amount * factor })),
        });
        close(scaled.returnPerKrone! * factor, base.returnPerKrone!);
        close(scaled.presentValueBenefits, base.presentValueBenefits);
      }),
    );
  });

  it('no outcomes, or no people, means zero benefits', () => {
    fc.assert(
      fc.property(sroiInput, (input) => {
        for (const variant of [
          { ...input, outcomes: [] },
          { ...input, outcomes: input.outcomes.map((o) => ({ ...o, people: 0 })) },
        ]) {
          const result = calculateSroi(variant);
          expect(result.presentValueBenefits).toBe(0);
          expect(result.years.every((y) => y.benefits === 0 && y.netPeople === 0)).toBe(true);
          close(result.netPresentValue, -result.presentValueCosts);
        }
      }),
    );
  });

  it('with a discount rate of 0, present values are plain sums', () => {
    fc.assert(
      fc.property(sroiInput, (input) => {
        const result = calculateSroi({ ...input, discountRate: 0 });
        const endYear = BASE_YEAR + input.horizonYears - 1;
        const plainCosts = input.costs.reduce((sum, c) => sum + c.amount, 0);
        // An independent re-computation of the undiscounted benefit, outcome by outcome.
        let plainBenefits = 0;
        for (const o of input.outcomes) {
          const value = input.values.find((v) => v.kind === o.kind)!;
          for (let k = 0; k < o.durationYears && o.startYear + k <= endYear; k++) {
            plainBenefits +=
              o.people *
              (1 - input.deadweight) *
              input.attribution *
              (1 - input.dropOff) ** k *
              (value.savedBenefitsPerYear + value.extraTaxPerYear);
          }
        }
        expect(result.years.every((y) => y.discountFactor === 1)).toBe(true);
        close(result.presentValueCosts, plainCosts);
        close(result.presentValueBenefits, plainBenefits);
        close(result.netPresentValue, plainBenefits - plainCosts);
      }),
    );
  });

  it('benefits are proportional to attribution', () => {
    fc.assert(
      fc.property(sroiInput, share, (input, attribution) => {
        const full = calculateSroi({ ...input, attribution: 1 });
        const part = calculateSroi({ ...input, attribution });
        close(part.presentValueBenefits, full.presentValueBenefits * attribution);
      }),
    );
  });

  it('the yearly breakdown adds up to the totals', () => {
    fc.assert(
      fc.property(sroiInput, (input) => {
        const result = calculateSroi(input);
        expect(result.years.map((y) => y.year)).toEqual(Array.from({ length: input.horizonYears }, (_, t) => BASE_YEAR + t));
        close(result.years.at(-1)!.cumulativeNetPresentValue, result.netPresentValue);
        for (const y of result.years) close(y.benefits, y.savedBenefits + y.extraTax);
      }),
    );
  });

  it('the sensitivity range brackets the base result and widens with the deltas', () => {
    fc.assert(
      fc.property(sroiInput, (input) => {
        const result = calculateSroi(input);
        const narrow = calculateSroi({
          ...input,
          sensitivity: { deadweight: 0.05, attribution: 0.05, dropOff: 0.05, discountRate: 0.005 },
        });
        const { low, high } = result.sensitivity;
        expect(low.netPresentValue).toBeLessThanOrEqual(result.netPresentValue);
        expect(high.netPresentValue).toBeGreaterThanOrEqual(result.netPresentValue);
        if (result.returnPerKrone !== null) {
          expect(low.returnPerKrone!).toBeLessThanOrEqual(result.returnPerKrone);
          expect(high.returnPerKrone!).toBeGreaterThanOrEqual(result.returnPerKrone);
        }
        // Non-negative values make NPV monotone in each share, so the wider box contains the narrower.
        expect(low.netPresentValue).toBeLessThanOrEqual(narrow.sensitivity.low.netPresentValue + 1e-6);
        expect(high.netPresentValue).toBeGreaterThanOrEqual(narrow.sensitivity.high.netPresentValue - 1e-6);
      }),
    );
  });

  it('assumption texts are complete for any valid input', () => {
    fc.assert(
      fc.property(sroiInput, (input) => {
        const { assumptions } = calculateSroi(input);
        const keys = assumptions.map((a) => a.key);
        for (const key of ['scope', 'prices', 'period', 'discount-rate', 'costs', 'deadweight', 'attribution', 'drop-off', 'sensitivity']) {
          expect(keys).toContain(key);
        }
        for (const a of assumptions) expect(`${a.da} ${a.en}`).not.toMatch(/NaN|undefined|Infinity|\[object/);
      }),
      { numRuns: 50 },
    );
  });
});
