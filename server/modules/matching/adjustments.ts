import type { z } from 'zod';
import type { adjustmentQuery, createAdjustmentBody, preferencesBody } from '../../../shared/schemas/matching.ts';
import type { Ctx } from '../../http/context.ts';
import { errors, isUniqueViolation } from '../../http/errors.ts';
import { requireProgrammeAction } from '../../lib/access/index.ts';
import { recordAudit } from '../audit/index.ts';
import { presentAdjustment } from './presenter.ts';
import * as repo from './repository.ts';

/**
 * Coordinator decisions about one pair (pin, hide, override) and a participant's ranked wishes. Each
 * change is audited with its reason, about the person. An override stores the rules it bypasses
 * explicitly (all programme rules when none were named); legal rules are refused by the schema.
 */

export async function listAdjustments(ctx: Ctx, programmeId: string, query: z.output<typeof adjustmentQuery>) {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'matching.read');
  return tx(async (trx) => {
    const rows = await repo.liveAdjustments(trx, programmeId, query);
    return { adjustments: rows.map(presentAdjustment) };
  });
}

export async function addAdjustment(ctx: Ctx, programmeId: string, body: z.output<typeof createAdjustmentBody>) {
  const { actor, tx } = requireProgrammeAction(ctx, programmeId, 'matching.manage');
  return tx(async (trx) => {
    if (!(await repo.participantStatus(trx, programmeId, body.participantId)))
      throw errors.invalidFields([{ path: ['participantId'], code: 'participant_unknown' }]);
    if (!(await repo.openingStatus(trx, programmeId, body.openingId)))
      throw errors.invalidFields([{ path: ['openingId'], code: 'opening_unknown' }]);
    const existing = await repo.findLiveAdjustment(trx, programmeId, body.openingId, body.participantId, body.kind);
    if (existing) throw errors.matchAdjustmentExists(existing.id);
    const rules = body.kind === 'override' ? [...new Set(body.rules ?? [])] : [];
    try {
      const row = await repo.insertAdjustment(trx, {
        programme_id: programmeId,
        opening_id: body.openingId,
        participant_id: body.participantId,
        kind: body.kind,
        rules,
        reason: body.reason,
        created_by: actor.userId,
      });
      await recordAudit(trx, ctx, {
        action: 'create',
        subjectType: 'match_adjustment',
        subjectId: row.id,
        subjectPersonId: body.participantId,
        programmeId,
        details: { kind: body.kind, openingId: body.openingId, rules, reason: body.reason },
      });
      return presentAdjustment(row);
    } catch (err) {
      if (isUniqueViolation(err)) throw errors.conflict('adjustment');
      throw err;
    }
  });
}

export async function removeAdjustment(ctx: Ctx, programmeId: string, adjustmentId: string, reason: string) {
  const { actor, tx } = requireProgrammeAction(ctx, programmeId, 'matching.manage');
  return tx(async (trx) => {
    const row = await repo.findAdjustment(trx, programmeId, adjustmentId);
    if (!row) throw errors.notFound('adjustment');
    if (row.removed_at) throw errors.invalidTransition('live', 'removed');
    const removed = await repo.removeAdjustment(trx, programmeId, adjustmentId, actor.userId, reason);
    // A simultaneous removal won: not removed here, not audited here.
    if (!removed) throw errors.stateChanged('adjustment', 'removed');
    await recordAudit(trx, ctx, {
      action: 'update',
      subjectType: 'match_adjustment',
      subjectId: row.id,
      subjectPersonId: row.participant_id,
      programmeId,
      details: { removed: true, kind: row.kind, openingId: row.opening_id, reason },
    });
    return presentAdjustment(removed);
  });
}

export async function getPreferences(ctx: Ctx, programmeId: string, participantId: string) {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'matching.read');
  return tx(async (trx) => {
    if (!(await repo.participantStatus(trx, programmeId, participantId))) throw errors.notFound('participant');
    const row = await repo.preferencesOf(trx, programmeId, participantId);
    await recordAudit(trx, ctx, {
      action: 'read',
      subjectType: 'match_preferences',
      subjectId: participantId,
      subjectPersonId: participantId,
      programmeId,
    });
    return { participantId, openingIds: row?.opening_ids ?? [], updatedAt: row ? row.updated_at.toISOString() : null };
  });
}

/** The person's wishes, most wanted first, as a coordinator records them (preference rounds read them). */
export async function setPreferences(ctx: Ctx, programmeId: string, participantId: string, body: z.output<typeof preferencesBody>) {
  const { actor, tx } = requireProgrammeAction(ctx, programmeId, 'matching.manage');
  return tx(async (trx) => {
    if (!(await repo.participantStatus(trx, programmeId, participantId))) throw errors.notFound('participant');
    for (const [i, id] of body.openingIds.entries()) {
      if (!(await repo.openingStatus(trx, programmeId, id)))
        throw errors.invalidFields([{ path: ['openingIds', i], code: 'opening_unknown' }]);
    }
    const row = await repo.upsertPreferences(trx, programmeId, participantId, body.openingIds, actor.userId);
    await recordAudit(trx, ctx, {
      action: 'update',
      subjectType: 'match_preferences',
      subjectId: participantId,
      subjectPersonId: participantId,
      programmeId,
      details: { openingIds: body.openingIds },
    });
    return { participantId, openingIds: row.opening_ids, updatedAt: row.updated_at.toISOString() };
  });
}
