import type { z } from 'zod';
import { followUpHeldRefusal } from '../../../shared/domain/placements/dates.ts';
import { followUpPlan, followUpsOnEnd } from '../../../shared/domain/placements/follow-ups.ts';
import { addDays } from '../../../shared/domain/calendar/local-time.ts';
import type { completeFollowUpBody, dueFollowUpsQuery } from '../../../shared/schemas/placements.ts';
import type { Tx } from '../../../db/tenant.ts';
import type { Ctx } from '../../http/context.ts';
import { errors } from '../../http/errors.ts';
import { requireProgrammeAction } from '../../lib/access/index.ts';
import { copenhagenToday } from '../../lib/today.ts';
import { recordAudit } from '../audit/index.ts';
import { placementSettingsFor } from '../programme-settings/index.ts';
import { findTalk, insertTalk } from '../talks/index.ts';
import * as fRepo from './follow-ups-repository.ts';
import { presentFollowUp } from './presenter.ts';
import { findPlacement, flaggedProposals, type PlacementRow } from './repository.ts';

/** When a placement goes active: its follow-ups, from the programme's schedule (default 1w, 1m, 3m, end). */
export async function planFollowUps(trx: Tx, row: PlacementRow): Promise<void> {
  const { followUpSchedule } = await placementSettingsFor(trx, row.programme_id);
  await fRepo.insertFollowUps(trx, row.programme_id, row.id, followUpPlan(row.starts_on!, row.ends_on!, followUpSchedule));
}

/** When a placement ends: later follow-ups are cancelled and the end talk moves to the day it ended. */
export async function closeFollowUps(trx: Tx, row: PlacementRow, endedOn: string): Promise<void> {
  const open = (await fRepo.listFollowUps(trx, row.programme_id, row.id)).filter((f) => f.completed_at === null && f.cancelled_at === null);
  const plan = followUpsOnEnd(
    open.map((f) => ({ id: f.id, code: f.code, dueOn: f.due_on })),
    endedOn,
  );
  await fRepo.cancelFollowUps(trx, row.programme_id, plan.cancel);
  if (plan.moveEnd) await fRepo.moveFollowUp(trx, row.programme_id, plan.moveEnd.id, plan.moveEnd.dueOn);
  if (plan.addEnd) await fRepo.insertFollowUps(trx, row.programme_id, row.id, [{ code: 'end', dueOn: endedOn }]);
}

export function presentDue(f: fRepo.DueFollowUpRow, today: string) {
  return {
    ...presentFollowUp(f, today),
    participantId: f.participant_id,
    firstName: f.first_name,
    lastName: f.last_name,
    openingTitle: f.opening_title,
  };
}

/** Open follow-ups due by today (+ `withinDays`), oldest first: what the coordinator should do next. */
export async function listDueFollowUps(ctx: Ctx, programmeId: string, query: z.output<typeof dueFollowUpsQuery>) {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'placement.manage');
  const today = copenhagenToday();
  return tx(async (trx) => {
    const rows = await fRepo.dueFollowUps(trx, programmeId, addDays(today, query.withinDays));
    await recordAudit(trx, ctx, {
      action: 'search',
      subjectType: 'placement_follow_up',
      programmeId,
      details: { withinDays: query.withinDays, count: rows.length },
    });
    return { today, followUps: rows.map((f) => presentDue(f, today)) };
  });
}

/**
 * Completes a follow-up by linking the talk it was held in: an existing talk with this participant,
 * or a new follow-up talk written now (through the talks module's repository, same transaction).
 */
export async function completeFollowUp(
  ctx: Ctx,
  programmeId: string,
  placementId: string,
  followUpId: string,
  body: z.output<typeof completeFollowUpBody>,
) {
  const { actor, tx } = requireProgrammeAction(ctx, programmeId, 'placement.manage');
  const today = copenhagenToday();
  return tx(async (trx) => {
    const f = await fRepo.findFollowUp(trx, programmeId, followUpId);
    if (!f || f.placement_id !== placementId) throw errors.notFound('follow-up');
    const placement = (await findPlacement(trx, programmeId, placementId))!;
    let talkId: string;
    if ('talkId' in body) {
      const talk = await findTalk(trx, programmeId, placement.participant_id, body.talkId);
      if (!talk) throw errors.invalidFields([{ path: ['talkId'], code: 'talk_unknown' }]);
      const refusal = followUpHeldRefusal(f.due_on, talk.held_on, today);
      if (refusal) throw errors.invalidFields([{ path: ['talkId'], code: refusal }]);
      talkId = body.talkId;
    } else {
      const refusal = followUpHeldRefusal(f.due_on, body.talk.heldOn, today);
      if (refusal) throw errors.invalidFields([{ path: ['talk', 'heldOn'], code: refusal }]);
      const talk = await insertTalk(trx, {
        programme_id: programmeId,
        participant_id: placement.participant_id,
        held_on: body.talk.heldOn,
        kind: 'follow_up',
        summary: body.talk.summary,
        visibility: body.talk.visibility,
        created_by: actor.userId,
      });
      talkId = talk.id;
      await recordAudit(trx, ctx, {
        action: 'create',
        subjectType: 'talk',
        subjectId: talk.id,
        subjectPersonId: placement.participant_id,
        programmeId,
        details: { kind: 'follow_up', via: 'placement_follow_up' },
      });
    }
    const done = await fRepo.completeFollowUp(trx, programmeId, followUpId, talkId, actor.userId);
    if (!done) throw errors.invalidTransition(f.completed_at ? 'completed' : 'cancelled', 'completed');
    await recordAudit(trx, ctx, {
      action: 'update',
      subjectType: 'placement_follow_up',
      subjectId: followUpId,
      subjectPersonId: placement.participant_id,
      programmeId,
      details: { completed: true, talkId },
    });
    return presentFollowUp(done, today);
  });
}

/** For the coordinator's to-do list: follow-ups due, and proposals the stale job has flagged. */
export async function placementTodoItems(trx: Tx, programmeId: string, today: string) {
  const due = await fRepo.dueFollowUps(trx, programmeId, today);
  const stale = await flaggedProposals(trx, programmeId);
  return {
    followUpsDue: due.map((f) => presentDue(f, today)),
    staleProposals: stale.map((s) => ({
      placementId: s.id,
      participantId: s.participant_id,
      firstName: s.first_name,
      lastName: s.last_name,
      openingTitle: s.title,
      proposedOn: copenhagenToday(new Date(s.status_changed_at)),
      flaggedAt: new Date(s.stale_flagged_at!).toISOString(),
    })),
  };
}
