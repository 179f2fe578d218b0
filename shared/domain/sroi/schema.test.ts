import { describe, expect, it } from 'vitest';
import { calculateSroi } from './calculate.ts';
import { SroiInputError, validateSroiInput } from './schema.ts';
import type { SroiInput } from './schema.ts';

const VALID: SroiInput = {
  baseYear: 2025,
  horizonYears: 5,
  deadweight: 0.2,
  attribution: 0.5,
  dropOff: 0.1,
  costs: [{ year: 2025, amount: 1_000_000 }],
  outcomes: [{ kind: 'job', people: 10, startYear: 2025, durationYears: 3 }],
  values: [{ kind: 'job', fromYear: 2025, savedBenefitsPerYear: 150_000, extraTaxPerYear: 50_000 }],
};

function issuesOf(input: unknown) {
  const result = validateSroiInput(input);
  if (result.ok) throw new Error('expected invalid input');
  return result.issues;
}

describe('validateSroiInput', () => {
  it('fills in the default discount rate and sensitivity deltas', () => {
    const result = validateSroiInput(VALID);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.discountRate).toBe(0.035);
      expect(result.value.sensitivity).toEqual({ deadweight: 0.1, attribution: 0.1, dropOff: 0.1, discountRate: 0.01 });
    }
    const partial = validateSroiInput({ ...VALID, sensitivity: { discountRate: 0.02 } });
    expect(partial.ok && partial.value.sensitivity).toEqual({ deadweight: 0.1, attribution: 0.1, dropOff: 0.1, discountRate: 0.02 });
  });

  it.each([
    ['deadweight above 1', { deadweight: 1.2 }, ['deadweight']],
    ['negative attribution', { attribution: -0.1 }, ['attribution']],
    ['a missing drop-off', { dropOff: undefined }, ['dropOff']],
    ['a negative discount rate', { discountRate: -0.01 }, ['discountRate']],
    ['an infinite cost', { costs: [{ year: 2025, amount: Infinity }] }, ['costs', 0, 'amount']],
    ['a negative cost', { costs: [{ year: 2025, amount: -1 }] }, ['costs', 0, 'amount']],
    ['a fractional horizon', { horizonYears: 2.5 }, ['horizonYears']],
    ['a zero horizon', { horizonYears: 0 }, ['horizonYears']],
    ['an unknown kind', { outcomes: [{ kind: 'internship', people: 1, startYear: 2025, durationYears: 1 }] }, ['outcomes', 0, 'kind']],
    ['negative people', { outcomes: [{ kind: 'job', people: -1, startYear: 2025, durationYears: 1 }] }, ['outcomes', 0, 'people']],
    ['a zero duration', { outcomes: [{ kind: 'job', people: 1, startYear: 2025, durationYears: 0 }] }, ['outcomes', 0, 'durationYears']],
    ['a sensitivity delta above 1', { sensitivity: { deadweight: 2 } }, ['sensitivity', 'deadweight']],
  ])('rejects %s with its field path', (_label, patch, path) => {
    expect(issuesOf({ ...VALID, ...patch }).map((i) => i.path)).toContainEqual(path);
  });

  it('rejects costs outside the analysis period', () => {
    const issues = issuesOf({
      ...VALID,
      costs: [
        { year: 2025, amount: 1 },
        { year: 2030, amount: 1 },
      ],
    });
    expect(issues).toEqual([{ path: ['costs', 1, 'year'], code: 'custom', message: 'Cost year must be within 2025–2029' }]);
  });

  it('rejects outcomes that start outside the analysis period', () => {
    const issues = issuesOf({ ...VALID, outcomes: [{ kind: 'job', people: 1, startYear: 2024, durationYears: 3 }] });
    expect(issues.map((i) => i.path)).toEqual([['outcomes', 0, 'startYear']]);
  });

  it('rejects an outcome year without a value, naming the year', () => {
    const issues = issuesOf({
      ...VALID,
      values: [{ kind: 'job', fromYear: 2025, toYear: 2026, savedBenefitsPerYear: 1, extraTaxPerYear: 1 }],
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toEqual(['outcomes', 0, 'kind']);
    expect(issues[0]?.message).toContain("'job' in 2027");
  });

  it('does not ask for values beyond the horizon', () => {
    const result = validateSroiInput({
      ...VALID,
      outcomes: [{ kind: 'job', people: 1, startYear: 2028, durationYears: 10 }],
      values: [{ kind: 'job', fromYear: 2028, toYear: 2029, savedBenefitsPerYear: 1, extraTaxPerYear: 1 }],
    });
    expect(result.ok).toBe(true);
  });

  it('rejects overlapping value rows for the same kind', () => {
    const issues = issuesOf({
      ...VALID,
      values: [
        { kind: 'job', fromYear: 2025, toYear: 2027, savedBenefitsPerYear: 1, extraTaxPerYear: 1 },
        { kind: 'education', fromYear: 2025, savedBenefitsPerYear: 1, extraTaxPerYear: 1 },
        { kind: 'job', fromYear: 2027, savedBenefitsPerYear: 1, extraTaxPerYear: 1 },
      ],
    });
    expect(issues).toEqual([{ path: ['values', 2], code: 'custom', message: "Value for 'job' overlaps values.0 in some years" }]);
  });

  it('rejects a value row that ends before it starts', () => {
    const issues = issuesOf({
      ...VALID,
      values: [{ kind: 'job', fromYear: 2027, toYear: 2025, savedBenefitsPerYear: 1, extraTaxPerYear: 1 }],
    });
    expect(issues.map((i) => i.path)).toContainEqual(['values', 0, 'toYear']);
  });

  it('rejects a non-object', () => {
    expect(issuesOf(null)).toEqual([expect.objectContaining({ path: [], code: 'invalid_type' })]);
  });
});

describe('calculateSroi on invalid input', () => {
  it('throws SroiInputError carrying the issues', () => {
    let caught: unknown;
    try {
      calculateSroi({ ...VALID, deadweight: 2 });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SroiInputError);
    expect((caught as SroiInputError).issues.map((i) => i.path)).toEqual([['deadweight']]);
    expect((caught as SroiInputError).message).toMatch(/^Invalid SROI input: deadweight: /);
  });
});
