import { MinHeap } from './heap.ts';
import { compileProblem } from './compile.ts';
import type { CompiledProblem } from './compile.ts';

/**
 * Exact maximum-total-score assignment with opening capacities ("max-weight b-matching").
 *
 * Each participant takes at most one opening and only along a listed edge; an opening takes at
 * most `capacity` participants; nobody has to be matched. The objective is the sum of scores, so an
 * edge with score ≤ 0 can never raise the total and is never taken.
 *
 * Method: successive shortest paths on the residual graph with node potentials (the Hungarian
 * method in its shortest-augmenting-path form, sparse). Participants are inserted one at a time;
 * each insertion is one Dijkstra on non-negative reduced costs, from the new participant to the
 * nearest free seat *or* to the nearest "leave unmatched" exit, over CSR adjacency in typed arrays.
 * Costs are `W − score` with the exit costing `W`, so every participant is always "assigned" (to a
 * seat or to its private exit) and the problem is a rectangular assignment with non-negative
 * costs. Searches stop at the first terminal popped and only touched nodes have their potential
 * updated, so a search costs the size of the neighbourhood it explores, not the whole graph.
 *
 * Exactness: scores are scaled to integers (×10^k, the smallest k ≤ 6 that makes every score
 * integral) and all arithmetic stays on integers below 2^53, so the optimum is exact, not
 * "within epsilon". See compile.ts for the scaling, the tier bonus and the overflow guard.
 */

export interface AssignmentProblem {
  readonly participants: number;
  readonly openings: number;
  /** Per opening; non-negative integers. */
  readonly capacity: ArrayLike<number>;
  /** Edge list: participant index, opening index, score (finite). */
  readonly edgeParticipant: ArrayLike<number>;
  readonly edgeOpening: ArrayLike<number>;
  readonly score: ArrayLike<number>;
  /**
   * Optional priority tier per participant (non-negative integers, higher first). The objective
   * becomes lexicographic: matched count in the highest tier, then the next tier, …, then the
   * total score.
   */
  readonly tier?: ArrayLike<number> | undefined;
}

export interface AssignmentOptions {
  /**
   * Tie-break seed. Among equally good assignments the solver's choice depends on the order it
   * inserts participants and scans edges; a seed shuffles both (reproducibly). Without a seed the
   * order is the input order.
   */
  readonly seed?: number | undefined;
}

export interface AssignmentResult {
  /** Opening index per participant, −1 when unmatched. */
  readonly openingOf: Int32Array;
  /** Edge index (into the problem's edge list) used by each participant, −1 when unmatched. */
  readonly edgeOf: Int32Array;
  /** Sum of the original scores of the chosen edges (tier bonuses excluded). */
  readonly objective: number;
  readonly matched: number;
  /** Decimal digits kept when scaling scores to integers. */
  readonly decimals: number;
  /**
   * False when scores were rounded to 10^-decimals: they needed more than 6 decimals, or were too
   * large to scale and still keep every sum below 2^53.
   */
  readonly exact: boolean;
}

export function solveAssignment(problem: AssignmentProblem, options: AssignmentOptions = {}): AssignmentResult {
  const compiled = compileProblem(problem, options.seed);
  const edgeOf = shortestAugmentingPaths(compiled);
  const openingOf = new Int32Array(problem.participants).fill(-1);
  let matched = 0;
  let integerSum = 0;
  let floatSum = 0;
  for (let p = 0; p < problem.participants; p++) {
    const e = edgeOf[p]!;
    if (e < 0) continue;
    openingOf[p] = problem.edgeOpening[e]!;
    matched++;
    integerSum += Math.round(problem.score[e]! * compiled.factor);
    floatSum += problem.score[e]!;
  }
  // Exact integers divided once give the correctly rounded decimal total (no 0.1 + 0.2 drift).
  const objective = compiled.exact ? integerSum / compiled.factor : floatSum;
  return { openingOf, edgeOf, objective, matched, decimals: compiled.decimals, exact: compiled.exact };
}

/**
 * The solver proper. Returns, per participant, the index of the chosen edge in the original edge
 * list (or −1).
 *
 * Invariants (reduced cost c'(u,v) = c(u,v) + π(u) − π(v) with π(sink) = 0):
 * - every residual arc has c' ≥ 0; matched arcs have c' = 0;
 * - a seat-free opening has π = 0 (it is never finalised below the search radius D, so it is
 *   never updated), which is why reaching it at distance d means reaching the sink at d;
 * - a participant sent to its exit is never reachable again (its only in-arc is its own exit), so
 *   it stays unmatched for good — as successive shortest paths proves it may.
 */
function shortestAugmentingPaths(c: CompiledProblem): Int32Array {
  const { rows, cols, adjStart, adjCol, adjCost, adjEdge, exitCost, slotStart, slotCap, order } = c;
  const rowPot = new Float64Array(rows);
  const colPot = new Float64Array(cols);
  const colDist = new Float64Array(cols);
  const colSeen = new Int32Array(cols);
  const colDone = new Int32Array(cols);
  const predRow = new Int32Array(cols);
  const predAdj = new Int32Array(cols);
  const count = new Int32Array(cols);
  const slotRow = new Int32Array(slotStart[cols]!);
  const colOf = new Int32Array(rows).fill(-1);
  const slotOf = new Int32Array(rows).fill(-1);
  const adjOf = new Int32Array(rows).fill(-1);
  const popped = new Int32Array(cols);
  const heap = new MinHeap();
  let stamp = 0;

  for (let k = 0; k < order.length; k++) {
    const start = order[k]!;
    if (adjStart[start] === adjStart[start + 1]) continue;
    stamp++;
    heap.clear();
    let nPopped = 0;
    // Leaving `start` unmatched costs exitCost (its potential is still 0).
    let bestExit = exitCost;
    let exitRow = start;
    let terminal = -1;

    // Relax the arcs of `start` at distance 0.
    for (let a = adjStart[start]!, end = adjStart[start + 1]!; a < end; a++) {
      const j = adjCol[a]!;
      const nd = adjCost[a]! - colPot[j]!;
      if (nd > bestExit) continue;
      if (colSeen[j] !== stamp || nd < colDist[j]!) {
        colSeen[j] = stamp;
        colDist[j] = nd;
        predRow[j] = start;
        predAdj[j] = a;
        heap.push(nd, j);
      }
    }

    while (heap.size > 0) {
      // Ties with the exit are explored on purpose: at equal cost we prefer matching someone.
      if (heap.peekKey() > bestExit) break;
      const j = heap.pop();
      if (colDone[j] === stamp) continue;
      colDone[j] = stamp;
      popped[nPopped++] = j;
      if (count[j]! < slotCap[j]!) {
        terminal = j;
        break;
      }
      const d = colDist[j]!;
      // Full opening: walk back along each matched arc (reduced cost 0) to its participant.
      for (let s = slotStart[j]!, sEnd = s + slotCap[j]!; s < sEnd; s++) {
        const r = slotRow[s]!;
        const pr = rowPot[r]!;
        const viaExit = d + exitCost + pr;
        if (viaExit < bestExit) {
          bestExit = viaExit;
          exitRow = r;
        }
        const base = d + pr;
        for (let a = adjStart[r]!, end = adjStart[r + 1]!; a < end; a++) {
          const cost = adjCost[a]!;
          // Rows are sorted by cost and −colPot ≥ 0, so no later arc can come in under the exit.
          if (base + cost > bestExit) break;
          const q = adjCol[a]!;
          if (colDone[q] === stamp) continue; // includes j itself: r → j is saturated
          const nd = base + cost - colPot[q]!;
          if (nd > bestExit) continue;
          if (colSeen[q] !== stamp || nd < colDist[q]!) {
            colSeen[q] = stamp;
            colDist[q] = nd;
            predRow[q] = r;
            predAdj[q] = a;
            heap.push(nd, q);
          }
        }
      }
    }

    const radius = terminal >= 0 ? colDist[terminal]! : bestExit;

    // Potentials: π += d − D on every finalised node (the rest would get D − D = 0).
    rowPot[start] = rowPot[start]! - radius;
    for (let t = 0; t < nPopped; t++) {
      const j = popped[t]!;
      if (j === terminal) continue;
      const delta = colDist[j]! - radius;
      if (delta === 0) continue;
      colPot[j] = colPot[j]! + delta;
      for (let s = slotStart[j]!, sEnd = s + slotCap[j]!; s < sEnd; s++) {
        const r = slotRow[s]!;
        rowPot[r] = rowPot[r]! + delta;
      }
    }

    // Augment: shift every participant on the path one opening forward.
    let j: number;
    let s: number;
    if (terminal >= 0) {
      j = terminal;
      s = slotStart[j]! + count[j]!;
      count[j] = count[j]! + 1;
    } else if (exitRow === start) {
      continue;
    } else {
      j = colOf[exitRow]!;
      s = slotOf[exitRow]!;
      colOf[exitRow] = -1;
      slotOf[exitRow] = -1;
      adjOf[exitRow] = -1;
    }
    for (;;) {
      const r = predRow[j]!;
      const previousSlot = slotOf[r]!;
      const previousCol = colOf[r]!;
      slotRow[s] = r;
      slotOf[r] = s;
      colOf[r] = j;
      adjOf[r] = predAdj[j]!;
      if (r === start) break;
      s = previousSlot;
      j = previousCol;
    }
  }

  const edgeOf = new Int32Array(rows).fill(-1);
  for (let r = 0; r < rows; r++) {
    const a = adjOf[r]!;
    if (a >= 0) edgeOf[r] = adjEdge[a]!;
  }
  return edgeOf;
}
