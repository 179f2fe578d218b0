import type { z } from 'zod';
import type { ladderChangeBody } from '../../../shared/schemas/participants.ts';
import type { FieldIssue } from '../../../shared/domain/participants/validation.ts';
import { ageOn } from '../../../shared/domain/youth-rules/category.ts';
import type { Ctx } from '../../http/context.ts';
import { errors } from '../../http/errors.ts';
import { loadWritable, requirePersonViewer } from '../people/index.ts';
import { recordAudit } from '../audit/index.ts';
import { today } from '../../lib/clock.ts';
import { loadProfile } from '../profile/index.ts';
import * as repo from './repository.ts';

/**
 * A change of step (youth) or track (adults): a dated event with a reason and its author, and the
 * participant's current step/track, in one transaction. History stays in date order: an event may
 * not be dated before the last one, nor in the future.
 */
export async function changeLadder(ctx: Ctx, programmeId: string, participantId: string, body: z.infer<typeof ladderChangeBody>) {
  const v = requirePersonViewer(ctx, programmeId, 'participant.write');
  const date = today();
  return v.tx(async (trx) => {
    const row = await loadWritable(trx, v, participantId);
    const issues: FieldIssue[] = [];
    const youth = row.kind === 'youth';
    if (youth && body.track !== undefined) issues.push({ path: ['track'], code: 'adult_only_field' });
    if (!youth && body.step !== undefined) issues.push({ path: ['step'], code: 'youth_only_field' });
    if (youth && body.step === undefined) issues.push({ path: ['step'], code: 'step_required' });
    if (!youth && body.track === undefined) issues.push({ path: ['track'], code: 'track_required' });
    if (body.onDate > date) issues.push({ path: ['onDate'], code: 'date_in_future' });
    const last = (await repo.lastLadderDate(trx, programmeId, participantId))?.last ?? null;
    if (last && body.onDate < last) issues.push({ path: ['onDate'], code: 'ladder_date_before_last' });
    const to = youth ? body.step : body.track;
    if (issues.length === 0 && to === (youth ? row.step : row.track))
      issues.push({ path: [youth ? 'step' : 'track'], code: 'ladder_no_change' });
    if (issues.length) throw errors.invalidFields(issues);

    const updated = await repo.updateParticipant(
      trx,
      programmeId,
      participantId,
      body.version,
      youth ? { step: body.step! } : { track: body.track ?? null },
    );
    if (!updated) throw errors.versionConflict(row.version);
    const event = await repo.insertLadderEvent(trx, {
      programme_id: programmeId,
      participant_id: participantId,
      on_date: body.onDate,
      kind: youth ? 'step' : 'track',
      from_step: youth ? row.step : null,
      to_step: youth ? body.step! : null,
      from_track: youth ? null : row.track,
      to_track: youth ? null : (body.track ?? null),
      reason: body.reason,
      age_on_date: ageOn(row.birth_date, body.onDate),
      created_by: v.actor.userId,
    });
    await recordAudit(trx, ctx, {
      action: 'update',
      subjectType: 'ladder_event',
      subjectId: event.id,
      subjectPersonId: participantId,
      programmeId,
      details: youth ? { fromStep: row.step, toStep: body.step } : { fromTrack: row.track, toTrack: body.track ?? null },
    });
    return loadProfile(trx, v, updated, date);
  });
}
