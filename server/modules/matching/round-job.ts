import crypto from 'node:crypto';
import { z } from 'zod';
import { scanPairs, type RuleCode } from '../../../shared/domain/matching/ranking/index.ts';
import type { Tx } from '../../../db/tenant.ts';
import type { Services } from '../../http/context.ts';
import { preparedRanking } from './ranking-index.ts';
import { buildReport } from './round-report.ts';
import { solveRound, type RoundInput } from './round-solve.ts';
import * as repo from './repository.ts';
import * as roundsRepo from './rounds-repository.ts';
import { namedWeightSet } from './weight-sets.ts';
import { systemTx } from '../../lib/access/index.ts';

/**
 * The `matching.round` job: claims a draft round once, reads its inputs as they are now (people,
 * openings, consents, live pins/hides/overrides, wishes), solves, reports and stores the result with
 * a hash of exactly what was solved. It runs as jobbro_system because no request is behind it; the
 * round id it is given was created by a request whose access was checked. Progress is committed
 * between steps so a polling client sees it move. A failure marks the round `failed` (no retry: the
 * same inputs would fail again); a new round or a rerun starts over.
 */

const payloadSchema = z.object({ roundId: z.uuid() });

export async function runMatchRound(services: Services, payload: Record<string, unknown>) {
  const { roundId } = payloadSchema.parse(payload);
  const round = await systemTx(services.db, (trx) => roundsRepo.claimRound(trx, roundId));
  if (!round) return { skipped: true };
  try {
    const prepared = await systemTx(services.db, (trx) => gather(trx, round));
    await systemTx(services.db, (trx) => roundsRepo.updateRound(trx, roundId, { progress: 50 }));
    const output = solveRound(prepared.input);
    const { report, choice } = buildReport({ ...prepared.reportInput, input: prepared.input, output });
    const result = {
      pairs: output.pairs.map((p) => ({ ...p, choice: choice.get(p.participantId) ?? null })),
      objective: output.objective,
    };
    await systemTx(services.db, (trx) =>
      roundsRepo.updateRound(trx, roundId, {
        status: 'ready',
        progress: 100,
        input_hash: prepared.hash,
        result: JSON.stringify(result),
        report: JSON.stringify(report),
        finished_at: 'now',
      }),
    );
    return { matched: output.pairs.length };
  } catch (err) {
    services.log.error({ err, roundId }, 'matching round failed');
    await systemTx(services.db, (trx) =>
      roundsRepo.updateRound(trx, roundId, {
        status: 'failed',
        error: err instanceof Error ? err.message.slice(0, 500) : 'failed',
        finished_at: 'now',
      }),
    );
    return { failed: true };
  }
}

async function gather(trx: Tx, round: roundsRepo.RoundRow) {
  const programmeId = round.programme_id;
  const weightSet = await namedWeightSet(trx, programmeId, { name: round.weight_set_name, version: round.weight_set_version }, [
    'weightSet',
  ]);
  const pr = await preparedRanking(trx, programmeId, round.on_date, weightSet);
  const participantIds = (round.participant_ids ?? [...pr.participants.values()].filter((p) => !p.busy).map((p) => p.id)).filter((id) =>
    pr.participants.has(id),
  );
  const openingIds = round.opening_ids.filter((id) => pr.openings.get(id)?.status === 'open');

  const adjustments = await repo.liveAdjustments(trx, programmeId);
  const pairKey = (a: { participant_id: string; opening_id: string }) => `${a.participant_id} ${a.opening_id}`;
  const hides = new Set(adjustments.filter((a) => a.kind === 'hide').map(pairKey));
  const overrides = new Map(adjustments.filter((a) => a.kind === 'override').map((a) => [pairKey(a), a.rules as RuleCode[]]));
  const scan = scanPairs(pr.ix, openingIds, participantIds, overrides);
  const edges = scan.included
    .filter((e) => !hides.has(`${e.participantId} ${e.openingId}`))
    .map((e) => ({ participantId: e.participantId, openingId: e.openingId, score: e.score }));
  const hidden = scan.included.length - edges.length + scan.excluded.filter((e) => hides.has(`${e.participantId} ${e.openingId}`)).length;

  const longWait = round.long_wait_days;
  const tierOf = (id: string) => {
    const p = scan.priority.get(id)!;
    return p.flagged ? 2 : p.waitingDays !== null && p.waitingDays >= longWait ? 1 : 0;
  };
  const preferences = new Map((await repo.allPreferences(trx, programmeId)).map((p) => [p.participant_id, p.opening_ids]));
  const input: RoundInput = {
    mode: round.mode,
    seed: round.seed,
    lotteryShare: Number(round.lottery_share),
    priorityReserveShare: Number(round.priority_reserve_share),
    participants: participantIds.map((id) => ({ id, tier: tierOf(id), priority: scan.priority.get(id)!.flagged })),
    openings: openingIds.map((id) => ({ id, capacity: pr.openings.get(id)!.free })),
    edges,
    pins: adjustments.filter((a) => a.kind === 'pin').map((a) => ({ participantId: a.participant_id, openingId: a.opening_id })),
    preferences:
      round.mode === 'preference'
        ? new Map(participantIds.filter((id) => preferences.has(id)).map((id) => [id, preferences.get(id)!]))
        : new Map(),
  };
  const hash = crypto
    .createHash('sha256')
    .update(
      JSON.stringify({
        mode: input.mode,
        seed: input.seed,
        lotteryShare: input.lotteryShare,
        priorityReserveShare: input.priorityReserveShare,
        onDate: round.on_date,
        weightSet: [weightSet.name, weightSet.version],
        participants: input.participants,
        openings: input.openings,
        edges: input.edges,
        pins: input.pins,
        preferences: [...input.preferences].sort(([a], [b]) => (a < b ? -1 : 1)),
      }),
    )
    .digest('hex');

  const previousRow = round.previous_round_id
    ? await roundsRepo.findRound(trx, programmeId, round.previous_round_id)
    : await roundsRepo.previousFinishedRound(trx, programmeId, round.created_at, round.id);
  const previousPairs = (previousRow?.result as { pairs?: Array<{ participantId: string; openingId: string }> } | null)?.pairs;
  return {
    input,
    hash,
    reportInput: {
      onDate: round.on_date,
      people: participantIds.map((id) => {
        const p = pr.participants.get(id)!;
        return { id, siteName: p.siteName, birthDate: p.birthDate, tier: tierOf(id) };
      }),
      openingTitles: new Map(openingIds.map((id) => [id, pr.openings.get(id)!.title])),
      excluded: scan.excluded,
      hidden,
      previous: previousRow && previousPairs ? { id: previousRow.id, pairs: previousPairs } : null,
    },
  };
}
