import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { solveAssignment } from './assignment.ts';
import { decimalsNeeded } from './compile.ts';
import { bruteForce, denseHungarianMilli, problemArb, valueOf } from './testing.ts';
import type { SmallProblem } from './testing.ts';

const small = problemArb({ maxParticipants: 7, maxOpenings: 4, maxCapacity: 2 });
const medium = problemArb({ maxParticipants: 30, maxOpenings: 10, maxCapacity: 3 });

function expectFeasible(problem: SmallProblem, openingOf: Int32Array, edgeOf: Int32Array): void {
  const used = new Array<number>(problem.openings).fill(0);
  openingOf.forEach((o, p) => {
    const e = edgeOf[p]!;
    if (o < 0) {
      expect(e).toBe(-1);
      return;
    }
    // Only along a listed edge of this participant, and only one worth taking.
    expect(problem.edgeParticipant[e]).toBe(p);
    expect(problem.edgeOpening[e]).toBe(o);
    expect(problem.score[e]).toBeGreaterThan(0);
    used[o] = used[o]! + 1;
  });
  used.forEach((n, o) => expect(n).toBeLessThanOrEqual(problem.capacity[o]!));
}

describe('solveAssignment', () => {
  it('never breaks a capacity, never uses a non-edge, matches each participant at most once', () => {
    fc.assert(
      fc.property(medium, fc.option(fc.integer(), { nil: undefined }), (problem, seed) => {
        const result = solveAssignment(problem, { seed });
        expect(result.openingOf).toHaveLength(problem.participants);
        expectFeasible(problem, result.openingOf, result.edgeOf);
        expect(result.matched).toBe(result.openingOf.filter((o) => o >= 0).length);
        const sum = Array.from(result.edgeOf).reduce((acc, e) => (e < 0 ? acc : acc + problem.score[e]!), 0);
        expect(result.objective).toBeCloseTo(sum, 9);
      }),
      { numRuns: 300 },
    );
  });

  it('equals the brute-force optimum on small instances', () => {
    fc.assert(
      fc.property(small, (problem) => {
        const result = solveAssignment(problem);
        const [bestMilli] = bruteForce(problem);
        expect(Math.round(result.objective * 1000)).toBe(bestMilli);
        expect(result.exact).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });

  it('equals a dense textbook Hungarian on medium instances', () => {
    fc.assert(
      fc.property(medium, (problem) => {
        const result = solveAssignment(problem);
        expect(Math.round(result.objective * 1000)).toBe(denseHungarianMilli(problem));
      }),
      { numRuns: 300 },
    );
  });

  it('optimises tiers lexicographically: matched counts from the highest tier down, then score', () => {
    const tiered = problemArb({ maxParticipants: 7, maxOpenings: 3, maxCapacity: 2, tiers: true });
    fc.assert(
      fc.property(tiered, (problem) => {
        const result = solveAssignment(problem);
        expectFeasible(problem, result.openingOf, result.edgeOf);
        expect(valueOf(problem, result.edgeOf)).toEqual(bruteForce(problem));
      }),
      { numRuns: 1000 },
    );
  });

  it('gives the same assignment for the same seed, and the same optimum for any seed', () => {
    fc.assert(
      fc.property(medium, fc.integer(), fc.integer(), (problem, seed, other) => {
        const first = solveAssignment(problem, { seed });
        const again = solveAssignment(problem, { seed });
        expect(again.openingOf).toEqual(first.openingOf);
        expect(solveAssignment(problem, { seed: other }).objective).toBe(first.objective);
        expect(solveAssignment(problem).openingOf).toEqual(solveAssignment(problem).openingOf);
      }),
      { numRuns: 100 },
    );
  });

  it('lets a seed pick a different optimum among ties', () => {
    // Ten participants, one seat, all tied: who wins depends only on the seed.
    const problem: SmallProblem = {
      participants: 10,
      openings: 1,
      capacity: [1],
      edgeParticipant: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
      edgeOpening: new Array<number>(10).fill(0),
      score: new Array<number>(10).fill(50),
    };
    const winners = new Set<number>();
    for (let seed = 0; seed < 20; seed++) {
      const result = solveAssignment(problem, { seed });
      expect(result.objective).toBe(50);
      winners.add(result.openingOf.indexOf(0));
    }
    expect(winners.size).toBeGreaterThan(1);
  });

  it('never takes an edge with score 0 or below', () => {
    const result = solveAssignment({
      participants: 3,
      openings: 1,
      capacity: [5],
      edgeParticipant: [0, 1, 2],
      edgeOpening: [0, 0, 0],
      score: [0, -4, 2.5],
    });
    expect(Array.from(result.openingOf)).toEqual([-1, -1, 0]);
    expect(result.objective).toBe(2.5);
  });

  it('moves an earlier participant when that frees a better total', () => {
    // p0 likes o0 (10) and o1 (9); p1 only o0 (8). Best: p0→o1, p1→o0 = 17.
    const result = solveAssignment({
      participants: 2,
      openings: 2,
      capacity: [1, 1],
      edgeParticipant: [0, 0, 1],
      edgeOpening: [0, 1, 0],
      score: [10, 9, 8],
    });
    expect(Array.from(result.openingOf)).toEqual([1, 0]);
    expect(result.objective).toBe(17);
  });

  it('adds decimal scores exactly by working in scaled integers', () => {
    const result = solveAssignment({
      participants: 3,
      openings: 1,
      capacity: [3],
      edgeParticipant: [0, 1, 2],
      edgeOpening: [0, 0, 0],
      score: [0.1, 0.2, 73.5],
    });
    expect(result.objective).toBe(73.8);
    expect(result.decimals).toBe(1);
    expect(result.exact).toBe(true);
  });

  it('reports rounding when a score needs more than six decimals', () => {
    expect(decimalsNeeded([73.5, 1.25])).toEqual({ decimals: 2, exact: true });
    expect(decimalsNeeded([0.001, 2])).toEqual({ decimals: 3, exact: true });
    expect(decimalsNeeded([1 / 3])).toEqual({ decimals: 6, exact: false });
    expect(decimalsNeeded([0.3, 0.7, 2.675])).toEqual({ decimals: 3, exact: true });
    expect(decimalsNeeded([1e-7])).toEqual({ decimals: 6, exact: false });
    expect(decimalsNeeded([0.1 + 0.2])).toEqual({ decimals: 6, exact: false });
    // Too large to scale by 10 and stay below 2^53 across the search: rounded, and said so.
    const huge = solveAssignment({
      participants: 2,
      openings: 1,
      capacity: [1],
      edgeParticipant: [0, 1],
      edgeOpening: [0, 0],
      score: [1e15 + 0.5, 3],
    });
    expect(huge).toMatchObject({ matched: 1, exact: false });
    expect(Array.from(huge.openingOf)).toEqual([0, -1]);
    expect(
      solveAssignment({
        participants: 1,
        openings: 1,
        capacity: [1],
        edgeParticipant: [0],
        edgeOpening: [0],
        score: [1 / 3],
      }).exact,
    ).toBe(false);
  });

  it('rejects malformed numeric problems instead of mis-solving them', () => {
    const base: SmallProblem = {
      participants: 1,
      openings: 1,
      capacity: [1],
      edgeParticipant: [0],
      edgeOpening: [0],
      score: [1],
    };
    const cases: [Partial<SmallProblem>, string][] = [
      [{ edgeParticipant: [1] }, 'unknown_participant'],
      [{ edgeOpening: [-1] }, 'unknown_opening'],
      [{ score: [Infinity] }, 'non_finite_score'],
      [{ capacity: [1.5] }, 'invalid_capacity'],
      [{ tier: [-2] }, 'invalid_tier'],
      [{ capacity: [] }, 'invalid_instance'],
    ];
    for (const [patch, code] of cases) {
      expect(() => solveAssignment({ ...base, ...patch })).toThrow(expect.objectContaining({ code }));
    }
  });

  it('handles empty problems and zero capacities', () => {
    expect(solveAssignment({ participants: 0, openings: 0, capacity: [], edgeParticipant: [], edgeOpening: [], score: [] })).toMatchObject({
      objective: 0,
      matched: 0,
    });
    const closed = solveAssignment({
      participants: 2,
      openings: 1,
      capacity: [0],
      edgeParticipant: [0, 1],
      edgeOpening: [0, 0],
      score: [5, 6],
    });
    expect(closed.matched).toBe(0);
  });
});
