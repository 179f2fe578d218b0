import { ageOn } from '../../../shared/domain/youth-rules/category.ts';
import type { RuleCode } from '../../../shared/domain/matching/ranking/index.ts';
import type { RoundInput, RoundOutput } from './round-solve.ts';

/**
 * What a round did, for the coordinator to judge before publishing: who got a place and who did not
 * (and why), how close people came to their own first choices, placement rates by site, age band and
 * priority tier, how full each opening got, instability (preference mode) and the change since the
 * previous run. Pure: ids only, names are joined when the report is read (so anonymisation reaches it).
 */

export interface ReportPerson {
  id: string;
  siteName: string;
  birthDate: string;
  tier: number;
}

export interface ReportInput {
  onDate: string;
  input: RoundInput;
  output: RoundOutput;
  people: readonly ReportPerson[];
  openingTitles: ReadonlyMap<string, string>;
  /** Excluded pairs: the first failed rule of each. */
  excluded: ReadonlyArray<{ participantId: string; rule: RuleCode }>;
  hidden: number;
  previous: { id: string; pairs: ReadonlyArray<{ participantId: string; openingId: string }> } | null;
}

const TIER_NAMES = ['standard', 'long_wait', 'priority'];

export function ageBand(age: number): string {
  return age < 15 ? 'under_15' : age < 18 ? '15_17' : age < 25 ? '18_24' : age < 30 ? '25_29' : '30_plus';
}

const share = (n: number, of: number) => (of === 0 ? 0 : Math.round((n / of) * 10000) / 10000);

export function buildReport(r: ReportInput) {
  const { input, output } = r;
  const matchOf = new Map(output.pairs.map((p) => [p.participantId, p.openingId]));
  const edgesOf = new Map<string, Array<{ openingId: string; score: number }>>();
  for (const e of input.edges) {
    const list = edgesOf.get(e.participantId) ?? [];
    list.push({ openingId: e.openingId, score: e.score });
    edgesOf.set(e.participantId, list);
  }
  const rulesOf = new Map<string, Record<string, number>>();
  for (const x of r.excluded) {
    const counts = rulesOf.get(x.participantId) ?? {};
    counts[x.rule] = (counts[x.rule] ?? 0) + 1;
    rulesOf.set(x.participantId, counts);
  }

  // The person's own list of the round's openings: stated wishes (preference) or best fit first.
  const ownList = (id: string): string[] => {
    if (input.mode === 'preference') {
      const eligible = new Set((edgesOf.get(id) ?? []).map((e) => e.openingId));
      return (input.preferences.get(id) ?? []).filter((o) => eligible.has(o));
    }
    return (edgesOf.get(id) ?? [])
      .slice()
      .sort((a, b) => b.score - a.score || (a.openingId < b.openingId ? -1 : 1))
      .map((e) => e.openingId);
  };
  const choice = new Map<string, number | null>();
  let top1 = 0;
  let top3 = 0;
  for (const p of output.pairs) {
    const at = ownList(p.participantId).indexOf(p.openingId);
    const c = at < 0 ? null : at + 1;
    choice.set(p.participantId, c);
    if (c === 1) top1++;
    if (c !== null && c <= 3) top3++;
  }

  const unmatched = r.people
    .filter((p) => !matchOf.has(p.id))
    .map((p) => {
      const eligibleOpenings = edgesOf.get(p.id)?.length ?? 0;
      const reason =
        eligibleOpenings === 0
          ? ('no_eligible_opening' as const)
          : input.mode === 'preference' && ownList(p.id).length === 0
            ? ('no_preferences' as const)
            : ('outcompeted' as const);
      return { participantId: p.id, reason, eligibleOpenings, byRule: rulesOf.get(p.id) ?? {} };
    });

  const rates = (keyOf: (p: ReportPerson) => string) => {
    const groups = new Map<string, { participants: number; matched: number }>();
    for (const p of r.people) {
      const g = groups.get(keyOf(p)) ?? { participants: 0, matched: 0 };
      g.participants++;
      if (matchOf.has(p.id)) g.matched++;
      groups.set(keyOf(p), g);
    }
    return [...groups].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, g]) => ({ key, ...g, rate: share(g.matched, g.participants) }));
  };

  const filled = new Map<string, number>();
  for (const p of output.pairs) filled.set(p.openingId, (filled.get(p.openingId) ?? 0) + 1);
  const fill = input.openings.map((o) => ({
    openingId: o.id,
    title: r.openingTitles.get(o.id) ?? '',
    capacity: o.capacity,
    filled: filled.get(o.id) ?? 0,
    rate: share(filled.get(o.id) ?? 0, o.capacity),
  }));

  let diff = null;
  if (r.previous) {
    const pk = (p: { participantId: string; openingId: string }) => `${p.participantId} ${p.openingId}`;
    const before = new Set(r.previous.pairs.map(pk));
    const now = new Set(output.pairs.map(pk));
    const ref = (p: { participantId: string; openingId: string }) => ({ participantId: p.participantId, openingId: p.openingId });
    diff = {
      previousRoundId: r.previous.id,
      added: output.pairs.filter((p) => !before.has(pk(p))).map(ref),
      removed: r.previous.pairs.filter((p) => !now.has(pk(p))).map(ref),
      unchanged: output.pairs.filter((p) => before.has(pk(p))).length,
    };
  }

  return {
    report: {
      participants: r.people.length,
      openings: input.openings.length,
      places: input.openings.reduce((s, o) => s + o.capacity, 0),
      matched: output.pairs.length,
      unmatched,
      top1: { count: top1, share: share(top1, r.people.length) },
      top3: { count: top3, share: share(top3, r.people.length) },
      bySite: rates((p) => p.siteName),
      byAgeBand: rates((p) => ageBand(ageOn(p.birthDate, r.onDate))),
      byTier: rates((p) => TIER_NAMES[p.tier] ?? String(p.tier)),
      fill,
      capacityRespected: fill.every((f) => f.filled <= f.capacity),
      viaLottery: output.pairs.filter((p) => p.via === 'lottery').length,
      pins: { applied: output.pinsApplied, notApplied: output.pinsNotApplied },
      hidden: r.hidden,
      blockingPairs: output.blockingPairs,
      diff,
    },
    choice,
  };
}
