import type { Ctx } from '../../http/context.ts';
import { errors } from '../../http/errors.ts';
import { copenhagenToday } from '../../lib/today.ts';
import { recordAudit } from '../audit/index.ts';
import { findOpening } from '../openings/index.ts';
import { loadForParty, requirePlacementAccess } from './access.ts';
import * as repo from './repository.ts';
import { staffProposalsSince } from './undo-decline-repository.ts';
import { placementView } from './views.ts';

/**
 * POST …/undo-decline: the young person (or, under 15, their guardian) takes back their own
 * "Nej tak" to a proposal, so a tap by mistake or a changed mind costs nothing. Allowed only while
 * nobody else has acted on the no:
 * - the last step on the placement is this user's own decline of a proposal (no later step, and
 *   the version the caller read is still current);
 * - no placement was proposed to the person since (the coordinator's usual answer to a no);
 * - the opening is still open.
 * Anything else answers 409 state_changed. The placement goes back to `proposed` (not yet
 * accepted), the undo is a step in its history, and it is audited, all only when the guarded
 * update changed the row.
 */
export async function undoDecline(ctx: Ctx, programmeId: string, placementId: string, body: { version: number }) {
  const { actor, tx } = requirePlacementAccess(ctx, programmeId);
  const today = copenhagenToday();
  return tx(async (trx) => {
    const l = await loadForParty(trx, actor, programmeId, placementId, today);
    const { row, party } = l;
    if (party !== 'participant' && party !== 'guardian') throw errors.notFound('placement');
    const events = await repo.listEvents(trx, programmeId, placementId);
    const last = events.at(-1);
    const own =
      row.status === 'declined' &&
      last?.action === 'decline' &&
      last.from_status === 'proposed' &&
      last.actor_user_id === actor.userId &&
      last.version === row.version;
    if (!own || body.version !== row.version) throw errors.stateChanged('placement', row.status);
    if ((await staffProposalsSince(trx, programmeId, row.participant_id, last.at)) > 0) throw errors.stateChanged('placement', row.status);
    const opening = await findOpening(trx, programmeId, row.opening_id);
    if (opening?.status !== 'open') throw errors.stateChanged('placement', row.status);
    const updated = await repo.updatePlacement(trx, programmeId, placementId, body.version, {
      status: 'proposed',
      status_changed_at: new Date(),
      participant_accepted_at: null,
      decline_reason: null,
      declined_by: null,
    });
    if (!updated) throw errors.stateChanged('placement', row.status);
    await repo.insertEvent(trx, {
      programme_id: programmeId,
      placement_id: placementId,
      action: 'undo_decline',
      from_status: 'declined',
      to_status: 'proposed',
      party,
      actor_user_id: actor.userId,
      version: updated.version,
    });
    await recordAudit(trx, ctx, {
      action: 'update',
      subjectType: 'placement',
      subjectId: placementId,
      subjectPersonId: row.participant_id,
      programmeId,
      details: { action: 'undo_decline', from: 'declined', to: 'proposed', as: party },
    });
    return placementView(trx, actor, programmeId, placementId, today);
  });
}
