import type { RankingIndex } from './compiled.ts';
import { fitScore } from './factors.ts';
import { priorityOf } from './rank.ts';
import { firstFailure, OVERRIDABLE_MASK, RULE_INDEX } from './rules.ts';
import { round2 } from './text.ts';
import { RULE_CODES, type Priority, type RuleCode } from './types.ts';

/**
 * Every pair of the given openings × participants, judged by the same hard rules and fit score as
 * the ranked lists but without building evidence: the edges a batch round hands to the assignment
 * solver, and the first failed rule of every excluded pair (why someone had no eligible opening).
 * Overrides bypass only overridable rules, as in the lists; hides and pins are the caller's.
 */
export interface PairScan {
  included: Array<{ participantId: string; openingId: string; score: number; overridden: boolean }>;
  excluded: Array<{ participantId: string; openingId: string; rule: RuleCode }>;
  priority: Map<string, Priority>;
}

/** `overrides`: key `${participantId} ${openingId}` → rules to bypass (undefined = every overridable one). */
export function scanPairs(
  ix: RankingIndex,
  openingIds: readonly string[],
  participantIds: readonly string[],
  overrides: ReadonlyMap<string, readonly RuleCode[] | undefined> = new Map(),
): PairScan {
  const out: PairScan = { included: [], excluded: [], priority: new Map() };
  const ps = participantIds.map((id) => {
    const at = ix.participantAt.get(id);
    if (at === undefined) throw new RangeError(`unknown participant ${id}`);
    const p = ix.participants[at]!;
    out.priority.set(id, priorityOf(ix, p));
    return p;
  });
  for (const openingId of openingIds) {
    const at = ix.openingAt.get(openingId);
    if (at === undefined) throw new RangeError(`unknown opening ${openingId}`);
    const o = ix.openings[at]!;
    for (const p of ps) {
      const key = `${p.id} ${o.id}`;
      let bypass = 0;
      if (overrides.has(key)) {
        for (const code of overrides.get(key) ?? RULE_CODES) bypass |= 1 << RULE_INDEX.get(code)!;
        bypass &= OVERRIDABLE_MASK;
      }
      const f = firstFailure(ix, p, o, bypass);
      if (f >= 0) out.excluded.push({ participantId: p.id, openingId: o.id, rule: RULE_CODES[f]! });
      else
        out.included.push({
          participantId: p.id,
          openingId: o.id,
          score: round2(fitScore(ix, p, o)),
          overridden: bypass !== 0 && firstFailure(ix, p, o, 0) >= 0,
        });
    }
  }
  return out;
}
