import type { z } from 'zod';
import {
  explainPair,
  rankCandidates,
  rankOpenings,
  scanPairs,
  type Adjustments,
  type Override,
  type RankedList,
} from '../../../shared/domain/matching/ranking/index.ts';
import type { rankingQuery } from '../../../shared/schemas/matching.ts';
import type { Tx } from '../../../db/tenant.ts';
import type { Ctx } from '../../http/context.ts';
import { errors } from '../../http/errors.ts';
import { requireProgrammeAction } from '../../lib/access/index.ts';
import { copenhagenToday } from '../../lib/today.ts';
import { recordAudit } from '../audit/index.ts';
import { evidence, openingLabel, participantLabel, presentAdjustment } from './presenter.ts';
import { preparedRanking, type PreparedRanking } from './ranking-index.ts';
import * as repo from './repository.ts';
import { currentWeightSet } from './weight-sets.ts';

/**
 * Ranked lists both ways and "why (not)" for one pair, on the cached ranking index. The lists name
 * people, so each is an audited search (an opening's candidates) or read (one person's openings).
 * Live pins, hides and overrides of the pair's coordinator decisions are applied; legal rules are
 * never bypassed (the domain refuses).
 */

type Query = z.output<typeof rankingQuery>;

/** How many of a person's eligible openings get a competition count (best fit first). */
const COMPETITION_HORIZON = 200;

async function load(trx: Tx, programmeId: string, onDate: string | undefined) {
  const date = onDate ?? copenhagenToday();
  return preparedRanking(trx, programmeId, date, await currentWeightSet(trx, programmeId));
}

async function requireOpening(trx: Tx, pr: PreparedRanking, programmeId: string, openingId: string) {
  const info = pr.openings.get(openingId);
  if (info) return info;
  const row = await repo.openingStatus(trx, programmeId, openingId);
  if (!row) throw errors.notFound('opening');
  throw errors.matchNotRankable('opening', row.status);
}

async function requireParticipant(trx: Tx, pr: PreparedRanking, programmeId: string, participantId: string) {
  const info = pr.participants.get(participantId);
  if (info) return info;
  const row = await repo.participantStatus(trx, programmeId, participantId);
  if (!row) throw errors.notFound('participant');
  throw errors.matchNotRankable('participant', row.anonymised_at ? 'anonymised' : row.merged_into ? 'merged' : row.status);
}

/** Live adjustments as the domain reads them, keyed by the ranked side's ids. */
function toAdjustments(rows: readonly repo.AdjustmentRow[], idOf: (a: repo.AdjustmentRow) => string): Adjustments {
  return {
    pins: rows.filter((a) => a.kind === 'pin').map(idOf),
    hides: rows.filter((a) => a.kind === 'hide').map((a) => ({ id: idOf(a), reason: a.reason })),
    overrides: rows
      .filter((a) => a.kind === 'override')
      .map((a): Override => ({ id: idOf(a), rules: a.rules as Override['rules'], reason: a.reason })),
  };
}

function overrideFor(rows: readonly repo.AdjustmentRow[], participantId: string, openingId: string): Override | undefined {
  const a = rows.find((r) => r.kind === 'override' && r.participant_id === participantId && r.opening_id === openingId);
  return a ? { id: participantId, rules: a.rules as Override['rules'], reason: a.reason } : undefined;
}

/** The parts of a list both directions share; `label` names an id of the ranked side. */
function listMeta(
  pr: PreparedRanking,
  list: RankedList,
  excludedLimit: number,
  label: (id: string) => string,
  pairOf: (id: string) => [string, string],
  overrideOf: (id: string) => Override | undefined,
) {
  const items = list.excluded.items ?? [];
  return {
    onDate: list.onDate,
    weightSet: list.weightSet,
    totalIncluded: list.totalIncluded,
    hidden: list.hidden.map((h) => ({ id: h.id, label: label(h.id), reason: h.reason, excludedBy: h.excludedBy })),
    excluded: {
      total: list.excluded.total,
      byRule: list.excluded.byRule,
      items: items.slice(0, excludedLimit).map((e) => {
        const [participantId, openingId] = pairOf(e.id);
        return {
          id: e.id,
          label: label(e.id),
          rule: e.rule,
          failure: explainPair(pr.ix, participantId, openingId, overrideOf(e.id)).whyNot!,
        };
      }),
      truncated: items.length > excludedLimit,
    },
    overrides: list.overrides,
  };
}

/** What the audit trail keeps of a ranked list: enough to know what was shown (date, size, weights), no names. */
function auditedList(
  list: { onDate: string; weightSet: unknown; results: readonly unknown[]; excluded: { total: number } },
  query: Pick<Query, 'limit'>,
) {
  return {
    onDate: list.onDate,
    limit: query.limit,
    weightSet: list.weightSet,
    results: list.results.length,
    excluded: list.excluded.total,
  };
}

/** GET …/openings/:openingId/candidates: the opening's candidates, best first, with the excluded and why. */
export async function rankedCandidates(ctx: Ctx, programmeId: string, openingId: string, query: Query) {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'matching.read');
  return tx(async (trx) => {
    const pr = await load(trx, programmeId, query.onDate);
    const opening = await requireOpening(trx, pr, programmeId, openingId);
    const adjustments = await repo.liveAdjustments(trx, programmeId, { openingId });
    const list = rankCandidates(pr.ix, openingId, {
      limit: query.limit,
      listExcluded: true,
      adjustments: toAdjustments(adjustments, (a) => a.participant_id),
    });
    pr.eligible.set(openingId, pr.eligible.get(openingId) ?? list.totalIncluded);
    const label = (id: string) => pr.participants.get(id)?.name ?? id;
    await recordAudit(trx, ctx, {
      action: 'search',
      subjectType: 'match_candidates',
      subjectId: openingId,
      programmeId,
      details: { openingId, ...auditedList(list, query) },
    });
    return {
      opening: openingLabel(opening),
      ...listMeta(
        pr,
        list,
        query.excludedLimit,
        label,
        (id) => [id, openingId],
        (id) => overrideFor(adjustments, id, openingId),
      ),
      competition: { candidates: list.totalIncluded, places: opening.places },
      results: list.results.map((item) => ({ participant: participantLabel(pr.participants.get(item.id)!), ...evidence(item) })),
    };
  });
}

/**
 * Eligible candidates per opening, memoised on the index: the congestion of a person's list. Only the
 * person's best-fitting COMPETITION_HORIZON openings are counted, so a first request stays bounded.
 */
function competitionFor(pr: PreparedRanking, participantId: string): Map<string, number> {
  const mine = scanPairs(pr.ix, [...pr.openings.keys()], [participantId])
    .included.sort((a, b) => b.score - a.score || (a.openingId < b.openingId ? -1 : 1))
    .slice(0, COMPETITION_HORIZON);
  const out = new Map<string, number>();
  for (const { openingId } of mine) {
    let n = pr.eligible.get(openingId);
    if (n === undefined) pr.eligible.set(openingId, (n = rankCandidates(pr.ix, openingId, { limit: 0 }).totalIncluded));
    out.set(openingId, Math.max(0, n - 1));
  }
  return out;
}

/** GET …/participants/:participantId/openings: the person's openings, congestion-adjusted. */
export async function rankedOpenings(ctx: Ctx, programmeId: string, participantId: string, query: Query) {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'matching.read');
  return tx(async (trx) => {
    const pr = await load(trx, programmeId, query.onDate);
    const person = await requireParticipant(trx, pr, programmeId, participantId);
    const adjustments = (await repo.liveAdjustments(trx, programmeId, { participantId })).filter((a) => pr.openings.has(a.opening_id));
    const list = rankOpenings(pr.ix, participantId, {
      limit: query.limit,
      listExcluded: true,
      competition: competitionFor(pr, participantId),
      adjustments: toAdjustments(adjustments, (a) => a.opening_id),
    });
    const label = (id: string) => pr.openings.get(id)?.title ?? id;
    await recordAudit(trx, ctx, {
      action: 'read',
      subjectType: 'match_openings',
      subjectId: participantId,
      subjectPersonId: participantId,
      programmeId,
      details: auditedList(list, query),
    });
    return {
      participant: participantLabel(person),
      ...listMeta(
        pr,
        list,
        query.excludedLimit,
        label,
        (id) => [participantId, id],
        (id) => overrideFor(adjustments, participantId, id),
      ),
      results: list.results.map((item) => ({
        opening: openingLabel(pr.openings.get(item.id)!),
        ...evidence(item),
        congestion: item.congestion,
      })),
    };
  });
}

/** GET …/openings/:openingId/candidates/:participantId/why: every failed rule, the first one, the factors. */
export async function whyPair(ctx: Ctx, programmeId: string, openingId: string, participantId: string, onDate: string | undefined) {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'matching.read');
  return tx(async (trx) => {
    const pr = await load(trx, programmeId, onDate);
    const opening = await requireOpening(trx, pr, programmeId, openingId);
    const person = await requireParticipant(trx, pr, programmeId, participantId);
    const adjustments = await repo.liveAdjustments(trx, programmeId, { openingId, participantId });
    const x = explainPair(pr.ix, participantId, openingId, overrideFor(adjustments, participantId, openingId));
    await recordAudit(trx, ctx, {
      action: 'read',
      subjectType: 'match_pair',
      subjectId: openingId,
      subjectPersonId: participantId,
      programmeId,
      details: { openingId, onDate: pr.ix.onDate, included: x.included, whyNot: x.whyNot?.code ?? null },
    });
    return {
      participant: participantLabel(person),
      opening: openingLabel(opening),
      onDate: pr.ix.onDate,
      included: x.included,
      whyNot: x.whyNot,
      failures: x.failures,
      score: x.score,
      factors: x.factors,
      missing: x.missing,
      unchecked: x.unchecked,
      priority: x.priority,
      adjustments: adjustments.map(presentAdjustment),
    };
  });
}
