import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculateSroi } from './calculate.ts';
import { buildSroiInput, dataAssumptions, periodFitsHorizon } from './from-data.ts';
import { deriveOutcomes, type PlacementFacts } from './outcomes.ts';
import { DEFAULT_SROI_PARAMETERS, sroiParameters } from './parameters.ts';

const base: PlacementFacts = {
  participantId: 'a',
  openingKind: 'private_leisure',
  activatedOn: '2025-01-01',
  startsOn: '2025-01-01',
  endsOn: '2025-12-31',
  endedOn: null,
  outcome: null,
  endReason: null,
};
const pl = (over: Partial<PlacementFacts>): PlacementFacts => ({ ...base, ...over });

describe('deriveOutcomes', () => {
  const cases: Array<[string, PlacementFacts[], string, string, string, Array<[string, string, number, number]>]> = [
    ['a whole year of work is one person-year', [pl({})], '2025-01-01', '2025-12-31', '2026-06-01', [['placement-time', 'job', 2025, 1]]],
    ['never activated: nothing', [pl({ activatedOn: null })], '2025-01-01', '2025-12-31', '2026-06-01', []],
    [
      'a running placement counts until today',
      [pl({ endsOn: '2026-12-31' })],
      '2025-01-01',
      '2025-12-31',
      '2025-07-01',
      [['placement-time', 'job', 2025, 182 / 365]],
    ],
    [
      'spanning two years is split by year',
      [pl({ startsOn: '2025-07-02', endsOn: '2026-07-01' })],
      '2025-01-01',
      '2026-12-31',
      '2027-01-01',
      [
        ['placement-time', 'job', 2025, 183 / 365],
        ['placement-time', 'job', 2026, 182 / 365],
      ],
    ],
    ['clipped to the period', [pl({})], '2025-04-01', '2025-04-30', '2026-01-01', [['placement-time', 'job', 2025, 30 / 365]]],
    [
      'ended early on its last day counts to that day',
      [pl({ endedOn: '2025-06-30', endReason: 'other' })],
      '2025-01-01',
      '2025-12-31',
      '2026-01-01',
      [['placement-time', 'job', 2025, 181 / 365]],
    ],
    [
      'a flex-job opening makes flex-job time',
      [pl({ openingKind: 'flex_job' })],
      '2025-01-01',
      '2025-12-31',
      '2026-01-01',
      [['placement-time', 'flex-job', 2025, 1]],
    ],
    [
      'an internship is not valued as work, but its outcome is',
      [pl({ openingKind: 'internship', endedOn: '2025-12-31', outcome: 'apprenticeship_agreement' })],
      '2025-01-01',
      '2025-12-31',
      '2026-01-01',
      [['end-outcome', 'apprenticeship', 2025, 1]],
    ],
    [
      'got another job (ended early) is an ordinary job',
      [pl({ endedOn: '2025-12-31', endReason: 'got_other_job' })],
      '2025-01-01',
      '2025-12-31',
      '2026-01-01',
      [
        ['placement-time', 'job', 2025, 1],
        ['end-outcome', 'job', 2025, 1],
      ],
    ],
    [
      'education at the end counts once per person',
      [
        pl({ endedOn: '2025-03-31', outcome: 'started_education' }),
        pl({ endedOn: '2025-05-31', endReason: 'started_education', startsOn: '2025-04-01' }),
      ],
      '2025-01-01',
      '2025-12-31',
      '2026-01-01',
      [
        ['placement-time', 'job', 2025, (90 + 61) / 365],
        ['end-outcome', 'education', 2025, 1],
      ],
    ],
    [
      'apprenticeship and ordinary job outcomes',
      [
        pl({ participantId: 'a', endedOn: '2025-12-31', outcome: 'apprenticeship_agreement' }),
        pl({ participantId: 'b', endedOn: '2025-12-31', outcome: 'ordinary_job' }),
      ],
      '2025-01-01',
      '2025-12-31',
      '2026-01-01',
      [
        ['placement-time', 'job', 2025, 2],
        ['end-outcome', 'apprenticeship', 2025, 1],
        ['end-outcome', 'job', 2025, 1],
      ],
    ],
    [
      'an outcome after the period is not counted',
      [pl({ endedOn: '2026-01-31', outcome: 'ordinary_job', endsOn: '2026-01-31' })],
      '2025-01-01',
      '2025-12-31',
      '2026-06-01',
      [['placement-time', 'job', 2025, 1]],
    ],
  ];
  it.each(cases)('%s', (_name, placements, from, to, today, expected) => {
    const got = deriveOutcomes(placements, from, to, today).map((o) => [
      o.source,
      o.kind,
      o.year,
      o.source === 'placement-time' ? o.personYears : o.people,
    ]);
    expect(got.length).toBe(expected.length);
    expected.forEach((e, i) => {
      expect(got[i]!.slice(0, 3)).toEqual(e.slice(0, 3));
      expect(got[i]![3]).toBeCloseTo(e[3], 9);
    });
  });

  it('person-years in a period never exceed the people × the period length (property)', () => {
    const date = fc.integer({ min: 0, max: 1200 }).map((d) => new Date(Date.UTC(2024, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.array(fc.tuple(date, date), { maxLength: 8 }), (spans) => {
        const placements = spans.map(([a, b], i) =>
          pl({ participantId: `p${i}`, startsOn: a < b ? a : b, endsOn: a < b ? b : a, activatedOn: a }),
        );
        const total = deriveOutcomes(placements, '2024-01-01', '2026-12-31', '2027-06-01').reduce((s, o) => s + o.personYears, 0);
        return total >= 0 && total <= placements.length * 3 + 1e-9;
      }),
    );
  });
});

describe('buildSroiInput', () => {
  const params = sroiParameters.parse({
    ...DEFAULT_SROI_PARAMETERS,
    costs: [
      { year: 2024, amount: 1 },
      { year: 2025, amount: 500_000 },
      { year: 2026, amount: 400_000 },
    ],
  });

  it('keeps the period’s costs, values placement time for one year and end outcomes for effectYears', () => {
    const outcomes = deriveOutcomes(
      [pl({ endedOn: '2025-12-31', outcome: 'apprenticeship_agreement' })],
      '2025-01-01',
      '2026-12-31',
      '2027-01-01',
    );
    const input = buildSroiInput(params, outcomes, '2025-01-01', '2026-12-31');
    expect(input.baseYear).toBe(2025);
    expect(input.costs).toEqual([
      { year: 2025, amount: 500_000 },
      { year: 2026, amount: 400_000 },
    ]);
    expect(input.outcomes).toEqual([
      { kind: 'job', people: 1, startYear: 2025, durationYears: 1 },
      { kind: 'apprenticeship', people: 1, startYear: 2025, durationYears: 3 },
    ]);
    const result = calculateSroi(input);
    expect(result.presentValueCosts).toBeCloseTo(500_000 + 400_000 / 1.035, 6);
    // (1 − 0.3) × 0.5 = 0.35 per person; job year 2025: 230,000; apprenticeship 2025–2027 with 20 % drop-off, 130,000 a year.
    const expected = 0.35 * 230_000 + 0.35 * 130_000 * (1 + 0.8 / 1.035 + 0.64 / 1.035 ** 2);
    expect(result.presentValueBenefits).toBeCloseTo(expected, 6);
  });

  it('says when values are examples and where each comes from', () => {
    const keys = dataAssumptions(params, '2025-01-01', '2025-12-31').map((a) => a.key);
    expect(keys).toEqual([
      'data.outcomes',
      'data.effect-years',
      'data.examples',
      'source.0',
      'source.1',
      'source.2',
      'source.3',
      'source.4',
    ]);
  });

  it('checks the period fits the horizon', () => {
    expect(periodFitsHorizon(params, '2025-01-01', '2029-12-31')).toBe(true);
    expect(periodFitsHorizon(params, '2025-01-01', '2030-01-01')).toBe(false);
  });

  it('refuses overlapping value years and duplicate cost years', () => {
    const bad = sroiParameters.safeParse({
      ...DEFAULT_SROI_PARAMETERS,
      costs: [
        { year: 2025, amount: 1 },
        { year: 2025, amount: 2 },
      ],
      values: [...DEFAULT_SROI_PARAMETERS.values, DEFAULT_SROI_PARAMETERS.values[0]],
    });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['costs.1.year', 'duplicate_year'],
      ['values.5.fromYear', 'value_years_overlap'],
    ]);
  });

  it('the default set marks every value as an example (nothing is tuned to a target ratio)', () => {
    expect(DEFAULT_SROI_PARAMETERS.values.every((v) => v.example)).toBe(true);
    expect(DEFAULT_SROI_PARAMETERS.costs).toEqual([]);
    expect(DEFAULT_SROI_PARAMETERS.discountRate).toBe(0.035);
  });
});
