import type { z } from 'zod';
import { workedDateRefusal } from '../../../shared/domain/placements/dates.ts';
import { mentorCosts } from '../../../shared/domain/placements/mentor-costs.ts';
import type { Payer } from '../../../shared/domain/placements/states.ts';
import type { mentorCostsQuery, mentorHoursBody } from '../../../shared/schemas/placements.ts';
import type { Ctx } from '../../http/context.ts';
import { errors } from '../../http/errors.ts';
import { requireProgrammeAction } from '../../lib/access/index.ts';
import { loadForParty } from './access.ts';
import { copenhagenToday } from '../../lib/today.ts';
import { recordAudit } from '../audit/index.ts';
import * as hRepo from './mentor-hours-repository.ts';
import * as repo from './repository.ts';

function presentEntry(e: hRepo.MentorHoursRow) {
  return {
    id: e.id,
    placementId: e.placement_id,
    mentorId: e.mentor_id,
    mentorName: e.mentor_name,
    workedOn: e.worked_on,
    hours: e.hours,
    ratePerHour: e.rate_per_hour,
    payer: e.payer as Payer,
    cost: mentorCosts([{ workedOn: e.worked_on, hours: e.hours, ratePerHour: e.rate_per_hour, payer: e.payer as Payer }]).cost,
    note: e.note,
  };
}

const STARTED = ['active', 'completed', 'ended_early'];

/**
 * The assigned mentor (or a coordinator for them) logs hours spent with the person on a date.
 * The mentor's current rate and payer are copied onto the entry; logging a date again replaces it.
 * Only a started placement has mentor hours, and only on dates it ran (never in the future).
 */
export async function logMentorHours(ctx: Ctx, programmeId: string, placementId: string, body: z.output<typeof mentorHoursBody>) {
  const { actor, tx } = requireProgrammeAction(ctx, programmeId, 'mentor_hours.log');
  const today = copenhagenToday();
  return tx(async (trx) => {
    const { row, party } = await loadForParty(trx, actor, programmeId, placementId, today);
    if (party !== 'mentor' && party !== 'coordinator') throw errors.notFound('placement');
    if (!STARTED.includes(row.status)) throw errors.placementNotRunning(row.status);
    const refusal = workedDateRefusal({ startsOn: row.starts_on, endsOn: row.ends_on, endedOn: row.ended_on }, body.workedOn, today);
    if (refusal) throw errors.invalidFields([{ path: ['workedOn'], code: refusal }]);
    const mentor = row.mentor_id ? await repo.findMentorOf(trx, programmeId, row.organisation_id, row.mentor_id) : undefined;
    if (!mentor) throw errors.invalidFields([{ path: [], code: 'mentor_unknown' }]);
    const entry = await hRepo.upsertHours(trx, {
      programmeId,
      placementId,
      mentorId: mentor.id,
      mentorName: mentor.name,
      workedOn: body.workedOn,
      hours: body.hours,
      ratePerHour: mentor.rate_per_hour,
      payer: mentor.payer,
      note: body.note ?? null,
      userId: actor.userId,
    });
    await recordAudit(trx, ctx, {
      action: 'update',
      subjectType: 'mentor_hours',
      subjectId: entry.id,
      subjectPersonId: row.participant_id,
      programmeId,
      details: { workedOn: body.workedOn, hours: body.hours, as: party },
    });
    return presentEntry(entry);
  });
}

export async function listMentorHours(ctx: Ctx, programmeId: string, placementId: string) {
  const { actor, tx } = requireProgrammeAction(ctx, programmeId, 'mentor_hours.log');
  const today = copenhagenToday();
  return tx(async (trx) => {
    const { row, party } = await loadForParty(trx, actor, programmeId, placementId, today);
    if (party !== 'mentor' && party !== 'coordinator') throw errors.notFound('placement');
    const entries = await hRepo.listHours(trx, programmeId, { placementId });
    await recordAudit(trx, ctx, {
      action: 'read',
      subjectType: 'mentor_hours',
      subjectId: placementId,
      subjectPersonId: row.participant_id,
      programmeId,
      details: { count: entries.length },
    });
    return { entries: entries.map(presentEntry) };
  });
}

/**
 * Mentor costs for reporting to funders: hours × the rate logged, per payer, per month and per
 * payer and month, over an optional period (or one placement). Sums only: no one is named.
 */
export async function mentorCostSummary(ctx: Ctx, programmeId: string, query: z.output<typeof mentorCostsQuery>) {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'mentor_costs.read');
  if (query.from && query.to && query.to < query.from) throw errors.invalidFields([{ path: ['to'], code: 'end_before_start' }]);
  return tx(async (trx) => {
    const entries = await hRepo.listHours(trx, programmeId, query);
    await recordAudit(trx, ctx, {
      action: 'read',
      subjectType: 'mentor_costs',
      programmeId,
      details: { ...query, entries: entries.length },
    });
    const costs = mentorCosts(
      entries.map((e) => ({ workedOn: e.worked_on, hours: e.hours, ratePerHour: e.rate_per_hour, payer: e.payer as Payer })),
    );
    return { from: query.from ?? null, to: query.to ?? null, ...costs };
  });
}
