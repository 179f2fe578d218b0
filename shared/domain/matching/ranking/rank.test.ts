import { describe, expect, it } from 'vitest';
import { competitionCounts, congestionMultiplier } from './congestion.ts';
import { rankCandidates, rankOpenings } from './rank.ts';
import { ADULT, index, JOB, LEISURE, opening, person, YOUTH } from './test-fixtures.ts';

/** Five youth for LEISURE: distance decides the order (0, 2, 4 … km from the workplace at 5 km). */
const at = (id: string, postalCode: string, extra = {}) => person({ id, postalCode, travelKm: 20, ...extra });
const pool = [at('a', '1005'), at('b', '1007'), at('c', '1009'), at('d', '1011'), at('e', '1013')];
const young = person({ id: 'too-young', birthDate: '2012-01-01' });
const noConsent = person({ id: 'no-consent', consents: [] });
const far = at('far', '1040', { travelKm: 10 });

const ids = (list: { results: { id: string }[] }) => list.results.map((r) => r.id);

describe('rankCandidates', () => {
  const ix = index([far, ...pool, young, noConsent].reverse(), [LEISURE]);

  it('ranks the included best first and counts the excluded by rule', () => {
    const list = rankCandidates(ix, LEISURE.id);
    expect(ids(list)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(list.results.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(list.excluded).toMatchObject({ total: 3, byRule: { age: 1, consent: 1, distance: 1, 'working-time': 0 } });
    expect(list.excluded.items).toBeUndefined();
    expect(list).toMatchObject({
      side: 'candidates',
      subjectId: LEISURE.id,
      onDate: '2026-03-02',
      weightSet: { name: 'jobbro-default', version: 1 },
      totalIncluded: 5,
    });
  });

  it('breaks ties by id', () => {
    const twins = index([at('z', '1005'), at('m', '1005'), at('q', '1005')], [LEISURE]);
    expect(ids(rankCandidates(twins, LEISURE.id))).toEqual(['m', 'q', 'z']);
  });

  it('lists excluded ids on request', () => {
    expect(rankCandidates(ix, LEISURE.id, { listExcluded: true }).excluded.items).toEqual([
      { id: 'far', rule: 'distance' },
      { id: 'no-consent', rule: 'consent' },
      { id: 'too-young', rule: 'age' },
    ]);
  });

  it('cuts at the limit but keeps the total', () => {
    const list = rankCandidates(ix, LEISURE.id, { limit: 2 });
    expect(ids(list)).toEqual(['a', 'b']);
    expect(list.totalIncluded).toBe(5);
  });

  it('puts pinned items first, marked, even beyond the limit', () => {
    const list = rankCandidates(ix, LEISURE.id, { limit: 2, adjustments: { pins: ['e', 'c'] } });
    expect(list.results.map((r) => [r.id, r.pinned])).toEqual([
      ['c', true],
      ['e', true],
      ['a', false],
      ['b', false],
    ]);
  });

  it('does not admit a pinned pair that fails a rule, and says why', () => {
    const list = rankCandidates(ix, LEISURE.id, { adjustments: { pins: ['too-young'] } });
    expect(ids(list)).not.toContain('too-young');
    expect(list.excluded.items).toEqual([{ id: 'too-young', rule: 'age' }]);
  });

  it('removes hidden items and lists them with their reason', () => {
    const list = rankCandidates(ix, LEISURE.id, {
      adjustments: {
        hides: [
          { id: 'b', reason: 'Har takket nej' },
          { id: 'too-young', reason: 'x' },
        ],
      },
    });
    expect(ids(list)).toEqual(['a', 'c', 'd', 'e']);
    expect(list.hidden).toEqual([
      { id: 'b', reason: 'Har takket nej', excludedBy: null },
      { id: 'too-young', reason: 'x', excludedBy: 'age' },
    ]);
    expect(list.excluded.total).toBe(2);
  });

  it('an override admits a pair a soft rule excluded, and marks it', () => {
    const list = rankCandidates(ix, LEISURE.id, { adjustments: { overrides: [{ id: 'far', reason: 'Forældre kører' }] } });
    const item = list.results.find((r) => r.id === 'far')!;
    expect(item).toMatchObject({ overridden: ['distance'], overrideReason: 'Forældre kører' });
    expect(list.overrides).toEqual([{ id: 'far', reason: 'Forældre kører', applied: ['distance'], refused: [], stillExcludedBy: null }]);
  });

  it('an override never bypasses a legal rule', () => {
    const list = rankCandidates(ix, LEISURE.id, {
      adjustments: {
        overrides: [
          { id: 'too-young', rules: ['age', 'distance'], reason: 'x' },
          { id: 'no-consent', reason: 'y' },
        ],
      },
    });
    expect(ids(list)).not.toContain('too-young');
    expect(ids(list)).not.toContain('no-consent');
    expect(list.overrides).toEqual([
      { id: 'no-consent', reason: 'y', applied: [], refused: [], stillExcludedBy: 'consent' },
      { id: 'too-young', reason: 'x', applied: [], refused: ['age'], stillExcludedBy: 'age' },
    ]);
  });

  it('an override of one rule does not bypass another', () => {
    const list = rankCandidates(ix, LEISURE.id, { adjustments: { overrides: [{ id: 'far', rules: ['availability'], reason: 'x' }] } });
    expect(list.overrides[0]).toMatchObject({ stillExcludedBy: 'distance' });
  });

  it('throws on an unknown id', () => {
    expect(() => rankCandidates(ix, 'nope')).toThrow(RangeError);
  });
});

describe('rankOpenings and congestion', () => {
  const near = opening({ id: 'near', postalCode: '1001', places: 1 }, JOB);
  const mid = opening({ id: 'mid', postalCode: '1003', places: 4 }, JOB);
  const leisure = opening({ id: 'leisure' });
  const ix = index([ADULT], [leisure, mid, near]);

  it('ranks openings for a participant', () => {
    const list = rankOpenings(ix, ADULT.id);
    expect(ids(list)).toEqual(['near', 'mid']);
    expect(list.excluded.byRule.age).toBe(1);
    expect(list.results.every((r) => r.congestion === null && r.rankScore === r.score)).toBe(true);
  });

  it('down-weights crowded openings and reports the competition', () => {
    const competition = competitionCounts(
      [
        { participantId: 'x', openingIds: ['near', 'near'] },
        { participantId: 'y', openingIds: ['near', 'mid'] },
        { participantId: ADULT.id, openingIds: ['near'] },
      ],
      ADULT.id,
    );
    expect([...competition]).toEqual([
      ['near', 2],
      ['mid', 1],
    ]);
    const list = rankOpenings(ix, ADULT.id, { competition });
    expect(ids(list)).toEqual(['mid', 'near']);
    const nearItem = list.results.find((r) => r.id === 'near')!;
    expect(nearItem.congestion).toEqual({ competitors: 2, places: 1, multiplier: round(0.5 + 0.5 * (1 / 3)) });
    expect(nearItem.rankScore).toBeCloseTo(nearItem.score * (0.5 + 0.5 / 3), 1);
  });

  it('the multiplier is 1 without competitors and never above 1', () => {
    expect(congestionMultiplier(1, 0, 0.5)).toBe(1);
    expect(congestionMultiplier(3, 3, 1)).toBe(0.5);
    expect(congestionMultiplier(0, 5, 0.4)).toBeCloseTo(0.6, 12);
    expect(congestionMultiplier(2, 1000, 0)).toBe(1);
  });

  it('keeps priority apart from the order', () => {
    const pool = [person({ id: 'plain', postalCode: '1005' }), person({ id: 'vulnerable', postalCode: '1009', priority: true })];
    const list = rankCandidates(index(pool, [LEISURE]), LEISURE.id);
    expect(list.results.map((r) => [r.id, r.priority.flagged])).toEqual([
      ['plain', false],
      ['vulnerable', true],
    ]);
  });

  it('youth see their own ladder openings only', () => {
    const list = rankOpenings(index([YOUTH], [leisure, near]), YOUTH.id, { listExcluded: true });
    expect(ids(list)).toEqual(['leisure']);
    expect(list.excluded.items).toEqual([{ id: 'near', rule: 'age' }]);
  });
});

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

describe('prepareRanking input checks', () => {
  it.each<[string, () => unknown]>([
    ['duplicate participant ids', () => index([YOUTH, YOUTH], [LEISURE])],
    ['duplicate opening ids', () => index([YOUTH], [LEISURE, LEISURE])],
    ['a bad birth date', () => index([person({ birthDate: '2009-02-30' })], [LEISURE])],
    [
      'a bad shift time',
      () => index([YOUTH], [opening({ weeklySchedule: [{ weekday: 1, start: '25:00', end: '26:00', breakMinutes: 0 }] })]),
    ],
    ['a negative step tolerance', () => index([YOUTH], [LEISURE], { options: { stepTolerance: { below: -1, above: 0 } } })],
    ['a coverage above 1', () => index([YOUTH], [LEISURE], { options: { minScheduleCoverage: 1.5 } })],
  ])('rejects %s', (_, build) => {
    expect(build).toThrow(RangeError);
  });
});
