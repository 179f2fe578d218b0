import { describe, expect, it } from 'vitest';
import { ADULT, JOB, judge, LEISURE, opening, person, YOUTH } from './test-fixtures.ts';
import { FACTOR_NAMES, type FactorName, type PairExplanation, type WeightSet } from './types.ts';
import { DEFAULT_WEIGHT_SET, validateWeightSet } from './weights.ts';

const factor = (result: PairExplanation, name: FactorName) => result.factors.find((f) => f.factor === name)!;

describe('factors and their evidence', () => {
  it.each<[string, Parameters<typeof person>[0], Parameters<typeof opening>[0], number, string]>([
    ['the same work area', { interests: ['kitchen'] }, { taskTags: ['kitchen', 'cleaning'] }, 1, 'interests.match'],
    [
      'the same vocational area (kitchen ~ hospitality)',
      { interests: ['kitchen'] },
      { taskTags: ['hospitality'] },
      0.5,
      'interests.same-area',
    ],
    ['another area', { interests: ['kitchen'] }, { taskTags: ['it'] }, 0, 'interests.none'],
    ['no interests', { interests: [] }, { taskTags: ['it'] }, 0.5, 'interests.missing'],
    ['no task tags', {}, { taskTags: [] }, 0.5, 'interests.missing'],
  ])('interests: %s', (_, p, o, value, code) => {
    const f = factor(judge(person(p), opening(o)), 'interests');
    expect([f.value, f.evidence.code]).toEqual([value, code]);
  });

  it('names the matched area in words', () => {
    const f = factor(judge(person({ interests: ['kitchen'] }), opening({ taskTags: ['hospitality'] })), 'interests');
    expect(f.evidence.params).toMatchObject({ area: 'food_agriculture_hospitality' });
    expect(f.evidence.message).toContain('fødevarer, jordbrug og oplevelser');
    expect(f.evidence.messageEn).toContain('food, agriculture and hospitality');
  });

  it('skills: the share of the opening’s skills, case and spacing ignored', () => {
    const f = factor(
      judge(person({ skills: ['Kørekort  B', 'førstehjælp'] }), opening({ skills: ['kørekort b', 'truckcertifikat'] })),
      'skills',
    );
    expect(f.value).toBe(0.5);
    expect(f.evidence).toMatchObject({ code: 'skills.match', params: { matched: ['kørekort b'], wanted: 2 } });
    expect(f.evidence.message).toBe('Har 1 af 2 ønskede færdigheder: kørekort b');
  });

  it('language: Danish and English names and ISO codes compare equal', () => {
    expect(factor(judge(person({ languages: ['Danish'] }), opening({ languages: ['da'] })), 'language').value).toBe(1);
    expect(factor(judge(person({ languages: ['arabisk'] }), opening({ languages: ['dansk'] })), 'language')).toMatchObject({
      value: 0,
      evidence: { code: 'language.none' },
    });
  });

  it.each<[string, Parameters<typeof person>[0], string, number]>([
    ['same postal code', {}, '1000', 1],
    ['half the limit', {}, '1005', 0.5],
    ['at the limit', {}, '1010', 0],
    ['no limit: 20 km reference', { travelKm: null }, '1005', 0.75],
  ])('distance: %s', (_, p, postalCode, value) => {
    expect(factor(judge(person(p), opening({ postalCode })), 'distance').value).toBe(value);
  });

  it('schedule: the share of scheduled minutes inside the free half-days', () => {
    const f = factor(judge(person({ availability: ['tue-pm'] }), LEISURE), 'schedule');
    expect(f.value).toBe(0.5);
    expect(f.evidence).toMatchObject({ code: 'schedule.coverage', params: { coveredPercent: 50, missingSlots: ['thu-pm'] } });
  });

  it('employer preferences: languages (any) and skills (share), averaged', () => {
    const o = opening({ preferences: { languages: ['somali', 'arabisk'], skills: ['truckcertifikat', 'kørekort'] } });
    const f = factor(judge(person({ languages: ['Arabic'], skills: ['kørekort'] }), o), 'employerPreferences');
    expect(f.value).toBe(0.75);
    expect(f.evidence.params).toMatchObject({ matched: ['arabisk', 'kørekort'] });
    expect(f.evidence.message).toBe('Arbejdsgiveren ønsker somali, arabisk, truckcertifikat og kørekort; opfyldt: arabisk og kørekort');
  });

  it('the score is Σ weight × value / Σ weights × 100, and points add up to it', () => {
    const result = judge(YOUTH, LEISURE);
    const expected = FACTOR_NAMES.reduce((s, n) => s + DEFAULT_WEIGHT_SET.weights[n] * factor(result, n).value, 0);
    expect(result.score).toBeCloseTo(expected, 6);
    expect(result.factors.reduce((s, f) => s + f.points, 0)).toBeCloseTo(result.score, 1);
  });

  it('uses the given weight set', () => {
    const onlyDistance: WeightSet = {
      name: 'distance-only',
      version: 1,
      weights: { interests: 0, skills: 0, language: 0, distance: 1, schedule: 0, employerPreferences: 0 },
      congestion: 0,
    };
    expect(judge(YOUTH, LEISURE, { weightSet: onlyDistance }).score).toBe(50);
    expect(judge(YOUTH, opening({ postalCode: '1000' }), { weightSet: onlyDistance }).score).toBe(100);
  });

  it('rejects invalid weight sets', () => {
    const bad = (patch: Partial<WeightSet>) => () => validateWeightSet({ ...DEFAULT_WEIGHT_SET, ...patch });
    expect(bad({ weights: { ...DEFAULT_WEIGHT_SET.weights, skills: -1 } })).toThrow(RangeError);
    expect(bad({ weights: { interests: 0, skills: 0, language: 0, distance: 0, schedule: 0, employerPreferences: 0 } })).toThrow(
      RangeError,
    );
    expect(bad({ congestion: 1.5 })).toThrow(RangeError);
    expect(bad({ version: 0 })).toThrow(RangeError);
    expect(bad({})).not.toThrow();
  });
});

describe('missing data counts as neutral and is flagged', () => {
  const bare = person({ interests: [], skills: [], languages: [], availability: [], travelKm: null, postalCode: null, step: null });

  it('a profile with nothing recorded scores exactly 50, every factor flagged', () => {
    const result = judge(bare, LEISURE);
    expect(result.included).toBe(true);
    expect(result.score).toBe(50);
    expect(result.missing).toEqual([...FACTOR_NAMES]);
    expect(result.factors.every((f) => f.value === 0.5 && f.missing && f.evidence.code.endsWith('.missing'))).toBe(true);
    expect(result.unchecked).toEqual(['ladder', 'availability', 'distance']);
  });

  it('missing data sits between a full match and a full mismatch', () => {
    const good = judge(person({ interests: ['kitchen'] }), LEISURE);
    const missing = judge(person({ interests: [] }), LEISURE);
    const bad = judge(person({ interests: ['it'] }), LEISURE);
    expect(good.score - missing.score).toBeCloseTo(15, 6);
    expect(missing.score - bad.score).toBeCloseTo(15, 6);
  });

  it('says which side lacks the data', () => {
    expect(factor(judge(person({ postalCode: null }), LEISURE), 'distance').evidence.params).toEqual({ side: 'participant' });
    expect(factor(judge(ADULT, opening({ weeklySchedule: [] }, JOB)), 'schedule').evidence.params).toEqual({ side: 'opening' });
  });
});

describe('priority is visible, never part of the score', () => {
  it('keeps the score and reports the flag and the waiting time', () => {
    const plain = judge(YOUTH, LEISURE);
    const flagged = judge(person({ priority: true, waitingSince: '2025-12-02' }), LEISURE);
    expect(flagged.score).toBe(plain.score);
    expect(flagged.priority).toEqual({ flagged: true, waitingDays: 90 });
    expect(plain.priority).toEqual({ flagged: false, waitingDays: null });
  });
});
