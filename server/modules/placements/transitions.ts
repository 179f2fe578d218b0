import type { Updateable } from 'kysely';
import type { z } from 'zod';
import type { PlacementsTable } from '../../../db/schema-placements.ts';
import { suggestedNextStep } from '../../../shared/domain/placements/ladder.ts';
import {
  actionTo,
  personParty,
  PLACEMENT_ACTIONS,
  refuseAction,
  type ActionRefusal,
  type PlacementAction,
} from '../../../shared/domain/placements/machine.ts';
import type { DecliningParty, Outcome, PlacementStatus } from '../../../shared/domain/placements/states.ts';
import type { agreementInput, answerBody, TransitionBody } from '../../../shared/schemas/placements.ts';
import type { Tx } from '../../../db/tenant.ts';
import type { Ctx } from '../../http/context.ts';
import { AppError, errors } from '../../http/errors.ts';
import { type Loaded, loadForParty, requirePlacementAccess } from './access.ts';
import { copenhagenToday } from '../../lib/today.ts';
import { recordAudit } from '../audit/index.ts';
import { agreementValues, assertReadyToStart } from './agreement.ts';
import { closeFollowUps, planFollowUps } from './follow-ups.ts';
import { notifyStatusChanged } from './notify.ts';
import { syncOpeningPlaces } from './opening-capacity.ts';
import * as repo from './repository.ts';
import { placementView } from './views.ts';

/** One step on a placement, as the service receives it. */
export interface Step {
  action: PlacementAction;
  version: number;
  note?: string | null;
  reason?: string;
  /** Coordinators may record who actually declined. */
  declinedBy?: DecliningParty;
  agreement?: z.output<typeof agreementInput>;
  outcome?: Outcome;
}

function refusalError(r: ActionRefusal): AppError {
  if (r.code === 'placement_transition_forbidden') return errors.placementTransitionForbidden(r.from, r.to, r.party);
  if (r.code === 'placement_awaiting_participant') return errors.placementAwaitingParticipant(r.from, r.to);
  return errors.placementTransitionNotAllowed(r.from, r.to);
}

/** The columns a step sets besides status and version; validates what the step needs. */
async function stepValues(trx: Tx, l: Loaded, step: Step, today: string): Promise<Updateable<PlacementsTable>> {
  const { row } = l;
  const to = PLACEMENT_ACTIONS[step.action].to;
  const moved = to !== row.status ? { status: to, status_changed_at: new Date(), stale_flagged_at: null } : {};
  switch (step.action) {
    case 'accept':
      return { participant_accepted_at: new Date() };
    case 'agree':
      return { ...moved, ...(await agreementValues(trx, row, step.agreement!)) };
    case 'activate':
      await assertReadyToStart(trx, row, today);
      return { ...moved, activated_at: new Date() };
    case 'complete':
      return { ...moved, outcome: step.outcome!, ended_on: today, suggested_step: suggestedNextStep(row.participant_kind, row.step) };
    case 'end_early':
      return { ...moved, end_reason: step.reason!, ended_on: today };
    case 'decline': {
      const by = l.party === 'coordinator' && step.declinedBy ? step.declinedBy : l.party;
      return { ...moved, decline_reason: step.reason!, declined_by: by };
    }
    default:
      return moved;
  }
}

/**
 * Performs one step inside the caller's transaction: the version must be the one the caller read,
 * the machine must have the step, and the caller's party must own it. The update is guarded by
 * the version, so of two concurrent steps exactly one wins and the other gets version_conflict;
 * the event (who, when, from, to, why), the follow-up plan, the opening's filled/open status
 * (opening-capacity.ts), the audit event and the notices are written in the same transaction. Returns the placement as it is now.
 */
export async function performStep(trx: Tx, ctx: Ctx, l: Loaded, step: Step, today: string): Promise<repo.PlacementRow> {
  const { row, party } = l;
  const from = row.status as PlacementStatus;
  if (step.version !== row.version) throw errors.versionConflict(row.version);
  const refusal = refuseAction({
    action: step.action,
    from,
    party,
    participantAccepted: row.participant_accepted_at !== null,
    personAge: l.age,
    reason: step.reason,
  });
  if (refusal) throw refusalError(refusal);
  const values = await stepValues(trx, l, step, today);
  const updated = await repo.updatePlacement(trx, row.programme_id, row.id, step.version, values);
  if (!updated) throw errors.versionConflict(await repo.currentVersion(trx, row.programme_id, row.id));
  const to = PLACEMENT_ACTIONS[step.action].to;
  await repo.insertEvent(trx, {
    programme_id: row.programme_id,
    placement_id: row.id,
    action: step.action,
    from_status: from,
    to_status: to,
    party,
    actor_user_id: ctx.actor?.userId ?? null,
    reason: step.reason ?? null,
    note: step.note ?? null,
    version: updated.version,
  });
  const after = (await repo.findPlacement(trx, row.programme_id, row.id))!;
  if (step.action === 'activate') await planFollowUps(trx, after);
  if (step.action === 'complete' || step.action === 'end_early') await closeFollowUps(trx, after, today);
  await syncOpeningPlaces(trx, ctx, { programmeId: row.programme_id, openingId: row.opening_id, placementId: row.id }, from, to, today);
  await recordAudit(trx, ctx, {
    action: 'update',
    subjectType: 'placement',
    subjectId: row.id,
    subjectPersonId: row.participant_id,
    programmeId: row.programme_id,
    details: { action: step.action, from, to, as: party, ...(step.reason ? { reason: step.reason } : {}) },
  });
  if (to !== from) await notifyStatusChanged(trx, ctx.config, after, from, party, ctx.actor?.userId ?? null);
  return after;
}

function stepOf(body: TransitionBody): Step {
  const action = actionTo(body.to)!;
  const base = { action, version: body.version, note: body.note ?? null };
  switch (body.to) {
    case 'agreed':
      return { ...base, agreement: body.agreement };
    case 'completed':
      return { ...base, outcome: body.outcome };
    case 'ended_early':
      return { ...base, reason: body.reason };
    case 'declined':
      return { ...base, reason: body.reason, declinedBy: body.declinedBy };
    default:
      return base;
  }
}

async function run(ctx: Ctx, programmeId: string, placementId: string, build: (l: Loaded) => Step) {
  const { actor, tx } = requirePlacementAccess(ctx, programmeId);
  const today = copenhagenToday();
  const view = await tx(async (trx) => {
    const loaded = await loadForParty(trx, actor, programmeId, placementId, today);
    await performStep(trx, ctx, loaded, build(loaded), today);
    return placementView(trx, actor, programmeId, placementId, today);
  });
  ctx.jobs.kick();
  return view;
}

/** POST …/transitions: move a placement to another status (body.to), sending the version read. */
export async function transitionPlacement(ctx: Ctx, programmeId: string, placementId: string, body: TransitionBody) {
  return run(ctx, programmeId, placementId, () => stepOf(body));
}

/** POST …/answer: the person (or, under 15, a guardian) says yes or no to a proposal. */
export async function answerProposal(ctx: Ctx, programmeId: string, placementId: string, body: z.output<typeof answerBody>) {
  return run(ctx, programmeId, placementId, (l) => {
    if (l.row.status !== 'proposed')
      throw errors.placementTransitionNotAllowed(l.row.status, body.answer === 'yes' ? 'proposed' : 'declined');
    return body.answer === 'yes'
      ? { action: 'accept', version: body.version, note: body.note ?? null }
      : // A coordinator passing on the person's "no" records it as theirs.
        {
          action: 'decline',
          version: body.version,
          note: body.note ?? null,
          reason: body.reason,
          ...(l.party === 'coordinator' ? { declinedBy: personParty(l.age) } : {}),
        };
  });
}
