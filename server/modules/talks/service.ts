import type { z } from 'zod';
import type { FieldIssue } from '../../../shared/domain/participants/validation.ts';
import type { createTalkBody, nextStepInput } from '../../../shared/schemas/talks.ts';
import type { Ctx } from '../../http/context.ts';
import { errors } from '../../http/errors.ts';
import { loadWritable, requirePersonViewer } from '../people/index.ts';
import { recordAudit } from '../audit/index.ts';
import { today } from '../../lib/clock.ts';
import { presentNextStep, presentTalk } from './presenter.ts';
import * as repo from './repository.ts';

/**
 * Logs a conversation with its agreed next steps (each with a due date and a staff owner), in one
 * transaction. The summary is free text about a person: it is never copied into the audit trail.
 */
export async function createTalk(ctx: Ctx, programmeId: string, participantId: string, body: z.infer<typeof createTalkBody>) {
  const v = requirePersonViewer(ctx, programmeId, 'talk.manage');
  return v.tx(async (trx) => {
    await loadWritable(trx, v, participantId);
    const issues: FieldIssue[] = [];
    if (body.heldOn > today()) issues.push({ path: ['heldOn'], code: 'date_in_future' });
    const staff = await repo.staffMembers(
      trx,
      programmeId,
      body.nextSteps.map((s) => s.ownerUserId),
    );
    body.nextSteps.forEach((s, i) => {
      if (!staff.has(s.ownerUserId)) issues.push({ path: ['nextSteps', i, 'ownerUserId'], code: 'owner_not_member' });
    });
    if (issues.length) throw errors.invalidFields(issues);
    const talk = await repo.insertTalk(trx, {
      programme_id: programmeId,
      participant_id: participantId,
      held_on: body.heldOn,
      kind: body.kind,
      summary: body.summary,
      visibility: body.visibility,
      created_by: v.actor.userId,
    });
    const steps = await repo.insertNextSteps(
      trx,
      body.nextSteps.map((s) => ({
        programme_id: programmeId,
        participant_id: participantId,
        talk_id: talk.id,
        description: s.description,
        due_on: s.dueOn,
        owner_user_id: s.ownerUserId,
      })),
    );
    await recordAudit(trx, ctx, {
      action: 'create',
      subjectType: 'talk',
      subjectId: talk.id,
      subjectPersonId: participantId,
      programmeId,
      details: { kind: talk.kind, visibility: talk.visibility, nextSteps: steps.length },
    });
    return presentTalk(talk, steps);
  });
}

export async function addNextStep(
  ctx: Ctx,
  programmeId: string,
  participantId: string,
  talkId: string,
  body: z.infer<typeof nextStepInput>,
) {
  const v = requirePersonViewer(ctx, programmeId, 'talk.manage');
  return v.tx(async (trx) => {
    await loadWritable(trx, v, participantId);
    if (!(await repo.findTalk(trx, programmeId, participantId, talkId))) throw errors.notFound('talk');
    if (!(await repo.staffMembers(trx, programmeId, [body.ownerUserId])).has(body.ownerUserId)) {
      throw errors.invalidFields([{ path: ['ownerUserId'], code: 'owner_not_member' }]);
    }
    const [step] = await repo.insertNextSteps(trx, [
      {
        programme_id: programmeId,
        participant_id: participantId,
        talk_id: talkId,
        description: body.description,
        due_on: body.dueOn,
        owner_user_id: body.ownerUserId,
      },
    ]);
    await recordAudit(trx, ctx, {
      action: 'create',
      subjectType: 'next_step',
      subjectId: step!.id,
      subjectPersonId: participantId,
      programmeId,
    });
    return presentNextStep(step!);
  });
}

/** Marks a next step done (it leaves the to-do list). Completing it twice keeps the first time. */
export async function completeNextStep(ctx: Ctx, programmeId: string, participantId: string, stepId: string) {
  const v = requirePersonViewer(ctx, programmeId, 'talk.manage');
  return v.tx(async (trx) => {
    await loadWritable(trx, v, participantId);
    // Completed once, by whoever got there first: a second (or simultaneous) completion answers 409
    // and is not audited, so the trail names the one who did it.
    const step = await repo.completeNextStep(trx, programmeId, participantId, stepId, v.actor.userId);
    if (!step) {
      if (!(await repo.findNextStep(trx, programmeId, participantId, stepId))) throw errors.notFound('next step');
      throw errors.stateChanged('next_step', 'completed');
    }
    await recordAudit(trx, ctx, {
      action: 'update',
      subjectType: 'next_step',
      subjectId: stepId,
      subjectPersonId: participantId,
      programmeId,
      details: { completed: true },
    });
    return presentNextStep(step);
  });
}
