import { factorDetails, fitScore } from './factors.ts';
import type { RankingIndex } from './compiled.ts';
import { priorityOf } from './rank.ts';
import { allFailures, OVERRIDABLE_MASK, RULE_INDEX, uncheckedRules } from './rules.ts';
import { round2 } from './text.ts';
import { RULE_CODES, type Override, type PairExplanation } from './types.ts';

/**
 * "Why (not)?" for one pair: every failing hard rule with its facts, the first one that still fails
 * after an optional override (legal rules are never bypassed), and the full factor breakdown, which
 * is shown for excluded pairs too so a coordinator can judge an override.
 */
export function explainPair(ix: RankingIndex, participantId: string, openingId: string, override?: Override): PairExplanation {
  const pi = ix.participantAt.get(participantId);
  const oi = ix.openingAt.get(openingId);
  if (pi === undefined) throw new RangeError(`unknown participant ${participantId}`);
  if (oi === undefined) throw new RangeError(`unknown opening ${openingId}`);
  const p = ix.participants[pi]!;
  const o = ix.openings[oi]!;
  let bypass = 0;
  if (override) {
    for (const code of override.rules ?? RULE_CODES) {
      const i = RULE_INDEX.get(code);
      if (i !== undefined && (OVERRIDABLE_MASK & (1 << i)) !== 0) bypass |= 1 << i;
    }
  }
  const failures = allFailures(ix, p, o);
  const whyNot = failures.find((f) => (bypass & (1 << RULE_INDEX.get(f.rule)!)) === 0) ?? null;
  const { factors, missing } = factorDetails(ix, p, o);
  return {
    participantId,
    openingId,
    included: whyNot === null,
    whyNot,
    failures,
    score: round2(fitScore(ix, p, o)),
    factors,
    missing,
    unchecked: uncheckedRules(ix, p, o),
    priority: priorityOf(ix, p),
  };
}
