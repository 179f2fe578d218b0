import { describe, expect, it } from 'vitest';
import { scanPairs } from './pairs.ts';
import { rankCandidates } from './rank.ts';
import { index, judge, LEISURE, opening, person, verdict } from './test-fixtures.ts';

/** The lean pair scan behind batch rounds, and openings that admit only school leavers. */

describe('openings for young people out of compulsory school only', () => {
  const only = opening({ id: 'o-only', onlyOutOfCompulsorySchool: true });
  it('exclude a pupil under 18 by the working-time rule, and admit one who has left school', () => {
    expect(verdict(person({ compulsorySchool: true }), only)).toBe('working-time.out-of-school-only');
    expect(verdict(person({ compulsorySchool: false }), only)).toBe('ok');
    expect(verdict(person({ compulsorySchool: true }), LEISURE)).toBe('ok');
    const why = judge(person({ compulsorySchool: true }), only).whyNot!;
    expect(why).toMatchObject({ rule: 'working-time', legal: true, params: { age: 16 } });
    expect(why.message).toContain('kun for unge, der er færdige med folkeskolen');
  });

  it('treat an unknown school status as in school (strict)', () => {
    expect(verdict(person({ compulsorySchool: null }), only)).toBe('working-time.out-of-school-only');
  });
});

describe('scanPairs', () => {
  const people = [person({ id: 'a' }), person({ id: 'b', birthDate: '2012-01-01' }), person({ id: 'c', interests: [] })];
  const openings = [opening({ id: 'o1' }), opening({ id: 'o2', places: 3 })];

  it('agrees with the ranked lists on who is included and at what score', () => {
    const ix = index(people, openings);
    const scan = scanPairs(ix, ['o1', 'o2'], ['a', 'b', 'c']);
    for (const o of ['o1', 'o2']) {
      const list = rankCandidates(ix, o, { limit: 10, listExcluded: true });
      expect(
        scan.included
          .filter((e) => e.openingId === o)
          .map((e) => [e.participantId, e.score])
          .sort(),
      ).toEqual(list.results.map((r) => [r.id, r.score]).sort());
      expect(scan.excluded.filter((e) => e.openingId === o).map((e) => ({ id: e.participantId, rule: e.rule }))).toEqual(
        list.excluded.items,
      );
    }
    expect(scan.priority.get('a')).toMatchObject({ flagged: false });
  });

  it('bypasses only overridable rules', () => {
    const far = person({ id: 'far', travelKm: 1 });
    const young = person({ id: 'young', birthDate: '2012-01-01' });
    const ix = index([far, young], openings);
    const plain = scanPairs(ix, ['o1'], ['far', 'young']);
    expect(plain.excluded).toEqual([
      { participantId: 'far', openingId: 'o1', rule: 'distance' },
      { participantId: 'young', openingId: 'o1', rule: 'age' },
    ]);
    const overrides = new Map([
      ['far o1', ['distance'] as const],
      ['young o1', ['age', 'distance'] as const],
    ]);
    const bypass = scanPairs(ix, ['o1'], ['far', 'young'], overrides);
    expect(bypass.included).toEqual([expect.objectContaining({ participantId: 'far', overridden: true })]);
    expect(bypass.excluded).toEqual([{ participantId: 'young', openingId: 'o1', rule: 'age' }]);
  });
});
