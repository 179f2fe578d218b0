import type { z } from 'zod';
import { DEFAULT_WEIGHT_SET, validateWeightSet, type WeightSet } from '../../../shared/domain/matching/ranking/index.ts';
import type { createWeightSetBody } from '../../../shared/schemas/matching.ts';
import type { Tx } from '../../../db/tenant.ts';
import type { Ctx } from '../../http/context.ts';
import { errors, isUniqueViolation } from '../../http/errors.ts';
import { requireProgrammeAction } from '../../lib/access/index.ts';
import { recordAudit } from '../audit/index.ts';
import { presentWeightSet, weightSetOf } from './presenter.ts';
import * as repo from './repository.ts';

/**
 * Weight sets are named and versioned per programme: the newest one is what lists use; a round
 * records the name and version it ran with, so an old round can be explained after a change.
 * Without any, the domain default (`jobbro-default` v1) applies.
 */

/** The programme's current weight set (newest), or the built-in default. */
export async function currentWeightSet(trx: Tx, programmeId: string): Promise<WeightSet> {
  const row = await repo.latestWeightSet(trx, programmeId);
  return row ? weightSetOf(row) : DEFAULT_WEIGHT_SET;
}

/** A named version, or the built-in default by its own name and version; throws a field error otherwise. */
export async function namedWeightSet(
  trx: Tx,
  programmeId: string,
  ref: { name: string; version: number },
  path: (string | number)[],
): Promise<WeightSet> {
  const row = await repo.findWeightSet(trx, programmeId, ref.name, ref.version);
  if (row) return weightSetOf(row);
  if (ref.name === DEFAULT_WEIGHT_SET.name && ref.version === DEFAULT_WEIGHT_SET.version) return DEFAULT_WEIGHT_SET;
  throw errors.invalidFields([{ path, code: 'weight_set_unknown' }]);
}

export async function listWeightSets(ctx: Ctx, programmeId: string) {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'matching.read');
  return tx(async (trx) => {
    const rows = await repo.weightSets(trx, programmeId);
    return { current: presentWeightSet(rows[0] ?? null), sets: rows.length > 0 ? rows.map(presentWeightSet) : [presentWeightSet(null)] };
  });
}

/** A new version of a named set (v1 of a new name; the default's own name continues after v1). */
export async function createWeightSet(ctx: Ctx, programmeId: string, body: z.output<typeof createWeightSetBody>) {
  const { actor, tx } = requireProgrammeAction(ctx, programmeId, 'matching.manage');
  return tx(async (trx) => {
    const floor = body.name === DEFAULT_WEIGHT_SET.name ? DEFAULT_WEIGHT_SET.version : 0;
    const version = Math.max(floor, await repo.maxWeightSetVersion(trx, programmeId, body.name)) + 1;
    validateWeightSet({ name: body.name, version, weights: body.weights, congestion: body.congestion });
    try {
      const row = await repo.insertWeightSet(trx, {
        programme_id: programmeId,
        name: body.name,
        version,
        weights: body.weights,
        congestion: body.congestion,
        note: body.note ?? null,
        created_by: actor.userId,
      });
      await recordAudit(trx, ctx, {
        action: 'create',
        subjectType: 'match_weight_set',
        subjectId: row.id,
        programmeId,
        details: { name: body.name, version, weights: body.weights, congestion: body.congestion },
      });
      return presentWeightSet(row);
    } catch (err) {
      if (isUniqueViolation(err)) throw errors.conflict('version');
      throw err;
    }
  });
}
