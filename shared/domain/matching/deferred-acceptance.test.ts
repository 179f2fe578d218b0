import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { blockingPairs, deferredAcceptance } from './deferred-acceptance.ts';
import type { DaInstance } from './deferred-acceptance.ts';
import type { MatchPair } from './instance.ts';
import { MatchInputError } from './errors.ts';

/** Small markets with many ties in points, some priority flags and reserves. */
const daInstanceArb: fc.Arbitrary<DaInstance> = fc
  .record({
    participants: fc.noBias(fc.integer({ min: 0, max: 8 })),
    openings: fc.noBias(fc.integer({ min: 0, max: 4 })),
  })
  .chain(({ participants, openings }) => {
    const openingIds = Array.from({ length: openings }, (_, o) => `o${o}`);
    const participantIds = Array.from({ length: participants }, (_, p) => `p${p}`);
    return fc.record({
      participants: fc.tuple(
        ...participantIds.map((id) => fc.record({ id: fc.constant(id), priority: fc.boolean(), prefs: fc.shuffledSubarray(openingIds) })),
      ),
      openings: fc.tuple(
        ...openingIds.map((id) =>
          fc.integer({ min: 0, max: 3 }).chain((capacity) =>
            fc.record({
              id: fc.constant(id),
              capacity: fc.constant(capacity),
              reserve: fc.integer({ min: 0, max: capacity }),
              points: fc
                .array(fc.option(fc.integer({ min: 0, max: 3 }), { nil: null, freq: 4 }), {
                  minLength: participants,
                  maxLength: participants,
                })
                .map((values) => Object.fromEntries(values.flatMap((v, p) => (v === null ? [] : [[participantIds[p]!, v] as const])))),
            }),
          ),
        ),
      ),
    });
  });

function acceptable(instance: DaInstance, p: string, o: string): boolean {
  const participant = instance.participants.find((x) => x.id === p)!;
  const opening = instance.openings.find((x) => x.id === o)!;
  return participant.prefs.includes(o) && Object.hasOwn(opening.points, p);
}

function expectFeasible(instance: DaInstance, matching: readonly MatchPair[]): void {
  const ps = matching.map((m) => m.p);
  expect(new Set(ps).size).toBe(ps.length);
  for (const opening of instance.openings) {
    expect(matching.filter((m) => m.o === opening.id).length).toBeLessThanOrEqual(opening.capacity);
  }
  for (const m of matching) expect(acceptable(instance, m.p, m.o)).toBe(true);
}

/** True when p strictly prefers o to its match (or is unmatched and finds o acceptable). */
function prefers(instance: DaInstance, matching: readonly MatchPair[], p: string, o: string): boolean {
  const prefs = instance.participants.find((x) => x.id === p)!.prefs;
  const current = matching.find((m) => m.p === p)?.o;
  return prefs.indexOf(o) >= 0 && (current === undefined || prefs.indexOf(o) < prefs.indexOf(current));
}

describe('deferredAcceptance', () => {
  it('respects capacities and acceptability and is stable (no blocking pairs)', () => {
    fc.assert(
      fc.property(daInstanceArb, fc.option(fc.integer(), { nil: undefined }), (instance, seed) => {
        const matching = deferredAcceptance(instance, { seed });
        expectFeasible(instance, matching);
        expect(blockingPairs(instance, matching)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('fills reserved seats with priority participants who want them', () => {
    fc.assert(
      fc.property(daInstanceArb, fc.integer(), (instance, seed) => {
        const matching = deferredAcceptance(instance, { seed });
        for (const opening of instance.openings) {
          const holders = matching.filter((m) => m.o === opening.id).map((m) => m.p);
          const priorityHolders = holders.filter((p) => instance.participants.find((x) => x.id === p)!.priority);
          if (priorityHolders.length >= (opening.reserve ?? 0)) continue;
          // A reserve seat is unused by priority participants: no priority participant may want it.
          for (const participant of instance.participants) {
            if (!participant.priority || !acceptable(instance, participant.id, opening.id)) continue;
            expect(prefers(instance, matching, participant.id, opening.id)).toBe(false);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same result for the same seed', () => {
    fc.assert(
      fc.property(daInstanceArb, fc.integer(), (instance, seed) => {
        expect(deferredAcceptance(instance, { seed })).toEqual(deferredAcceptance(instance, { seed }));
        expect(deferredAcceptance(instance)).toEqual(deferredAcceptance(instance));
      }),
      { numRuns: 200 },
    );
  });

  it('breaks ties in points with the lottery', () => {
    const instance: DaInstance = {
      participants: Array.from({ length: 8 }, (_, p) => ({ id: `p${p}`, prefs: ['o'] })),
      openings: [{ id: 'o', capacity: 1, points: Object.fromEntries(Array.from({ length: 8 }, (_, p) => [`p${p}`, 1])) }],
    };
    expect(deferredAcceptance(instance)).toEqual([{ p: 'p0', o: 'o' }]);
    const winners = new Set(Array.from({ length: 20 }, (_, seed) => deferredAcceptance(instance, { seed })[0]!.p));
    expect(winners.size).toBeGreaterThan(1);
  });

  it('gives reserved seats to priority applicants and reverts unused reserves', () => {
    const points = { a: 10, b: 9, c: 5 };
    const make = (priorityC: boolean): DaInstance => ({
      participants: [
        { id: 'a', prefs: ['o'] },
        { id: 'b', prefs: ['o'] },
        { id: 'c', prefs: ['o'], priority: priorityC },
      ],
      openings: [{ id: 'o', capacity: 2, reserve: 1, points }],
    });
    expect(
      deferredAcceptance(make(true))
        .map((m) => m.p)
        .sort(),
    ).toEqual(['a', 'c']);
    expect(
      deferredAcceptance(make(false))
        .map((m) => m.p)
        .sort(),
    ).toEqual(['a', 'b']);
  });

  it('lets participants trade up through rejections (classic example)', () => {
    const instance: DaInstance = {
      participants: [
        { id: 'x', prefs: ['A', 'B'] },
        { id: 'y', prefs: ['A', 'B'] },
      ],
      openings: [
        { id: 'A', capacity: 1, points: { x: 1, y: 2 } },
        { id: 'B', capacity: 1, points: { x: 2, y: 1 } },
      ],
    };
    expect(deferredAcceptance(instance)).toEqual([
      { p: 'x', o: 'B' },
      { p: 'y', o: 'A' },
    ]);
  });
});

describe('blockingPairs', () => {
  const instance: DaInstance = {
    participants: [
      { id: 'x', prefs: ['A'] },
      { id: 'y', prefs: ['A'] },
    ],
    openings: [{ id: 'A', capacity: 1, points: { x: 2, y: 1 } }],
  };

  it('finds justified envy and free seats', () => {
    expect(blockingPairs(instance, [{ p: 'y', o: 'A' }])).toEqual([{ p: 'x', o: 'A' }]);
    expect(blockingPairs(instance, [])).toEqual([
      { p: 'x', o: 'A' },
      { p: 'y', o: 'A' },
    ]);
    expect(blockingPairs(instance, [{ p: 'x', o: 'A' }])).toEqual([]);
  });

  it('does not count a tie in points as blocking', () => {
    const tied: DaInstance = { ...instance, openings: [{ id: 'A', capacity: 1, points: { x: 1, y: 1 } }] };
    expect(blockingPairs(tied, [{ p: 'y', o: 'A' }])).toEqual([]);
  });

  it('rejects unknown ids with a stable code', () => {
    expect(() => blockingPairs(instance, [{ p: 'z', o: 'A' }])).toThrow(MatchInputError);
    const typo: DaInstance = {
      participants: [{ id: 'x', prefs: ['B'] }],
      openings: [{ id: 'A', capacity: 1, points: { x: 1 } }],
    };
    expect(() => deferredAcceptance(typo)).toThrow(
      expect.objectContaining({ code: 'unknown_opening', path: ['participants', 0, 'prefs', 0] }),
    );
    expect(() => deferredAcceptance({ ...instance, openings: [{ id: 'A', capacity: 1, reserve: 2, points: {} }] })).toThrow(
      expect.objectContaining({ code: 'invalid_capacity', path: ['openings', 0, 'reserve'] }),
    );
  });
});
