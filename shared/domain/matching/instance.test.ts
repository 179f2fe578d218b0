import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseMatchInstance, solveMatchInstance } from './instance.ts';
import { MatchInputError } from './errors.ts';
import type { MatchErrorCode } from './errors.ts';
import { problemArb } from './testing.ts';

const valid = {
  objective: 'max-total-score',
  participants: [{ id: 'p1' }, { id: 'p2', tier: 1 }],
  openings: [
    { id: 'o1', capacity: 1 },
    { id: 'o2', capacity: 2 },
  ],
  edges: [
    { p: 'p1', o: 'o1', score: 73.5 },
    { p: 'p2', o: 'o1', score: 60 },
    { p: 'p2', o: 'o2', score: 12.25 },
  ],
};

type Doc = Record<string, unknown>;

function expectError(doc: unknown, code: MatchErrorCode, path: readonly (string | number)[]): void {
  let caught: unknown;
  try {
    parseMatchInstance(doc);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(MatchInputError);
  const error = caught as MatchInputError;
  expect({ code: error.code, path: error.path }).toEqual({ code, path });
  expect(error.message.length).toBeGreaterThan(0);
}

const withEdges = (edges: unknown[]): Doc => ({ ...valid, edges });
const withOpenings = (openings: unknown[]): Doc => ({ ...valid, openings });

describe('parseMatchInstance', () => {
  it('accepts the documented format and solves it', () => {
    const instance = parseMatchInstance(valid);
    expect(solveMatchInstance(instance)).toEqual({
      assignment: [
        { p: 'p1', o: 'o1' },
        { p: 'p2', o: 'o2' },
      ],
      objective: 85.75,
      matched: 2,
    });
  });

  it('lets a higher tier win a seat even at a lower total score', () => {
    const instance = parseMatchInstance({
      ...valid,
      openings: [{ id: 'o1', capacity: 1 }],
      edges: [
        { p: 'p1', o: 'o1', score: 73.5 },
        { p: 'p2', o: 'o1', score: 60 },
      ],
    });
    expect(solveMatchInstance(instance)).toMatchObject({ assignment: [{ p: 'p2', o: 'o1' }], objective: 60 });
  });

  it('rejects a document of the wrong shape', () => {
    expectError(null, 'invalid_instance', []);
    expectError({ ...valid, edges: undefined }, 'invalid_instance', ['edges']);
    expectError(withEdges([{ p: 'p1', o: 'o1', score: '73.5' }]), 'invalid_instance', ['edges', 0, 'score']);
    expectError({ ...valid, participants: [{ id: '' }] }, 'invalid_instance', ['participants', 0, 'id']);
  });

  it('rejects an unknown objective', () => {
    expectError({ ...valid, objective: 'min-cost' }, 'unknown_objective', ['objective']);
  });

  it('rejects duplicate ids', () => {
    expectError({ ...valid, participants: [{ id: 'p1' }, { id: 'p1' }] }, 'duplicate_id', ['participants', 1, 'id']);
    expectError(
      withOpenings([
        { id: 'o1', capacity: 1 },
        { id: 'o1', capacity: 1 },
      ]),
      'duplicate_id',
      ['openings', 1, 'id'],
    );
  });

  it('rejects negative, fractional and infinite capacities', () => {
    for (const capacity of [-1, 1.5, Infinity]) {
      expectError(
        withOpenings([
          { id: 'o1', capacity },
          { id: 'o2', capacity: 1 },
        ]),
        'invalid_capacity',
        ['openings', 0, 'capacity'],
      );
    }
  });

  it('rejects non-finite scores, including 1e999 from JSON', () => {
    for (const score of [NaN, Infinity, -Infinity]) {
      expectError(withEdges([{ p: 'p1', o: 'o1', score }]), 'non_finite_score', ['edges', 0, 'score']);
    }
    const text =
      '{"objective":"max-total-score","participants":[{"id":"p"}],"openings":[{"id":"o","capacity":1}],' +
      '"edges":[{"p":"p","o":"o","score":1e999}]}';
    expectError(JSON.parse(text), 'non_finite_score', ['edges', 0, 'score']);
  });

  it('rejects edges to unknown participants or openings', () => {
    expectError(
      withEdges([
        { p: 'p1', o: 'o1', score: 1 },
        { p: 'px', o: 'o1', score: 1 },
      ]),
      'unknown_participant',
      ['edges', 1, 'p'],
    );
    expectError(withEdges([{ p: 'p1', o: 'ox', score: 1 }]), 'unknown_opening', ['edges', 0, 'o']);
  });

  it('rejects duplicate edges', () => {
    expectError(
      withEdges([
        { p: 'p1', o: 'o1', score: 1 },
        { p: 'p1', o: 'o1', score: 2 },
      ]),
      'duplicate_edge',
      ['edges', 1],
    );
  });

  it('rejects bad tiers', () => {
    expectError({ ...valid, participants: [{ id: 'p1', tier: -1 }, { id: 'p2' }] }, 'invalid_tier', ['participants', 0, 'tier']);
  });

  it('round-trips random valid documents into feasible assignments', () => {
    fc.assert(
      fc.property(problemArb({ maxParticipants: 12, maxOpenings: 5, maxCapacity: 3 }), fc.integer(), (problem, seed) => {
        const doc = {
          objective: 'max-total-score',
          seed,
          participants: Array.from({ length: problem.participants }, (_, p) => ({ id: `p${p}` })),
          openings: problem.capacity.map((capacity, o) => ({ id: `o${o}`, capacity })),
          edges: problem.score.map((score, e) => ({
            p: `p${problem.edgeParticipant[e]}`,
            o: `o${problem.edgeOpening[e]}`,
            score,
          })),
        };
        const output = solveMatchInstance(parseMatchInstance(JSON.parse(JSON.stringify(doc))));
        expect(output.matched).toBe(output.assignment.length);
        const scores = new Map(doc.edges.map((e) => [`${e.p} ${e.o}`, e.score]));
        let total = 0;
        for (const pair of output.assignment) {
          expect(scores.get(`${pair.p} ${pair.o}`)).toBeGreaterThan(0);
          total += scores.get(`${pair.p} ${pair.o}`)!;
        }
        expect(output.objective).toBeCloseTo(total, 9);
        for (const opening of doc.openings) {
          expect(output.assignment.filter((a) => a.o === opening.id).length).toBeLessThanOrEqual(opening.capacity);
        }
      }),
      { numRuns: 150 },
    );
  });
});
