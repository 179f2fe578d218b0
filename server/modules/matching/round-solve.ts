import { blockingPairs, deferredAcceptance, type DaInstance } from '../../../shared/domain/matching/deferred-acceptance.ts';
import { solveMatchInstance, type MatchInstance } from '../../../shared/domain/matching/instance.ts';
import { seededPermutation } from '../../../shared/domain/matching/random.ts';

/**
 * One batch round from its fixed inputs to its pairs. No I/O, no clock; all randomness from `seed`,
 * so the same inputs and seed give the same pairs (and the same input hash).
 *
 * 1. Pins first, in the order they were made: a pin holds if its pair is eligible (an override may
 *    have made it so; a legal rule never yields), the person is not pinned elsewhere and a place is free.
 * 2. Optimal: the exact max-score solver on the eligible pairs, priority tiers first (flagged, then
 *    long waits: more people in a higher tier are placed before any score counts), scores as
 *    tie-free integers plus one (every eligible pair beats leaving someone out). With a lottery share,
 *    that share of each opening's places (rounded) is then filled by one seeded lottery among the
 *    eligible people still without a place, tiers again first.
 *    Preference: participant-proposing deferred acceptance on the people's own ranked wishes (only
 *    eligible openings count), openings ranking people by fit score, a reserve for flagged people.
 */

export interface RoundInput {
  mode: 'optimal' | 'preference';
  seed: number;
  lotteryShare: number;
  priorityReserveShare: number;
  participants: ReadonlyArray<{ id: string; tier: number; priority: boolean }>;
  openings: ReadonlyArray<{ id: string; capacity: number }>;
  /** Eligible pairs (hidden ones already removed) with their fit score 0–100. */
  edges: ReadonlyArray<{ participantId: string; openingId: string; score: number }>;
  /** Pinned pairs, oldest first. */
  pins: ReadonlyArray<{ participantId: string; openingId: string }>;
  /** Preference mode: opening ids, most wanted first. */
  preferences: ReadonlyMap<string, readonly string[]>;
}

export type Via = 'score' | 'lottery' | 'pin' | 'preference';

export interface RoundOutput {
  pairs: Array<{ participantId: string; openingId: string; score: number; via: Via }>;
  objective: number;
  pinsApplied: Array<{ participantId: string; openingId: string }>;
  pinsNotApplied: Array<{
    participantId: string;
    openingId: string;
    reason: 'not_eligible' | 'pinned_elsewhere' | 'opening_full' | 'not_in_round';
  }>;
  blockingPairs: Array<{ participantId: string; openingId: string }> | null;
}

const key = (p: string, o: string) => `${p} ${o}`;

export function solveRound(input: RoundInput): RoundOutput {
  const score = new Map(input.edges.map((e) => [key(e.participantId, e.openingId), e.score]));
  const inRound = new Set(input.participants.map((p) => p.id));
  const capacity = new Map(input.openings.map((o) => [o.id, o.capacity]));
  const out: RoundOutput = { pairs: [], objective: 0, pinsApplied: [], pinsNotApplied: [], blockingPairs: null };
  const placed = new Set<string>();

  for (const pin of input.pins) {
    const s = score.get(key(pin.participantId, pin.openingId));
    const reason =
      !inRound.has(pin.participantId) || !capacity.has(pin.openingId)
        ? 'not_in_round'
        : placed.has(pin.participantId)
          ? 'pinned_elsewhere'
          : s === undefined
            ? 'not_eligible'
            : capacity.get(pin.openingId)! <= 0
              ? 'opening_full'
              : null;
    if (reason) {
      out.pinsNotApplied.push({ ...pin, reason });
      continue;
    }
    capacity.set(pin.openingId, capacity.get(pin.openingId)! - 1);
    placed.add(pin.participantId);
    out.pairs.push({ ...pin, score: s!, via: 'pin' });
    out.pinsApplied.push(pin);
  }

  const people = input.participants.filter((p) => !placed.has(p.id));
  const edges = input.edges.filter((e) => !placed.has(e.participantId) && (capacity.get(e.openingId) ?? 0) > 0);
  if (input.mode === 'optimal') solveOptimal(input, people, edges, capacity, out);
  else solvePreference(input, people, edges, capacity, out);
  out.objective = Math.round(out.pairs.reduce((sum, p) => sum + p.score, 0) * 100) / 100;
  out.pairs.sort((a, b) => (a.participantId < b.participantId ? -1 : a.participantId > b.participantId ? 1 : 0));
  return out;
}

function solveOptimal(
  input: RoundInput,
  people: RoundInput['participants'],
  edges: RoundInput['edges'],
  capacity: Map<string, number>,
  out: RoundOutput,
): void {
  const lotterySeats = new Map([...capacity].map(([o, c]) => [o, Math.round(c * input.lotteryShare)]));
  const meritCap = (o: string) => capacity.get(o)! - lotterySeats.get(o)!;
  const first = solve(
    people,
    input.openings.map((o) => ({ id: o.id, capacity: meritCap(o.id) })),
    edges.map((e) => ({ p: e.participantId, o: e.openingId, score: e.score + 1 })),
    input.seed,
  );
  const scoreOf = new Map(edges.map((e) => [key(e.participantId, e.openingId), e.score]));
  const used = new Map<string, number>();
  const placed = new Set<string>();
  for (const pair of first) {
    out.pairs.push({ participantId: pair.p, openingId: pair.o, score: scoreOf.get(key(pair.p, pair.o))!, via: 'score' });
    used.set(pair.o, (used.get(pair.o) ?? 0) + 1);
    placed.add(pair.p);
  }
  if (input.lotteryShare <= 0) return;
  // One lottery number per person (shared by every opening), drawn from the stored seed.
  const order = seededPermutation(input.participants.length, input.seed ^ 0x5bd1e995);
  const ticket = new Map(input.participants.map((p, i) => [p.id, input.participants.length - order[i]!]));
  const rest = people.filter((p) => !placed.has(p.id));
  const second = solve(
    rest,
    input.openings.map((o) => ({ id: o.id, capacity: Math.max(0, capacity.get(o.id)! - (used.get(o.id) ?? 0)) })),
    edges
      .filter((e) => !placed.has(e.participantId))
      .map((e) => ({ p: e.participantId, o: e.openingId, score: ticket.get(e.participantId)! })),
    input.seed,
  );
  for (const pair of second)
    out.pairs.push({ participantId: pair.p, openingId: pair.o, score: scoreOf.get(key(pair.p, pair.o))!, via: 'lottery' });
}

function solve(
  people: RoundInput['participants'],
  openings: Array<{ id: string; capacity: number }>,
  edges: MatchInstance['edges'],
  seed: number,
) {
  const instance = {
    objective: 'max-total-score' as const,
    participants: people.map((p) => ({ id: p.id, tier: p.tier })),
    openings,
    edges,
    seed,
  } satisfies MatchInstance;
  return solveMatchInstance(instance).assignment;
}

function solvePreference(
  input: RoundInput,
  people: RoundInput['participants'],
  edges: RoundInput['edges'],
  capacity: Map<string, number>,
  out: RoundOutput,
): void {
  const eligible = new Set(edges.map((e) => key(e.participantId, e.openingId)));
  const points = new Map<string, Record<string, number>>();
  for (const e of edges) {
    const row = points.get(e.openingId) ?? {};
    row[e.participantId] = e.score;
    points.set(e.openingId, row);
  }
  const instance: DaInstance = {
    participants: people.map((p) => ({
      id: p.id,
      priority: p.priority,
      prefs: (input.preferences.get(p.id) ?? []).filter((o) => eligible.has(key(p.id, o))),
    })),
    openings: input.openings.map((o) => {
      const cap = Math.max(0, capacity.get(o.id)!);
      return {
        id: o.id,
        capacity: cap,
        reserve: Math.min(cap, Math.floor(cap * input.priorityReserveShare)),
        points: points.get(o.id) ?? {},
      };
    }),
  };
  const matching = deferredAcceptance(instance, { seed: input.seed });
  const scoreOf = new Map(edges.map((e) => [key(e.participantId, e.openingId), e.score]));
  for (const pair of matching)
    out.pairs.push({ participantId: pair.p, openingId: pair.o, score: scoreOf.get(key(pair.p, pair.o))!, via: 'preference' });
  out.blockingPairs = blockingPairs(instance, matching).map((b) => ({ participantId: b.p, openingId: b.o }));
}
