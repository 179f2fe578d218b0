import fc from 'fast-check';
import type { AssignmentProblem } from './assignment.ts';

/**
 * Test-only helpers: random small instances and two independent reference solvers (exhaustive
 * search and a textbook dense Hungarian). Kept out of the test files so each stays about one
 * concern; nothing in production imports this file.
 */

export interface SmallProblem extends AssignmentProblem {
  readonly capacity: number[];
  readonly edgeParticipant: number[];
  readonly edgeOpening: number[];
  readonly score: number[];
  readonly tier?: number[] | undefined;
}

/** Scores with many ties, zeros, negatives and up to three decimals. */
export const scoreArb: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -5, max: 12 }),
  fc.integer({ min: -5_000, max: 100_000 }).map((x) => x / 1000),
  fc.constantFrom(0, 7.5, 10, 73.5),
);

export function problemArb(limits: {
  maxParticipants: number;
  maxOpenings: number;
  maxCapacity: number;
  tiers?: boolean;
}): fc.Arbitrary<SmallProblem> {
  return fc
    .record({
      participants: fc.noBias(fc.integer({ min: 0, max: limits.maxParticipants })),
      openings: fc.noBias(fc.integer({ min: 0, max: limits.maxOpenings })),
      density: fc.constantFrom(2, 3, 5),
    })
    .chain(({ participants, openings, density }) =>
      fc
        .record({
          capacity: fc.array(fc.integer({ min: 0, max: limits.maxCapacity }), { minLength: openings, maxLength: openings }),
          // One optional score per pair, about 1/2, 2/3 or 4/5 of pairs present.
          cells: fc.array(fc.option(scoreArb, { nil: null, freq: density }), {
            minLength: participants * openings,
            maxLength: participants * openings,
          }),
          tier: limits.tiers
            ? fc.array(fc.integer({ min: 0, max: 2 }), { minLength: participants, maxLength: participants })
            : fc.constant(undefined),
        })
        .map(({ capacity, cells, tier }) => {
          const edgeParticipant: number[] = [];
          const edgeOpening: number[] = [];
          const score: number[] = [];
          cells.forEach((s, cell) => {
            if (s === null) return;
            edgeParticipant.push(Math.floor(cell / openings));
            edgeOpening.push(cell % openings);
            score.push(s);
          });
          return { participants, openings, capacity, edgeParticipant, edgeOpening, score, tier };
        }),
    );
}

/**
 * Exhaustive optimum over every feasible assignment using positive-score edges. Returns the best
 * value vector: matched counts per tier from the highest down to (not including) the lowest tier
 * present, then the total score in thousandths (scores have ≤ 3 decimals, so this is exact).
 */
export function bruteForce(problem: SmallProblem): number[] {
  const tiers = [...new Set(problem.tier ?? [0])].sort((a, b) => b - a).slice(0, -1);
  const byParticipant: { o: number; milli: number }[][] = Array.from({ length: problem.participants }, () => []);
  problem.score.forEach((s, e) => {
    if (s > 0) byParticipant[problem.edgeParticipant[e]!]!.push({ o: problem.edgeOpening[e]!, milli: Math.round(s * 1000) });
  });
  const left = [...problem.capacity];
  const counts = tiers.map(() => 0);
  let best: number[] | null = null;
  const visit = (p: number, milli: number): void => {
    if (p === problem.participants) {
      const value = [...counts, milli];
      if (!best || compareVectors(value, best) > 0) best = value;
      return;
    }
    visit(p + 1, milli);
    const t = tiers.indexOf(problem.tier?.[p] ?? 0);
    for (const { o, milli: w } of byParticipant[p]!) {
      if (left[o]! === 0) continue;
      left[o] = left[o]! - 1;
      if (t >= 0) counts[t] = counts[t]! + 1;
      visit(p + 1, milli + w);
      if (t >= 0) counts[t] = counts[t]! - 1;
      left[o] = left[o]! + 1;
    }
  };
  visit(0, 0);
  return best ?? [0];
}

export function compareVectors(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/** Value vector of a given assignment, in bruteForce's format. */
export function valueOf(problem: SmallProblem, edgeOf: Int32Array): number[] {
  const tiers = [...new Set(problem.tier ?? [0])].sort((a, b) => b - a).slice(0, -1);
  const counts = tiers.map(() => 0);
  let milli = 0;
  edgeOf.forEach((e, p) => {
    if (e < 0) return;
    milli += Math.round(problem.score[e]! * 1000);
    const t = tiers.indexOf(problem.tier?.[p] ?? 0);
    if (t >= 0) counts[t] = counts[t]! + 1;
  });
  return [...counts, milli];
}

/**
 * Textbook O(n²m) Hungarian on the dense slot-expanded matrix (one column per seat plus one
 * "unmatched" column per participant at cost 0, real edges at −score in thousandths). Returns the
 * optimal total score in thousandths. Independent of the sparse solver: no potentials shortcut,
 * no early exit, no CSR.
 */
export function denseHungarianMilli(problem: SmallProblem): number {
  const n = problem.participants;
  if (n === 0) return 0;
  const seatsOf = problem.capacity.map((c) => c);
  const seatStart: number[] = [];
  let seats = 0;
  for (const c of seatsOf) {
    seatStart.push(seats);
    seats += c;
  }
  const m = seats + n;
  const BIG = 1e12;
  const cost = Array.from({ length: n }, (_, i) => {
    const row = new Array<number>(m).fill(BIG);
    row[seats + i] = 0;
    return row;
  });
  problem.score.forEach((s, e) => {
    const p = problem.edgeParticipant[e]!;
    const o = problem.edgeOpening[e]!;
    for (let k = 0; k < seatsOf[o]!; k++) cost[p]![seatStart[o]! + k] = -Math.round(s * 1000);
  });
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(m + 1).fill(0);
  const owner = new Array<number>(m + 1).fill(0);
  const way = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    owner[0] = i;
    let j0 = 0;
    const minv = new Array<number>(m + 1).fill(Infinity);
    const used = new Array<boolean>(m + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = owner[j0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = cost[i0 - 1]![j - 1]! - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[owner[j]!] = u[owner[j]!]! + delta;
          v[j] = v[j]! - delta;
        } else {
          minv[j] = minv[j]! - delta;
        }
      }
      j0 = j1;
    } while (owner[j0] !== 0);
    do {
      const j1 = way[j0]!;
      owner[j0] = owner[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  let total = 0;
  for (let j = 1; j <= m; j++) if (owner[j]! > 0) total += Math.min(0, cost[owner[j]! - 1]![j - 1]!);
  return total === 0 ? 0 : -total;
}
