import crypto from 'node:crypto';
import type { z } from 'zod';
import { explainPair } from '../../../shared/domain/matching/ranking/index.ts';
import { reasonsFromFactors, viaReason } from '../../../shared/domain/matching/ranking/reasons.ts';
import type { createRoundBody, rerunRoundBody, roundReport } from '../../../shared/schemas/matching.ts';
import type { Tx } from '../../../db/tenant.ts';
import type { Ctx } from '../../http/context.ts';
import { errors } from '../../http/errors.ts';
import { requireProgrammeAction } from '../../lib/access/index.ts';
import { enqueue } from '../../lib/jobs.ts';
import { copenhagenToday } from '../../lib/today.ts';
import { recordAudit } from '../audit/index.ts';
import { createProposedPlacements } from '../placements/index.ts';
import { presentRoundSummary } from './presenter.ts';
import { preparedRanking } from './ranking-index.ts';
import type { Via } from './round-solve.ts';
import * as repo from './repository.ts';
import * as roundsRepo from './rounds-repository.ts';
import { currentWeightSet, namedWeightSet } from './weight-sets.ts';

/**
 * Batch rounds: created with fixed inputs and run by the `matching.round` job (round-job.ts); read
 * with their report; published once, in one transaction with the proposed placements they create
 * (which tell the employers). A rerun is a new round with the same settings and, unless another is
 * given, the same seed, over the data and pins/hides as they are now.
 */

export const ROUND_QUEUE = 'matching.round';

type Report = z.infer<typeof roundReport>;
/** The report as stored: ids only (names are joined when it is read). */
type StoredReport = Omit<Report, 'unmatched'> & { unmatched: Array<Omit<Report['unmatched'][number], 'name'>> };

interface StoredResult {
  pairs: Array<{ participantId: string; openingId: string; score: number; via: Via; choice: number | null }>;
  objective: number;
  publication?: { created: string[]; skipped: Array<{ participantId: string; openingId: string; placementId: string }> };
}

async function checkInputs(
  trx: Tx,
  programmeId: string,
  openingIds: readonly string[] | undefined,
  participantIds: readonly string[] | undefined,
) {
  for (const [i, id] of (openingIds ?? []).entries()) {
    const o = await repo.openingStatus(trx, programmeId, id);
    if (!o) throw errors.invalidFields([{ path: ['openingIds', i], code: 'opening_unknown' }]);
    if (o.status !== 'open') throw errors.invalidFields([{ path: ['openingIds', i], code: 'opening_not_open' }]);
  }
  for (const [i, id] of (participantIds ?? []).entries()) {
    const p = await repo.participantStatus(trx, programmeId, id);
    if (!p) throw errors.invalidFields([{ path: ['participantIds', i], code: 'participant_unknown' }]);
    if (p.status !== 'active' || p.merged_into || p.anonymised_at)
      throw errors.invalidFields([{ path: ['participantIds', i], code: 'participant_not_active' }]);
  }
}

async function startRound(trx: Tx, ctx: Ctx, values: Parameters<typeof roundsRepo.insertRound>[1]) {
  const row = await roundsRepo.insertRound(trx, values);
  await enqueue(trx, ROUND_QUEUE, { roundId: row.id }, { maxAttempts: 1 });
  await recordAudit(trx, ctx, {
    action: 'create',
    subjectType: 'match_round',
    subjectId: row.id,
    programmeId: values.programme_id,
    details: {
      mode: values.mode,
      seed: values.seed,
      openings: values.opening_ids.length,
      participants: values.participant_ids?.length ?? 'eligible',
      weightSet: `${values.weight_set_name}@${values.weight_set_version}`,
      previousRoundId: values.previous_round_id,
    },
  });
  return row;
}

export async function createRound(ctx: Ctx, programmeId: string, body: z.output<typeof createRoundBody>) {
  const { actor, tx } = requireProgrammeAction(ctx, programmeId, 'matching.manage');
  const row = await tx(async (trx) => {
    await checkInputs(trx, programmeId, body.openingIds, body.participantIds);
    const ws = body.weightSet
      ? await namedWeightSet(trx, programmeId, body.weightSet, ['weightSet'])
      : await currentWeightSet(trx, programmeId);
    return startRound(trx, ctx, {
      programme_id: programmeId,
      mode: body.mode,
      on_date: body.onDate ?? copenhagenToday(),
      seed: body.seed ?? crypto.randomInt(-2147483648, 2147483647),
      lottery_share: body.lotteryShare,
      priority_reserve_share: body.priorityReserveShare,
      long_wait_days: body.longWaitDays,
      weight_set_name: ws.name,
      weight_set_version: ws.version,
      // The schema lets through either chosen openings or the explicit "every open opening".
      opening_ids: body.allOpenOpenings ? await repo.openOpeningIds(trx, programmeId) : (body.openingIds ?? []),
      participant_ids: body.participantIds ?? null,
      previous_round_id: null,
      created_by: actor.userId,
    });
  });
  ctx.jobs.kick();
  return presentRoundSummary(row);
}

export async function rerunRound(ctx: Ctx, programmeId: string, roundId: string, body: z.output<typeof rerunRoundBody>) {
  const { actor, tx } = requireProgrammeAction(ctx, programmeId, 'matching.manage');
  const row = await tx(async (trx) => {
    const r = await roundsRepo.findRound(trx, programmeId, roundId);
    if (!r) throw errors.notFound('round');
    return startRound(trx, ctx, {
      programme_id: programmeId,
      mode: r.mode,
      on_date: r.on_date,
      seed: body.seed ?? r.seed,
      lottery_share: Number(r.lottery_share),
      priority_reserve_share: Number(r.priority_reserve_share),
      long_wait_days: r.long_wait_days,
      weight_set_name: r.weight_set_name,
      weight_set_version: r.weight_set_version,
      opening_ids: r.opening_ids,
      participant_ids: r.participant_ids,
      previous_round_id: r.id,
      created_by: actor.userId,
    });
  });
  ctx.jobs.kick();
  return presentRoundSummary(row);
}

export async function listRounds(ctx: Ctx, programmeId: string) {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'matching.read');
  return tx(async (trx) => ({
    rounds: (await roundsRepo.listRounds(trx, programmeId)).map(presentRoundSummary),
  }));
}

/** The round with its matches and report, names joined now (stored results hold ids only). */
async function presentRound(trx: Tx, r: roundsRepo.RoundRow) {
  const result = r.result as unknown as StoredResult | null;
  const report = r.report as unknown as StoredReport | null;
  const people = new Set([...(result?.pairs ?? []).map((p) => p.participantId), ...(report?.unmatched ?? []).map((u) => u.participantId)]);
  const names = new Map(
    (await repo.participantNames(trx, r.programme_id, [...people])).map((p) => [p.id, `${p.first_name} ${p.last_name}`]),
  );
  const titles = new Map(
    (await repo.openingTitles(trx, r.programme_id, [...new Set((result?.pairs ?? []).map((p) => p.openingId))])).map((o) => [
      o.id,
      o.title,
    ]),
  );
  return {
    ...presentRoundSummary(r),
    matches: result
      ? result.pairs.map((p) => ({
          participantId: p.participantId,
          participantName: names.get(p.participantId) ?? '',
          openingId: p.openingId,
          openingTitle: titles.get(p.openingId) ?? '',
          score: p.score,
          via: p.via,
          choice: p.choice,
        }))
      : null,
    objective: result?.objective ?? null,
    report: report ? { ...report, unmatched: report.unmatched.map((u) => ({ ...u, name: names.get(u.participantId) ?? '' })) } : null,
    publication: result?.publication ?? null,
  };
}

export async function getRound(ctx: Ctx, programmeId: string, roundId: string) {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'matching.read');
  return tx(async (trx) => {
    const r = await roundsRepo.findRound(trx, programmeId, roundId);
    if (!r) throw errors.notFound('round');
    await recordAudit(trx, ctx, {
      action: 'read',
      subjectType: 'match_round',
      subjectId: roundId,
      programmeId,
      details: { status: r.status },
    });
    return presentRound(trx, r);
  });
}

/**
 * Publishes a ready round: its matches become proposed placements (employers are told) and the round
 * is marked published, all in one transaction; a pair already pending or running is skipped and
 * reported. The row lock makes a concurrent second publish wait and then be refused.
 */
export async function publishRound(ctx: Ctx, programmeId: string, roundId: string) {
  const { actor, tx } = requireProgrammeAction(ctx, programmeId, 'matching.manage');
  const view = await tx(async (trx) => {
    const r = await roundsRepo.findRound(trx, programmeId, roundId, { forUpdate: true });
    if (!r) throw errors.notFound('round');
    if (r.status === 'published') throw errors.matchRoundPublished(new Date(r.published_at!));
    if (r.status !== 'ready') throw errors.matchRoundNotReady(r.status);
    const result = r.result as unknown as StoredResult;
    const reasons = await factorReasons(trx, r, result);
    const publication = await createProposedPlacements(
      trx,
      ctx,
      programmeId,
      result.pairs.map((p, i) => ({
        participantId: p.participantId,
        openingId: p.openingId,
        // What the placement page says ("Foreslået af matchrunde 3. december: 20 km, interesser
        // passer"): the round and its date, how the pair was chosen if not on fit, the best factors.
        matchReasons: [
          { code: 'match_round', value: r.id },
          { code: 'match_round_on', value: r.on_date },
          ...[viaReason(p.via, p.choice)].filter((x) => x !== null),
          ...reasons[i]!,
        ],
      })),
      { onDuplicate: 'skip', issuePath: (i) => ['matches', i] },
    );
    const published = await roundsRepo.updateRound(
      trx,
      r.id,
      { status: 'published', published_at: 'now', published_by: actor.userId, result: JSON.stringify({ ...result, publication }) },
      'ready',
    );
    // The row lock above already serialises publishers; the status filter makes sure of it.
    if (!published) throw errors.stateChanged('round', (await roundsRepo.findRound(trx, programmeId, r.id))?.status ?? null);
    await recordAudit(trx, ctx, {
      action: 'update',
      subjectType: 'match_round',
      subjectId: r.id,
      programmeId,
      details: { published: true, created: publication.created.length, skipped: publication.skipped.length, inputHash: r.input_hash },
    });
    return presentRound(trx, (await roundsRepo.findRound(trx, programmeId, r.id))!);
  });
  ctx.jobs.kick();
  return view;
}

/** The three strongest factors of each pair as placement match reasons (what the employer is shown). */
async function factorReasons(trx: Tx, r: roundsRepo.RoundRow, result: StoredResult) {
  const ws = await namedWeightSet(trx, r.programme_id, { name: r.weight_set_name, version: r.weight_set_version }, ['weightSet']);
  const pr = await preparedRanking(trx, r.programme_id, r.on_date, ws);
  return result.pairs.map((p) => {
    if (!pr.participants.has(p.participantId) || !pr.openings.has(p.openingId)) return [];
    return reasonsFromFactors(explainPair(pr.ix, p.participantId, p.openingId).factors, 3);
  });
}
