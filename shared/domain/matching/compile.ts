import { seededPermutation, seededRandom, shuffleInPlace } from './random.ts';
import { MatchInputError } from './errors.ts';
import type { MatchErrorCode } from './errors.ts';
import type { AssignmentProblem } from './assignment.ts';

/**
 * Turns an assignment problem into the solver's integer CSR form. Kept apart from the solver so the
 * numeric choices (scaling, tier bonus, overflow guard) can be read and reviewed in one place.
 *
 * Scaling: scores are multiplied by 10^k for the smallest k ≤ 6 that makes all of them integers
 * (73.5 → k = 1). Every later sum is then an integer-valued double, which is exact while it stays
 * below 2^53, so comparisons need no epsilon. Scores with more than 6 decimals are rounded to
 * 10^-6 (`exact: false`), as is anything whose scaled magnitude would break the 2^53 guard.
 *
 * Tiers: participants of dense tier rank t get a bonus t·(S + 1) on each of their edges, where S is
 * the sum over participants of their best scaled score. Any exchange between two feasible
 * assignments splits into alternating paths that each add at most one participant and drop at
 * most one, and change the score by at most S; so a bonus step larger than S can never be
 * outweighed and the optimum is lexicographic (highest tier's matched count first, then the next,
 * …, then score). A linear bonus keeps the numbers small, unlike the usual exponential one.
 */

export interface CompiledProblem {
  readonly rows: number;
  readonly cols: number;
  /** CSR adjacency of usable edges by participant. */
  readonly adjStart: Int32Array;
  readonly adjCol: Int32Array;
  /** `W − (scaled score + tier bonus)`, ≥ 0. */
  readonly adjCost: Float64Array;
  /** Index of the adjacency entry in the original edge list. */
  readonly adjEdge: Int32Array;
  /** Cost of leaving a participant unmatched: W. */
  readonly exitCost: number;
  /** Seats per opening: min(capacity, usable in-degree), laid out as CSR slots. */
  readonly slotStart: Int32Array;
  readonly slotCap: Int32Array;
  /** Order in which participants are inserted. */
  readonly order: Int32Array;
  readonly factor: number;
  readonly decimals: number;
  readonly exact: boolean;
}

export const MAX_DECIMALS = 6;
const SAFE = 2 ** 53;

export function compileProblem(problem: AssignmentProblem, seed: number | undefined): CompiledProblem {
  assertWellFormed(problem);
  const rows = problem.participants;
  const cols = problem.openings;
  const tierRank = denseTiers(problem);
  let { decimals, exact } = decimalsNeeded(problem.score);
  for (;;) {
    const factor = 10 ** decimals;
    const weights = scaledWeights(problem, factor, tierRank);
    const bound = weights.maxWeight * (rows + cols + 2);
    if (bound <= SAFE || decimals === 0) {
      return build(problem, weights, seed, factor, decimals, exact && bound <= SAFE);
    }
    decimals--;
    exact = false;
  }
}

/**
 * The numeric API trusts nothing it cannot check in one pass: typed arrays would silently drop an
 * out-of-range write and turn a caller's bug into a wrong assignment instead of an error.
 */
function assertWellFormed(problem: AssignmentProblem): void {
  const { participants, openings, capacity, edgeParticipant, edgeOpening, score, tier } = problem;
  const isIndex = (x: number, n: number): boolean => Number.isInteger(x) && x >= 0 && x < n;
  const bad = (code: MatchErrorCode, message: string, path: (string | number)[]): never => {
    throw new MatchInputError(code, message, path);
  };
  if (capacity.length !== openings) bad('invalid_instance', 'capacity needs one entry per opening', ['capacity']);
  if (edgeOpening.length !== score.length || edgeParticipant.length !== score.length) {
    bad('invalid_instance', 'edge arrays differ in length', ['edges']);
  }
  if (tier && tier.length !== participants) bad('invalid_instance', 'tier needs one entry per participant', ['tier']);
  for (let o = 0; o < openings; o++) {
    const c = capacity[o]!;
    if (!Number.isInteger(c) || c < 0) bad('invalid_capacity', 'capacity must be a non-negative integer', ['capacity', o]);
  }
  for (let p = 0; tier && p < participants; p++) {
    const t = tier[p]!;
    if (!Number.isInteger(t) || t < 0) bad('invalid_tier', 'tier must be a non-negative integer', ['tier', p]);
  }
  for (let e = 0; e < score.length; e++) {
    if (!isIndex(edgeParticipant[e]!, participants)) bad('unknown_participant', 'participant index out of range', ['edges', e, 'p']);
    if (!isIndex(edgeOpening[e]!, openings)) bad('unknown_opening', 'opening index out of range', ['edges', e, 'o']);
    if (!Number.isFinite(score[e]!)) bad('non_finite_score', 'score must be a finite number', ['edges', e, 'score']);
  }
}

/**
 * Smallest k ≤ MAX_DECIMALS for which every positive score is a decimal with k digits after the
 * point. The fast path multiplies (0.3 × 10 = 3.0000000000000004 is accepted: 4 ulps of slack);
 * only when that fails is the number's shortest round-trip text consulted ("0.30000000000000004"
 * really has 17 decimals and makes the result inexact).
 */
export function decimalsNeeded(score: ArrayLike<number>): { decimals: number; exact: boolean } {
  let decimals = 0;
  let factor = 1;
  let exact = true;
  for (let e = 0; e < score.length; e++) {
    const s = score[e]!;
    if (!(s > 0) || isIntegral(s * factor)) continue;
    const places = decimalPlaces(s);
    if (places > MAX_DECIMALS) exact = false;
    if (places > decimals) {
      decimals = Math.min(places, MAX_DECIMALS);
      factor = 10 ** decimals;
    }
  }
  return { decimals, exact };
}

function isIntegral(x: number): boolean {
  const magnitude = Math.abs(x);
  return magnitude < 2 ** 40 && Math.abs(x - Math.round(x)) <= 4 * Number.EPSILON * Math.max(1, magnitude);
}

function decimalPlaces(s: number): number {
  const [mantissa = '', exponent = '0'] = String(s).split('e');
  const dot = mantissa.indexOf('.');
  const fraction = dot < 0 ? 0 : mantissa.length - dot - 1;
  return Math.max(0, fraction - Number(exponent));
}

interface Weights {
  /** Scaled score plus tier bonus per edge; 0 marks an edge that is never worth taking. */
  readonly weight: Float64Array;
  readonly maxWeight: number;
}

function scaledWeights(problem: AssignmentProblem, factor: number, tierRank: Int32Array | null): Weights {
  const { edgeParticipant, edgeOpening, score, capacity } = problem;
  const m = score.length;
  const weight = new Float64Array(m);
  const best = tierRank ? new Float64Array(problem.participants) : null;
  let maxWeight = 0;
  for (let e = 0; e < m; e++) {
    const s = score[e]!;
    if (!(s > 0) || !(capacity[edgeOpening[e]!]! > 0)) continue;
    const w = Math.round(s * factor);
    if (w <= 0) continue;
    weight[e] = w;
    if (w > maxWeight) maxWeight = w;
    if (best) {
      const p = edgeParticipant[e]!;
      if (w > best[p]!) best[p] = w;
    }
  }
  if (!tierRank || !best) return { weight, maxWeight };
  let sumBest = 0;
  for (let p = 0; p < best.length; p++) sumBest += best[p]!;
  const step = sumBest + 1;
  maxWeight = 0;
  for (let e = 0; e < m; e++) {
    if (weight[e] === 0) continue;
    const w = weight[e]! + tierRank[edgeParticipant[e]!]! * step;
    weight[e] = w;
    if (w > maxWeight) maxWeight = w;
  }
  return { weight, maxWeight };
}

/** Tier values → 0..T−1 by rank, so tiers 0/5/100 cost no more than 0/1/2. Null if no tiers. */
function denseTiers(problem: AssignmentProblem): Int32Array | null {
  const tier = problem.tier;
  if (!tier) return null;
  const distinct = [...new Set(Array.from({ length: problem.participants }, (_, p) => tier[p] ?? 0))].sort((a, b) => a - b);
  if (distinct.length <= 1) return null;
  const rankOf = new Map(distinct.map((value, rank) => [value, rank]));
  const rank = new Int32Array(problem.participants);
  for (let p = 0; p < problem.participants; p++) rank[p] = rankOf.get(tier[p] ?? 0)!;
  return rank;
}

function build(
  problem: AssignmentProblem,
  { weight, maxWeight }: Weights,
  seed: number | undefined,
  factor: number,
  decimals: number,
  exact: boolean,
): CompiledProblem {
  const rows = problem.participants;
  const cols = problem.openings;
  const { edgeParticipant, edgeOpening, capacity } = problem;
  const m = weight.length;
  const adjStart = new Int32Array(rows + 1);
  const inDegree = new Int32Array(cols);
  let usable = 0;
  for (let e = 0; e < m; e++) {
    if (weight[e] === 0) continue;
    const row = edgeParticipant[e]! + 1;
    const col = edgeOpening[e]!;
    adjStart[row] = adjStart[row]! + 1;
    inDegree[col] = inDegree[col]! + 1;
    usable++;
  }
  for (let p = 0; p < rows; p++) adjStart[p + 1] = adjStart[p + 1]! + adjStart[p]!;
  const fill = adjStart.slice(0, rows);
  const adjEdge = new Int32Array(usable);
  for (let e = 0; e < m; e++) {
    if (weight[e] === 0) continue;
    const p = edgeParticipant[e]!;
    adjEdge[fill[p]!] = e;
    fill[p] = fill[p]! + 1;
  }
  if (seed !== undefined) {
    const random = seededRandom((seed ^ 0x5bd1e995) >>> 0);
    for (let p = 0; p < rows; p++) shuffleInPlace(adjEdge, adjStart[p]!, adjStart[p + 1]!, random);
  }
  for (let p = 0; p < rows; p++) sortByWeightDescending(adjEdge, adjStart[p]!, adjStart[p + 1]!, weight);
  const adjCol = new Int32Array(usable);
  const adjCost = new Float64Array(usable);
  for (let a = 0; a < usable; a++) {
    const e = adjEdge[a]!;
    adjCol[a] = edgeOpening[e]!;
    adjCost[a] = maxWeight - weight[e]!;
  }
  const slotCap = new Int32Array(cols);
  const slotStart = new Int32Array(cols + 1);
  for (let o = 0; o < cols; o++) {
    slotCap[o] = Math.min(capacity[o]!, inDegree[o]!);
    slotStart[o + 1] = slotStart[o]! + slotCap[o]!;
  }
  const order = seed === undefined ? identity(rows) : seededPermutation(rows, seed >>> 0);
  return {
    rows,
    cols,
    adjStart,
    adjCol,
    adjCost,
    adjEdge,
    exitCost: maxWeight,
    slotStart,
    slotCap,
    order,
    factor,
    decimals,
    exact,
  };
}

function identity(n: number): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  return order;
}

/** Stable insertion sort of one row's edges, best first (rows hold tens of edges). */
function sortByWeightDescending(edges: Int32Array, from: number, to: number, weight: Float64Array): void {
  for (let i = from + 1; i < to; i++) {
    const e = edges[i]!;
    const w = weight[e]!;
    let k = i - 1;
    while (k >= from && weight[edges[k]!]! < w) {
      edges[k + 1] = edges[k]!;
      k--;
    }
    edges[k + 1] = e;
  }
}
