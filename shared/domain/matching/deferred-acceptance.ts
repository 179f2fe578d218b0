import { MatchInputError } from './errors.ts';
import { seededPermutation } from './random.ts';
import type { MatchPair } from './instance.ts';

/**
 * Participant-proposing deferred acceptance (Gale–Shapley) with capacities and reserved seats.
 *
 * Where the max-total-score solver optimises a programme-wide number, this one gives the stable
 * outcome that is best for every participant at once and that nobody can game by misreporting
 * preferences. Openings rank participants by `points` (higher first; ties are broken by one
 * lottery shared by all openings, drawn from `seed`). A pair is acceptable when the participant
 * lists the opening and the opening gives the participant points.
 *
 * Reserves: an opening may hold `reserve` of its seats for participants flagged `priority`. Its
 * choice from a set of applicants fills the reserved seats first with the best priority
 * applicants, then fills the remaining seats (including reserved ones nobody with priority took)
 * with the best of the rest. That choice rule is substitutable and admits as many as it can, so
 * deferred acceptance with it is stable and participant-optimal.
 */

export interface DaParticipant {
  readonly id: string;
  readonly priority?: boolean | undefined;
  /** Opening ids, most preferred first. Openings not listed are unacceptable. */
  readonly prefs: readonly string[];
}

export interface DaOpening {
  readonly id: string;
  readonly capacity: number;
  /** Seats reserved for priority participants (0..capacity); unfilled ones revert to general. */
  readonly reserve?: number | undefined;
  /** Admission points per participant id, higher first. Participants absent are unacceptable. */
  readonly points: Readonly<Record<string, number>>;
}

export interface DaInstance {
  readonly participants: readonly DaParticipant[];
  readonly openings: readonly DaOpening[];
}

export interface DaOptions {
  /** Lottery seed. Without one, ties go to the participant listed first. */
  readonly seed?: number | undefined;
}

interface Compiled {
  readonly prefs: readonly (readonly number[])[];
  readonly points: readonly ReadonlyMap<number, number>[];
  readonly priority: readonly boolean[];
  readonly capacity: readonly number[];
  readonly reserve: readonly number[];
  readonly participantIndex: ReadonlyMap<string, number>;
  readonly openingIndex: ReadonlyMap<string, number>;
}

/** Returns the participant-optimal stable assignment, in participant input order. */
export function deferredAcceptance(instance: DaInstance, options: DaOptions = {}): MatchPair[] {
  const c = compile(instance);
  const n = instance.participants.length;
  const lottery = options.seed === undefined ? null : lotteryRanks(n, options.seed);
  const rank = (p: number): number => (lottery ? lottery[p]! : p);
  const held: number[][] = instance.openings.map(() => []);
  const next = new Int32Array(n);
  const free: number[] = [];
  for (let p = n - 1; p >= 0; p--) free.push(p);
  while (free.length > 0) {
    const p = free.pop()!;
    const prefs = c.prefs[p]!;
    if (next[p]! >= prefs.length) continue;
    const o = prefs[next[p]!]!;
    next[p] = next[p]! + 1;
    const applicants = held[o]!;
    applicants.push(p);
    if (applicants.length <= c.capacity[o]!) continue;
    const chosen = choose(c, o, applicants, (a, b) => compareBy(c, o, a, b, rank));
    const chosenSet = new Set(chosen);
    held[o] = chosen;
    for (const q of applicants) if (!chosenSet.has(q)) free.push(q);
  }
  const openingOf = new Int32Array(n).fill(-1);
  held.forEach((ps, o) => ps.forEach((p) => (openingOf[p] = o)));
  const assignment: MatchPair[] = [];
  openingOf.forEach((o, p) => {
    if (o >= 0) assignment.push({ p: instance.participants[p]!.id, o: instance.openings[o]!.id });
  });
  return assignment;
}

/**
 * Pairs (p, o) with justified envy: p prefers o to what p got, and o would pick p from its current
 * holders plus p even with every tie in points broken against p. Ties never block, so the check
 * holds for any lottery and needs none. An empty list means the matching is stable.
 */
export function blockingPairs(instance: DaInstance, matching: readonly MatchPair[]): MatchPair[] {
  const c = compile(instance);
  const openingOf = new Int32Array(instance.participants.length).fill(-1);
  const held: number[][] = instance.openings.map(() => []);
  matching.forEach((pair, i) => {
    const p = c.participantIndex.get(pair.p);
    const o = c.openingIndex.get(pair.o);
    if (p === undefined) throw new MatchInputError('unknown_participant', `unknown participant "${pair.p}"`, [i, 'p']);
    if (o === undefined) throw new MatchInputError('unknown_opening', `unknown opening "${pair.o}"`, [i, 'o']);
    openingOf[p] = o;
    held[o]!.push(p);
  });
  const blocking: MatchPair[] = [];
  c.prefs.forEach((prefs, p) => {
    for (const o of prefs) {
      if (o === openingOf[p]) break;
      const challengerLast = (a: number, b: number): number => {
        const diff = pointsOf(c, o, b) - pointsOf(c, o, a);
        if (diff !== 0) return diff;
        return (a === p ? 1 : 0) - (b === p ? 1 : 0) || a - b;
      };
      if (choose(c, o, [...held[o]!, p], challengerLast).includes(p)) {
        blocking.push({ p: instance.participants[p]!.id, o: instance.openings[o]!.id });
      }
    }
  });
  return blocking;
}

/** One lottery number per participant: their position in a seeded shuffle. */
function lotteryRanks(n: number, seed: number): Int32Array {
  const order = seededPermutation(n, seed >>> 0);
  const rank = new Int32Array(n);
  order.forEach((p, position) => (rank[p] = position));
  return rank;
}

function compareBy(c: Compiled, o: number, a: number, b: number, rank: (p: number) => number): number {
  const diff = pointsOf(c, o, b) - pointsOf(c, o, a);
  return diff !== 0 ? diff : rank(a) - rank(b);
}

/** Unacceptable holders (only in a hand-made matching) rank below everyone. */
function pointsOf(c: Compiled, o: number, p: number): number {
  return c.points[o]!.get(p) ?? -Number.MAX_VALUE;
}

/** The opening's choice rule: reserved seats to the best priority applicants, then the best rest. */
function choose(c: Compiled, o: number, applicants: readonly number[], compare: (a: number, b: number) => number): number[] {
  const sorted = [...applicants].sort(compare);
  const capacity = c.capacity[o]!;
  const chosen: number[] = [];
  const taken = new Set<number>();
  for (const p of sorted) {
    if (chosen.length >= c.reserve[o]!) break;
    if (c.priority[p]) {
      chosen.push(p);
      taken.add(p);
    }
  }
  for (const p of sorted) {
    if (chosen.length >= capacity) break;
    if (!taken.has(p)) chosen.push(p);
  }
  return chosen;
}

function compile(instance: DaInstance): Compiled {
  const participantIndex = uniqueIndex(instance.participants, 'participants');
  const openingIndex = uniqueIndex(instance.openings, 'openings');
  const points = instance.openings.map((opening, o) => {
    const path = ['openings', o];
    if (!Number.isInteger(opening.capacity) || opening.capacity < 0) {
      throw new MatchInputError('invalid_capacity', 'capacity must be a non-negative integer', [...path, 'capacity']);
    }
    const reserve = opening.reserve ?? 0;
    if (!Number.isInteger(reserve) || reserve < 0 || reserve > opening.capacity) {
      throw new MatchInputError('invalid_capacity', 'reserve must be an integer in 0..capacity', [...path, 'reserve']);
    }
    const map = new Map<number, number>();
    for (const [pid, value] of Object.entries(opening.points)) {
      const p = participantIndex.get(pid);
      if (p === undefined) {
        throw new MatchInputError('unknown_participant', `points name unknown participant "${pid}"`, [...path, 'points', pid]);
      }
      if (!Number.isFinite(value)) {
        throw new MatchInputError('non_finite_score', 'points must be finite numbers', [...path, 'points', pid]);
      }
      map.set(p, value);
    }
    return map;
  });
  const prefs = instance.participants.map((participant, p) => {
    const list: number[] = [];
    participant.prefs.forEach((oid, k) => {
      const o = openingIndex.get(oid);
      if (o === undefined) {
        throw new MatchInputError('unknown_opening', `prefs name unknown opening "${oid}"`, ['participants', p, 'prefs', k]);
      }
      if (points[o]!.has(p) && !list.includes(o)) list.push(o);
    });
    return list;
  });
  return {
    prefs,
    points,
    priority: instance.participants.map((p) => p.priority === true),
    capacity: instance.openings.map((o) => o.capacity),
    reserve: instance.openings.map((o) => o.reserve ?? 0),
    participantIndex,
    openingIndex,
  };
}

function uniqueIndex(items: readonly { id: string }[], field: string): Map<string, number> {
  const index = new Map<string, number>();
  items.forEach((item, i) => {
    if (index.has(item.id)) {
      throw new MatchInputError('duplicate_id', `${field} id "${item.id}" is used twice`, [field, i, 'id']);
    }
    index.set(item.id, i);
  });
  return index;
}
