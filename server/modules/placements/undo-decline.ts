import type { Ctx } from '../../http/context.ts';
import { errors } from '../../http/errors.ts';
import { copenhagenToday } from '../../lib/today.ts';
import { recordAudit } from '../audit/index.ts';
import { loadForParty, requirePlacementAccess } from './access.ts';
import * as repo from './repository.ts';
import { undoAllowed } from './undo-rule.ts';
import { placementView } from './views.ts';

/**
 * POST …/undo-decline: the young person (or, under 15, their guardian) takes back their own
 * "Nej tak" to a proposal, so a tap by mistake or a changed mind costs nothing. Allowed only while
 * nobody else has acted on the no ({@link undoAllowed}) and the version the caller read is current.
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
    const allowed = await undoAllowed(trx, l, await repo.listEvents(trx, programmeId, placementId));
    if (!allowed || body.version !== row.version) throw errors.stateChanged('placement', row.status);
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
