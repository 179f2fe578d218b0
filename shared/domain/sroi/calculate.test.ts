import { describe, expect, it } from 'vitest';
import { calculateSroi } from './calculate.ts';
import type { SroiInput } from './schema.ts';

/**
 * Hand-computed example. Discount rate 10 %, deadweight 25 %, attribution 80 %, drop-off 50 %,
 * so each gross person counts as (1 − 0.25) × 0.8 = 0.6 in the outcome's first year and
 * 0.6 × 0.5 = 0.3 in its second.
 *
 * 2025 (t = 0, factor 1):
 *   costs 100,000 → PV 100,000
 *   job, 2 people, k = 0: 2 × 0.6 = 1.2 people × (60,000 + 40,000) = 120,000 → PV 120,000
 * 2026 (t = 1, factor 1/1.1):
 *   costs 55,000 → PV 50,000
 *   job, k = 1: 2 × 0.3 = 0.6 people × (66,000 + 44,000) [the 2026 value row] = 66,000
 *   education, 1 person, k = 0: 1 × 0.6 = 0.6 × 12,100 = 7,260
 *   benefits 73,260 → PV 66,600
 * 2027 (t = 2, factor 1/1.21):
 *   job has ended (2 years). education, k = 1: 0.3 × 12,100 = 3,630 → PV 3,000
 *   (education would last 5 years, but the 3-year horizon ends here)
 *
 * PV benefits = 120,000 + 66,600 + 3,000 = 189,600
 * PV costs    = 100,000 + 50,000 = 150,000
 * NPV         = 39,600;  return per krone = 189,600 / 150,000 = 1.264
 */
const EXAMPLE: SroiInput = {
  baseYear: 2025,
  horizonYears: 3,
  discountRate: 0.1,
  deadweight: 0.25,
  attribution: 0.8,
  dropOff: 0.5,
  costs: [
    { year: 2025, amount: 100_000 },
    { year: 2026, amount: 55_000 },
  ],
  outcomes: [
    { kind: 'job', people: 2, startYear: 2025, durationYears: 2 },
    { kind: 'education', people: 1, startYear: 2026, durationYears: 5 },
  ],
  values: [
    { kind: 'job', fromYear: 2025, toYear: 2025, savedBenefitsPerYear: 60_000, extraTaxPerYear: 40_000 },
    { kind: 'job', fromYear: 2026, savedBenefitsPerYear: 66_000, extraTaxPerYear: 44_000 },
    { kind: 'education', fromYear: 2025, savedBenefitsPerYear: 12_100, extraTaxPerYear: 0 },
  ],
};

describe('calculateSroi: hand-computed example', () => {
  const result = calculateSroi(EXAMPLE);

  it('gives the totals', () => {
    expect(result.presentValueBenefits).toBeCloseTo(189_600, 6);
    expect(result.presentValueCosts).toBeCloseTo(150_000, 6);
    expect(result.netPresentValue).toBeCloseTo(39_600, 6);
    expect(result.returnPerKrone).toBeCloseTo(1.264, 12);
  });

  it('gives the yearly breakdown', () => {
    const rows = result.years.map((y) => ({
      year: y.year,
      discountFactor: round(y.discountFactor, 9),
      costs: y.costs,
      netPeople: round(y.netPeople, 9),
      savedBenefits: round(y.savedBenefits, 6),
      extraTax: round(y.extraTax, 6),
      benefits: round(y.benefits, 6),
      presentValueCosts: round(y.presentValueCosts, 6),
      presentValueBenefits: round(y.presentValueBenefits, 6),
      cumulativeNetPresentValue: round(y.cumulativeNetPresentValue, 6),
    }));
    expect(rows).toEqual([
      {
        year: 2025,
        discountFactor: 1,
        costs: 100_000,
        netPeople: 1.2,
        savedBenefits: 72_000,
        extraTax: 48_000,
        benefits: 120_000,
        presentValueCosts: 100_000,
        presentValueBenefits: 120_000,
        cumulativeNetPresentValue: 20_000,
      },
      {
        year: 2026,
        discountFactor: round(1 / 1.1, 9),
        costs: 55_000,
        netPeople: 1.2,
        savedBenefits: 46_860,
        extraTax: 26_400,
        benefits: 73_260,
        presentValueCosts: 50_000,
        presentValueBenefits: 66_600,
        cumulativeNetPresentValue: 36_600,
      },
      {
        year: 2027,
        discountFactor: round(1 / 1.21, 9),
        costs: 0,
        netPeople: 0.3,
        savedBenefits: 3_630,
        extraTax: 0,
        benefits: 3_630,
        presentValueCosts: 0,
        presentValueBenefits: 3_000,
        cumulativeNetPresentValue: 39_600,
      },
    ]);
  });

  it('echoes the parameters used, defaults included', () => {
    expect(result.parameters).toEqual({
      deadweight: 0.25,
      attribution: 0.8,
      dropOff: 0.5,
      discountRate: 0.1,
      baseYear: 2025,
      horizonYears: 3,
    });
    expect(result.sensitivity.deltas).toEqual({ deadweight: 0.1, attribution: 0.1, dropOff: 0.1, discountRate: 0.01 });
  });

  it('moves one assumption at a time in the one-way sensitivity', () => {
    const deadweight = result.sensitivity.oneWay.find((o) => o.parameter === 'deadweight')!;
    // Deadweight 35 %: 0.65 × 0.8 = 0.52 instead of 0.6, so PV benefits × 0.52/0.6 = 164,320; NPV 14,320.
    expect(deadweight.upperValue).toBeCloseTo(0.35, 12);
    expect(deadweight.atUpper.netPresentValue).toBeCloseTo(14_320, 6);
    // Deadweight 15 %: 0.85 × 0.8 = 0.68, PV benefits 214,880; NPV 64,880.
    expect(deadweight.atLower.netPresentValue).toBeCloseTo(64_880, 6);
    const attribution = result.sensitivity.oneWay.find((o) => o.parameter === 'attribution')!;
    // Attribution 90 %: 0.75 × 0.9 = 0.675, PV benefits × 1.125 = 213,300; NPV 63,300.
    expect(attribution.atUpper.netPresentValue).toBeCloseTo(63_300, 6);
    expect(attribution.atUpper.returnPerKrone).toBeCloseTo(1.422, 12);
  });

  it('brackets the base result with the low/high range', () => {
    const { low, high } = result.sensitivity;
    expect(low.netPresentValue).toBeLessThan(result.netPresentValue);
    expect(high.netPresentValue).toBeGreaterThan(result.netPresentValue);
    expect(low.returnPerKrone!).toBeLessThan(result.returnPerKrone!);
    expect(high.returnPerKrone!).toBeGreaterThan(result.returnPerKrone!);
  });

  it('collapses the range when all deltas are 0', () => {
    const flat = calculateSroi({
      ...EXAMPLE,
      sensitivity: { deadweight: 0, attribution: 0, dropOff: 0, discountRate: 0 },
    });
    expect(flat.sensitivity.low).toEqual({ netPresentValue: flat.netPresentValue, returnPerKrone: flat.returnPerKrone });
    expect(flat.sensitivity.high).toEqual(flat.sensitivity.low);
  });

  it('clamps the sensitivity bounds to valid shares and rates', () => {
    const edge = calculateSroi({ ...EXAMPLE, deadweight: 0.05, attribution: 1, discountRate: 0.005 });
    const bound = (p: string) => edge.sensitivity.oneWay.find((o) => o.parameter === p)!;
    expect(bound('deadweight').lowerValue).toBe(0);
    expect(bound('attribution').upperValue).toBe(1);
    expect(bound('discountRate').lowerValue).toBe(0);
    expect(bound('discountRate').upperValue).toBeCloseTo(0.015, 12);
  });

  it('gives no return per krone without costs', () => {
    const free = calculateSroi({ ...EXAMPLE, costs: [] });
    expect(free.returnPerKrone).toBeNull();
    expect(free.netPresentValue).toBeCloseTo(189_600, 6);
    expect(free.sensitivity.low.returnPerKrone).toBeNull();
    expect(free.assumptions.find((a) => a.key === 'costs')?.en).toMatch(/cannot be calculated/);
  });

  it('counts negative values (e.g. education that costs more in SU) as negative benefits', () => {
    const negative = calculateSroi({
      ...EXAMPLE,
      outcomes: [{ kind: 'education', people: 1, startYear: 2025, durationYears: 1 }],
      values: [{ kind: 'education', fromYear: 2025, savedBenefitsPerYear: -10_000, extraTaxPerYear: 0 }],
    });
    // 1 × 0.6 × −10,000 = −6,000 in 2025.
    expect(negative.presentValueBenefits).toBeCloseTo(-6_000, 9);
    expect(negative.sensitivity.low.netPresentValue).toBeLessThanOrEqual(negative.netPresentValue);
    expect(negative.sensitivity.high.netPresentValue).toBeGreaterThanOrEqual(negative.netPresentValue);
  });
});

describe('calculateSroi: assumptions', () => {
  const { assumptions } = calculateSroi(EXAMPLE);
  const byKey = (key: string) => assumptions.find((a) => a.key === key)!;

  it('describes every assumption, in Danish and English', () => {
    expect(assumptions.map((a) => a.key)).toEqual([
      'scope',
      'prices',
      'period',
      'discount-rate',
      'costs',
      'outcome.0',
      'outcome.1',
      'value.0',
      'value.1',
      'value.2',
      'deadweight',
      'attribution',
      'drop-off',
      'sensitivity',
    ]);
    for (const a of assumptions) {
      expect(a.da.length).toBeGreaterThan(20);
      expect(a.en.length).toBeGreaterThan(20);
    }
  });

  it('uses the input numbers, formatted per language', () => {
    expect(byKey('period').da).toContain('3 år (2025–2027)');
    expect(byKey('period').en).toContain('3 years (2025–2027)');
    expect(byKey('discount-rate').da).toContain('10 % om året');
    expect(byKey('discount-rate').en).toContain('10% a year');
    expect(byKey('costs').da).toContain('155.000 kr. i alt');
    expect(byKey('costs').en).toContain('DKK 155,000 in total');
    expect(byKey('outcome.0').da).toBe('2 personer i ordinært job fra 2025, med effekt i op til 2 år.');
    expect(byKey('outcome.1').en).toBe('1 person in education from 2026, with an effect lasting up to 5 years.');
    expect(byKey('value.0').da).toContain('2025: sparede ydelser 60.000 kr. + ekstra skat 40.000 kr. = 100.000 kr.');
    expect(byKey('value.1').en).toContain('2026 onwards');
    expect(byKey('deadweight').da).toMatch(/^Dødvægt: 25 %/);
    expect(byKey('attribution').en).toMatch(/^Attribution: 80%/);
    expect(byKey('drop-off').da).toMatch(/^Aftagende effekt: 50 %/);
    expect(byKey('sensitivity').da).toContain('±10 procentpoint');
    expect(byKey('sensitivity').en).toContain('±1 percentage point)');
  });

  it('says so when there are no outcomes', () => {
    const none = calculateSroi({ ...EXAMPLE, outcomes: [] }).assumptions;
    expect(none.find((a) => a.key === 'outcomes')?.da).toContain('0 kr.');
  });

  it('formats the default discount rate as 3,5 % / 3.5%', () => {
    const { discountRate: _omitted, ...withoutRate } = EXAMPLE;
    const text = calculateSroi(withoutRate).assumptions.find((a) => a.key === 'discount-rate')!;
    expect(text.da).toContain('3,5 %');
    expect(text.en).toContain('3.5%');
  });
});

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
