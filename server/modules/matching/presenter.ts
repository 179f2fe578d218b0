import { DEFAULT_WEIGHT_SET, type RankedItem, type RuleCode, type WeightSet } from '../../../shared/domain/matching/ranking/index.ts';
import type { OpeningInfo, ParticipantInfo } from './ranking-index.ts';
import type { AdjustmentRow, WeightSetRow } from './repository.ts';
import type { RoundRow } from './rounds-repository.ts';

/** Maps rows and domain results to responses; a response never spreads a row. */

export function participantLabel(p: ParticipantInfo) {
  return { id: p.id, name: p.name, kind: p.kind, birthDate: p.birthDate, siteId: p.siteId, siteName: p.siteName };
}

export function openingLabel(o: OpeningInfo) {
  return {
    id: o.id,
    title: o.title,
    kind: o.kind,
    status: o.status,
    organisationId: o.organisationId,
    companyName: o.companyName,
    places: o.places,
    startsOn: o.startsOn,
  };
}

export function evidence(item: RankedItem) {
  return {
    rank: item.rank,
    pinned: item.pinned,
    overridden: item.overridden,
    overrideReason: item.overrideReason,
    score: item.score,
    rankScore: item.rankScore,
    factors: item.factors,
    missing: item.missing,
    unchecked: item.unchecked,
    priority: item.priority,
  };
}

export function presentAdjustment(a: AdjustmentRow) {
  return {
    id: a.id,
    openingId: a.opening_id,
    participantId: a.participant_id,
    kind: a.kind,
    rules: a.rules as RuleCode[],
    reason: a.reason,
    createdBy: a.created_by,
    createdAt: a.created_at.toISOString(),
    removedAt: a.removed_at ? new Date(a.removed_at).toISOString() : null,
    removedBy: a.removed_by,
    removalReason: a.removal_reason,
  };
}

export function weightSetOf(row: WeightSetRow): WeightSet {
  return {
    name: row.name,
    version: row.version,
    weights: row.weights as unknown as WeightSet['weights'],
    congestion: Number(row.congestion),
  };
}

export function presentWeightSet(row: WeightSetRow | null) {
  if (!row) {
    return {
      name: DEFAULT_WEIGHT_SET.name,
      version: DEFAULT_WEIGHT_SET.version,
      weights: { ...DEFAULT_WEIGHT_SET.weights },
      congestion: DEFAULT_WEIGHT_SET.congestion,
      note: null,
      builtIn: true,
      createdAt: null,
    };
  }
  const ws = weightSetOf(row);
  return {
    name: ws.name,
    version: ws.version,
    weights: { ...ws.weights },
    congestion: ws.congestion,
    note: row.note,
    builtIn: false,
    createdAt: row.created_at.toISOString(),
  };
}

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

export function presentRoundSummary(r: RoundRow) {
  return {
    id: r.id,
    mode: r.mode,
    status: r.status,
    progress: r.progress,
    onDate: r.on_date,
    seed: r.seed,
    lotteryShare: Number(r.lottery_share),
    priorityReserveShare: Number(r.priority_reserve_share),
    longWaitDays: r.long_wait_days,
    weightSet: { name: r.weight_set_name, version: r.weight_set_version },
    openingIds: r.opening_ids,
    participantIds: r.participant_ids,
    inputHash: r.input_hash,
    error: r.error,
    previousRoundId: r.previous_round_id,
    createdBy: r.created_by,
    createdAt: r.created_at.toISOString(),
    finishedAt: iso(r.finished_at),
    publishedAt: iso(r.published_at),
    publishedBy: r.published_by,
  };
}
