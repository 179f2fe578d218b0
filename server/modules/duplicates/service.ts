import type { z } from 'zod';
import { findDuplicates } from '../../../shared/domain/participants/duplicates.ts';
import type { mergeBody } from '../../../shared/schemas/duplicates.ts';
import type { Ctx } from '../../http/context.ts';
import { errors } from '../../http/errors.ts';
import { absorbDuplicate, loadWritable, lockParticipants, requirePersonViewer, findParticipant, markMerged } from '../people/index.ts';
import { mergeHours } from '../shifts/index.ts';
import { moveHistory } from './history.ts';
import { recordAudit } from '../audit/index.ts';
import { today } from '../../lib/clock.ts';
import { loadProfile } from '../profile/index.ts';
import { presentCandidate } from './presenter.ts';
import * as repo from './repository.ts';

/** Possible duplicates of an existing participant (before a merge). Audited as a read of each. */
export async function listDuplicates(ctx: Ctx, programmeId: string, participantId: string) {
  const v = requirePersonViewer(ctx, programmeId, 'participant.merge');
  return v.tx(async (trx) => {
    const row = await loadWritable(trx, v, participantId);
    const hash = (await repo.findCprHash(trx, programmeId, participantId))?.cpr_hash ?? null;
    const candidates = await repo.duplicateCandidates(trx, programmeId, row.birth_date, hash);
    const found = findDuplicates(
      { id: row.id, firstName: row.first_name, lastName: row.last_name, birthDate: row.birth_date, cprHash: hash },
      candidates.map((c) => ({ ...c, firstName: c.first_name, lastName: c.last_name, birthDate: c.birth_date, cprHash: c.cpr_hash })),
    );
    for (const id of [participantId, ...found.map((d) => d.item.id)]) {
      await recordAudit(trx, ctx, {
        action: 'read',
        subjectType: 'participant',
        subjectId: id,
        subjectPersonId: id,
        programmeId,
        details: { via: 'duplicate_check' },
      });
    }
    return { candidates: found.map((d) => presentCandidate(d.item, d.reasons)) };
  });
}

/**
 * Folds `otherId` into this participant in one transaction: all history (ladder events, guardians,
 * notices, consents, talks, next steps, portal codes, placements with their events, follow-ups,
 * mentor hours, support requests and shifts, rule exceptions, activity invitations and attendance) moves over, missing details are taken, and
 * the other record is kept, marked `merged_into`, so old links answer 410 with the survivor's id.
 */
export async function mergeParticipants(ctx: Ctx, programmeId: string, participantId: string, body: z.infer<typeof mergeBody>) {
  const v = requirePersonViewer(ctx, programmeId, 'participant.merge');
  return v.tx(async (trx) => {
    if (body.otherId === participantId) throw errors.mergeNotAllowed('same_record');
    // Both records are read under lock: of two simultaneous merges of the pair (either way round)
    // the second waits and then finds one of them merged, so it cannot merge them into each other.
    await lockParticipants(trx, programmeId, [participantId, body.otherId]);
    const survivor = await loadWritable(trx, v, participantId);
    if (body.version !== undefined && body.version !== survivor.version) throw errors.versionConflict(survivor.version);
    const other = await findParticipant(trx, programmeId, body.otherId);
    if (!other) throw errors.notFound('participant');
    if (other.merged_into) throw errors.mergeNotAllowed('merged');
    if (other.anonymised_at) throw errors.mergeNotAllowed('anonymised');
    if (other.kind !== survivor.kind) throw errors.mergeNotAllowed('kind_mismatch');
    if ((await repo.clashingOpenings(trx, programmeId, survivor.id, other.id)).length > 0) throw errors.mergeNotAllowed('placement_clash');

    const moved = await moveHistory(trx, programmeId, other.id, survivor.id);
    await absorbDuplicate(trx, programmeId, survivor.id, other.id);
    if (!(await markMerged(trx, programmeId, other.id, survivor.id))) throw errors.mergeNotAllowed('merged');
    moved.shifts = await mergeHours(trx, programmeId, other.id, survivor.id);
    await recordAudit(trx, ctx, {
      action: 'update',
      subjectType: 'participant',
      subjectId: survivor.id,
      subjectPersonId: survivor.id,
      programmeId,
      details: { merge: 'survivor', mergedFrom: other.id, moved },
    });
    await recordAudit(trx, ctx, {
      action: 'update',
      subjectType: 'participant',
      subjectId: other.id,
      subjectPersonId: other.id,
      programmeId,
      details: { merge: 'merged', mergedInto: survivor.id },
    });
    const updated = await findParticipant(trx, programmeId, survivor.id);
    return loadProfile(trx, v, updated!, today());
  });
}
