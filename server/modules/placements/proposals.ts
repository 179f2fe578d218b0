import type { z } from 'zod';
import type { createPlacementBody, matchReason } from '../../../shared/schemas/placements.ts';
import { ageOn } from '../../../shared/domain/youth-rules/category.ts';
import type { Tx } from '../../../db/tenant.ts';
import type { Ctx } from '../../http/context.ts';
import { errors } from '../../http/errors.ts';
import { requireProgrammeAction } from '../../lib/access/index.ts';
import { copenhagenToday } from '../../lib/today.ts';
import { recordAudit } from '../audit/index.ts';
import { notifyProposed } from './notify.ts';
import * as repo from './repository.ts';
import { placementView } from './views.ts';

export interface ProposalInput {
  participantId: string;
  openingId: string;
  matchReasons?: z.infer<typeof matchReason>[];
}

export interface ProposalResult {
  created: string[];
  /** Pairs that already had a pending or running placement (only with `onDuplicate: 'skip'`). */
  skipped: Array<{ participantId: string; openingId: string; placementId: string }>;
}

/**
 * Creates proposed placements inside the caller's transaction: the single "propose" endpoint, and
 * a matching round's "publish", which must commit its round and its proposals together. Callers
 * have done their own access check (placement.manage). Each pair must be in this programme, the
 * opening open, the person's age inside the opening's range on its start (or today, if later), and
 * not already pending or running; duplicates fail (409 placement_exists) or, when asked, are skipped.
 * Employer contacts of each opening are told about their new candidate.
 */
export async function createProposedPlacements(
  trx: Tx,
  ctx: Ctx,
  programmeId: string,
  items: readonly ProposalInput[],
  options: { onDuplicate?: 'fail' | 'skip'; issuePath?: (index: number) => (string | number)[] } = {},
): Promise<ProposalResult> {
  const today = copenhagenToday();
  const path = options.issuePath ?? ((i: number) => (items.length === 1 ? [] : ['items', i]));
  const programme = await repo.programmeName(trx, programmeId);
  if (programme === undefined) throw errors.notFound('programme');
  const result: ProposalResult = { created: [], skipped: [] };
  for (const [i, item] of items.entries()) {
    const person = await repo.findParticipantForProposal(trx, programmeId, item.participantId);
    if (!person || person.merged_into || person.anonymised_at)
      throw errors.invalidFields([{ path: [...path(i), 'participantId'], code: 'participant_unknown' }]);
    const opening = await repo.findOpeningForProposal(trx, programmeId, item.openingId);
    if (!opening) throw errors.invalidFields([{ path: [...path(i), 'openingId'], code: 'opening_unknown' }]);
    if (opening.status !== 'open') throw errors.openingNotOpen(opening.status);
    const age = ageOn(person.birth_date, opening.starts_on > today ? opening.starts_on : today);
    if (age < opening.min_age || (opening.max_age !== null && age > opening.max_age)) {
      throw errors.invalidFields([{ path: [...path(i), 'participantId'], code: 'age_outside_opening' }]);
    }
    const inserted = await repo.insertPlacement(trx, {
      programme_id: programmeId,
      participant_id: item.participantId,
      opening_id: item.openingId,
      match_reasons: JSON.stringify(item.matchReasons ?? []),
      created_by: ctx.actor?.userId ?? null,
    });
    if (!inserted) {
      const existing = await repo.openPlacementFor(trx, item.participantId, item.openingId);
      if (options.onDuplicate === 'skip') {
        result.skipped.push({ participantId: item.participantId, openingId: item.openingId, placementId: existing?.id ?? '' });
        continue;
      }
      throw errors.placementExists(existing?.id ?? '');
    }
    await repo.insertEvent(trx, {
      programme_id: programmeId,
      placement_id: inserted.id,
      action: 'propose',
      from_status: null,
      to_status: 'proposed',
      party: ctx.actor ? 'coordinator' : 'system',
      actor_user_id: ctx.actor?.userId ?? null,
      version: 1,
    });
    await recordAudit(trx, ctx, {
      action: 'create',
      subjectType: 'placement',
      subjectId: inserted.id,
      subjectPersonId: item.participantId,
      programmeId,
      details: { openingId: item.openingId, matchReasons: (item.matchReasons ?? []).length },
    });
    const row = (await repo.findPlacement(trx, programmeId, inserted.id))!;
    await notifyProposed(trx, ctx.config, row, programme, today, ctx.actor?.userId ?? null);
    result.created.push(inserted.id);
  }
  return result;
}

/** POST …/placements: a coordinator proposes one participant for one open opening. */
export async function createPlacement(ctx: Ctx, programmeId: string, body: z.output<typeof createPlacementBody>) {
  const { actor, tx } = requireProgrammeAction(ctx, programmeId, 'placement.manage');
  const view = await tx(async (trx) => {
    const { created } = await createProposedPlacements(trx, ctx, programmeId, [body]);
    return placementView(trx, actor, programmeId, created[0]!, copenhagenToday());
  });
  ctx.jobs.kick();
  return view;
}
