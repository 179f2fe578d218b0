import { dayNumber } from '../../calendar/local-time.ts';
import { congestionMultiplier } from './congestion.ts';
import { factorDetails, fitScore } from './factors.ts';
import type { COpening, CParticipant, RankingIndex } from './compiled.ts';
import { firstFailure, OVERRIDABLE_MASK, RULE_INDEX, RULES, uncheckedRules } from './rules.ts';
import { round2 } from './text.ts';
import {
  RULE_CODES,
  type Adjustments,
  type Hide,
  type OverrideOutcome,
  type Priority,
  type RankedItem,
  type RankedList,
  type RuleCode,
} from './types.ts';

/**
 * Ranking, both ways, with one loop: for an opening its candidates, for a participant their openings.
 * Per pair: the hard rules in order (stop at the first failure), then the fit score; nothing is
 * allocated per pair. Only the returned top `limit` get their factors and evidence built.
 *
 * Order: pinned first, then by rankScore (descending), then by id, so equal inputs give equal lists
 * whatever order the arrays came in. Hidden ids are removed and listed with their reason. An override
 * bypasses only overridable rules (OVERRIDABLE_RULES); legal rules named in one are refused.
 */

export interface RankOptions {
  adjustments?: Adjustments;
  /** Most unpinned results to return; default 50. Pinned results always come along. */
  limit?: number;
  /** List every excluded id with its first failing rule (ids named by pins/overrides are always listed). */
  listExcluded?: boolean;
}

export interface OpeningRankOptions extends RankOptions {
  /** Other participants per opening (see competitionCounts); congestion applies only when given. */
  competition?: ReadonlyMap<string, number>;
}

export const DEFAULT_LIMIT = 50;

interface CompiledOverride {
  mask: number;
  applied: number;
  refused: RuleCode[];
  reason: string;
}

function compileAdjustments(adj: Adjustments | undefined) {
  const pins = new Set(adj?.pins ?? []);
  const hides = new Map<string, Hide>();
  for (const h of adj?.hides ?? []) if (!hides.has(h.id)) hides.set(h.id, h);
  const overrides = new Map<string, CompiledOverride>();
  for (const o of adj?.overrides ?? []) {
    if (overrides.has(o.id)) continue;
    let mask = 0;
    const refused: RuleCode[] = [];
    for (const code of o.rules ?? RULE_CODES.filter((c) => (OVERRIDABLE_MASK & (1 << RULE_INDEX.get(c)!)) !== 0)) {
      const i = RULE_INDEX.get(code);
      if (i === undefined) throw new RangeError(`unknown rule ${String(code)} in override for ${o.id}`);
      if ((OVERRIDABLE_MASK & (1 << i)) !== 0) mask |= 1 << i;
      else if (!refused.includes(code)) refused.push(code);
    }
    overrides.set(o.id, { mask, applied: 0, refused, reason: o.reason });
  }
  return { pins, hides, overrides };
}

function bitsToCodes(mask: number): RuleCode[] {
  return RULE_CODES.filter((_, i) => (mask & (1 << i)) !== 0);
}

/** Priority as shown beside the score: the flag and the days waited up to the ranking date. */
export function priorityOf(ix: RankingIndex, p: CParticipant): Priority {
  const since = p.src.waitingSince;
  return { flagged: p.src.priority === true, waitingDays: since ? Math.max(0, ix.onDay - dayNumber(since)) : null };
}

type Side = 'candidates' | 'openings';

function rank(ix: RankingIndex, side: Side, fixedP: CParticipant | null, fixedO: COpening | null, opts: OpeningRankOptions): RankedList {
  const forCandidates = side === 'candidates';
  const n = forCandidates ? ix.participants.length : ix.openings.length;
  const { pins, hides, overrides } = compileAdjustments(opts.adjustments);
  const byIdCheck = hides.size > 0 || overrides.size > 0;
  const at = forCandidates ? ix.participantAt : ix.openingAt;
  const pinFlag = new Uint8Array(n);
  for (const id of pins) {
    const i = at.get(id);
    if (i !== undefined) pinFlag[i] = 1;
  }
  const competition = forCandidates ? undefined : opts.competition;
  const beta = ix.weightSet.congestion;
  const scores = new Float64Array(n);
  const rankScores = new Float64Array(n);
  const included: number[] = [];
  const byRule = new Int32Array(RULES.length);
  const excludedItems: Array<{ id: string; rule: RuleCode }> = [];
  const hidden: RankedList['hidden'] = [];
  const outcomes: OverrideOutcome[] = [];
  const idOf = (i: number): string => (forCandidates ? ix.participants[i]!.id : ix.openings[i]!.id);

  for (let i = 0; i < n; i++) {
    const p = fixedP ?? ix.participants[i]!;
    const o = fixedO ?? ix.openings[i]!;
    let bypass = 0;
    let ov: CompiledOverride | undefined;
    if (byIdCheck) {
      const hide = hides.get(idOf(i));
      if (hide) {
        const f = firstFailure(ix, p, o, 0);
        hidden.push({ ...hide, excludedBy: f < 0 ? null : RULE_CODES[f]! });
        continue;
      }
      ov = overrides.get(idOf(i));
      if (ov) {
        bypass = ov.mask;
        for (let r = 0; r < RULES.length; r++) if ((bypass & (1 << r)) !== 0 && RULES[r]!.fails(ix, p, o)) ov.applied |= 1 << r;
      }
    }
    const f = firstFailure(ix, p, o, bypass);
    if (ov) {
      outcomes.push({
        id: idOf(i),
        reason: ov.reason,
        applied: f < 0 ? bitsToCodes(ov.applied) : [],
        refused: ov.refused,
        stillExcludedBy: f < 0 ? null : RULE_CODES[f]!,
      });
    }
    if (f >= 0) {
      byRule[f]!++;
      if (opts.listExcluded || ov !== undefined || pinFlag[i] === 1) excludedItems.push({ id: idOf(i), rule: RULE_CODES[f]! });
      continue;
    }
    const s = fitScore(ix, p, o);
    scores[i] = s;
    rankScores[i] = competition ? s * congestionMultiplier(o.places, competition.get(o.id) ?? 0, beta) : s;
    included.push(i);
  }

  included.sort((a, b) => pinFlag[b]! - pinFlag[a]! || rankScores[b]! - rankScores[a]! || (idOf(a) < idOf(b) ? -1 : 1));

  const limit = opts.limit ?? DEFAULT_LIMIT;
  const results: RankedItem[] = [];
  let unpinned = 0;
  for (const i of included) {
    const isPinned = pinFlag[i] === 1;
    if (!isPinned && unpinned >= limit) break;
    if (!isPinned) unpinned++;
    const p = fixedP ?? ix.participants[i]!;
    const o = fixedO ?? ix.openings[i]!;
    const ov = overrides.get(idOf(i));
    const { factors, missing } = factorDetails(ix, p, o);
    const competitors = competition ? (competition.get(o.id) ?? 0) : 0;
    results.push({
      id: idOf(i),
      rank: results.length + 1,
      pinned: isPinned,
      overridden: ov ? bitsToCodes(ov.applied) : [],
      overrideReason: ov && ov.applied !== 0 ? ov.reason : null,
      score: round2(scores[i]!),
      rankScore: round2(rankScores[i]!),
      factors,
      missing,
      unchecked: uncheckedRules(ix, p, o),
      priority: priorityOf(ix, p),
      congestion: competition
        ? { competitors, places: o.places, multiplier: round2(congestionMultiplier(o.places, competitors, beta)) }
        : null,
    });
  }

  const counts = Object.fromEntries(RULE_CODES.map((c, r) => [c, byRule[r]!])) as Record<RuleCode, number>;
  const total = byRule.reduce((a, b) => a + b, 0);
  return {
    side,
    subjectId: forCandidates ? fixedO!.id : fixedP!.id,
    onDate: ix.onDate,
    weightSet: { name: ix.weightSet.name, version: ix.weightSet.version },
    results,
    totalIncluded: included.length,
    hidden: hidden.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    excluded: { total, byRule: counts, ...(excludedItems.length > 0 || opts.listExcluded ? { items: excludedItems.sort(byId) } : {}) },
    overrides: outcomes.sort(byId),
  };
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Candidates for one opening, best first. Throws a RangeError for an unknown opening id. */
export function rankCandidates(ix: RankingIndex, openingId: string, opts: RankOptions = {}): RankedList {
  const at = ix.openingAt.get(openingId);
  if (at === undefined) throw new RangeError(`unknown opening ${openingId}`);
  return rank(ix, 'candidates', null, ix.openings[at]!, opts);
}

/** Openings for one participant, best first, congestion-adjusted when `competition` is given. */
export function rankOpenings(ix: RankingIndex, participantId: string, opts: OpeningRankOptions = {}): RankedList {
  const at = ix.participantAt.get(participantId);
  if (at === undefined) throw new RangeError(`unknown participant ${participantId}`);
  return rank(ix, 'openings', ix.participants[at]!, null, opts);
}
