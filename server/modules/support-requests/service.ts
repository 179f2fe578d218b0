import type { z } from 'zod';
import { roleAllows } from '../../../shared/domain/access/permissions.ts';
import { responseDueAt, supportStats, type SupportSeverity, type SupportCategory } from '../../../shared/domain/placements/sla.ts';
import { copenhagenInstant, copenhagenLocal } from '../../../shared/domain/placements/time.ts';
import { addDays } from '../../../shared/domain/calendar/local-time.ts';
import { ageOn } from '../../../shared/domain/youth-rules/category.ts';
import type {
  createSupportRequestBody,
  resolveSupportRequestBody,
  supportNoteBody,
  supportRequestsQuery,
  supportStatsQuery,
} from '../../../shared/schemas/support-requests.ts';
import type { Tx } from '../../../db/tenant.ts';
import type { Actor, Ctx } from '../../http/context.ts';
import { errors } from '../../http/errors.ts';
import { requireProgrammeAction } from '../../lib/access/index.ts';
import { loadForParty, requireSupportAccess } from '../placements/index.ts';
import { copenhagenToday } from '../../lib/today.ts';
import { recordAudit } from '../audit/index.ts';
import { placementSettingsFor } from '../programme-settings/index.ts';
import { notifyAnswered, notifyGuardiansOfSafety, notifyRaised } from './notify.ts';
import { presentRequest, slaFacts } from './presenter.ts';
import * as repo from './repository.ts';

/** Who may see a request: staff all of the programme's; an employer contact or mentor their placements'. */
function scopeOf(actor: Actor, programmeId: string): repo.RequestFilters | 'all' {
  const mine = actor.memberships.filter((m) => m.programmeId === programmeId);
  if (mine.some((m) => roleAllows(m.role, 'support.handle'))) return 'all';
  return {
    organisationIds: mine.filter((m) => m.role === 'employer_contact' && m.organisationId).map((m) => m.organisationId!),
    ...(mine.some((m) => m.role === 'mentor') ? { mentorUserId: actor.userId } : {}),
  };
}

async function visible(trx: Tx, actor: Actor, programmeId: string, requestId: string) {
  const row = await repo.findRequest(trx, programmeId, requestId);
  if (!row) throw errors.notFound('support request');
  const scope = scopeOf(actor, programmeId);
  if (scope !== 'all' && !(scope.organisationIds ?? []).includes(row.organisation_id) && row.mentor_user_id !== actor.userId)
    throw errors.notFound('support request');
  return row;
}

/** The programme's hotline number, shown with urgent and safety requests (a placement setting). */
async function hotlinePhone(trx: Tx, programmeId: string): Promise<string | null> {
  return (await placementSettingsFor(trx, programmeId)).hotlinePhone;
}

async function view(trx: Tx, actor: Actor, programmeId: string, requestId: string) {
  const row = await visible(trx, actor, programmeId, requestId);
  return presentRequest(row, await repo.listNotes(trx, [row.id]), new Date(), await hotlinePhone(trx, programmeId));
}

/**
 * The employer hotline: an employer contact of the placement's organisation, or its assigned
 * mentor, asks the programme for help. The response deadline is fixed now (urgent: 4 clock hours,
 * day and night; normal: 8 working hours). The coordinators are told at once by every channel
 * there is — an in-app message and an e-mail, which urgent and safety requests send even to those
 * who turned e-mails off (there is no SMS) — and the answer to an urgent or safety request carries
 * the programme's number to call now.
 */
export async function raiseSupportRequest(
  ctx: Ctx,
  programmeId: string,
  placementId: string,
  body: z.output<typeof createSupportRequestBody>,
) {
  const { actor, tx } = requireProgrammeAction(ctx, programmeId, 'support.raise');
  const now = new Date();
  const result = await tx(async (trx) => {
    const { row: placement, party } = await loadForParty(trx, actor, programmeId, placementId, copenhagenToday(now));
    if (party !== 'employer' && party !== 'mentor' && party !== 'coordinator') throw errors.notFound('placement');
    if (placement.status !== 'agreed' && placement.status !== 'active') throw errors.placementNotRunning(placement.status);
    const dueAt = copenhagenInstant(responseDueAt(copenhagenLocal(now), body.severity));
    const { id } = await repo.insertRequest(trx, {
      programmeId,
      placementId,
      raisedBy: actor.userId,
      raisedAs: party,
      category: body.category,
      severity: body.severity,
      description: body.description,
      raisedAt: now,
      dueAt,
      contactPhone: body.contactPhone ?? (party === 'mentor' ? await repo.mentorPhone(trx, programmeId, placementId, actor.userId) : null),
    });
    const row = (await repo.findRequest(trx, programmeId, id))!;
    await recordAudit(trx, ctx, {
      action: 'create',
      subjectType: 'support_request',
      subjectId: id,
      subjectPersonId: placement.participant_id,
      programmeId,
      details: { category: body.category, severity: body.severity, as: party },
    });
    await notifyRaised(trx, ctx.config, row);
    await notifyGuardiansOfSafety(trx, ctx.config, row, ageOn(placement.birth_date, copenhagenToday(now)) < 18);
    return presentRequest(row, [], now, await hotlinePhone(trx, programmeId));
  });
  ctx.jobs.kick();
  return result;
}

export async function listSupportRequests(ctx: Ctx, programmeId: string, query: z.output<typeof supportRequestsQuery>) {
  const { actor, tx } = requireSupportAccess(ctx, programmeId);
  return tx(async (trx) => {
    const scope = scopeOf(actor, programmeId);
    const rows = await repo.listRequests(trx, programmeId, { ...query, ...(scope === 'all' ? {} : scope) });
    const notes = await repo.listNotes(
      trx,
      rows.map((r) => r.id),
    );
    await recordAudit(trx, ctx, {
      action: 'search',
      subjectType: 'support_request',
      programmeId,
      details: { ...query, count: rows.length },
    });
    const now = new Date();
    const phone = await hotlinePhone(trx, programmeId);
    return { requests: rows.map((r) => presentRequest(r, notes, now, phone)) };
  });
}

export async function getSupportRequest(ctx: Ctx, programmeId: string, requestId: string) {
  const { actor, tx } = requireSupportAccess(ctx, programmeId);
  return tx(async (trx) => {
    const result = await view(trx, actor, programmeId, requestId);
    const row = (await repo.findRequest(trx, programmeId, requestId))!;
    await recordAudit(trx, ctx, {
      action: 'read',
      subjectType: 'support_request',
      subjectId: requestId,
      subjectPersonId: row.participant_id,
      programmeId,
    });
    return result;
  });
}

async function respond(ctx: Ctx, programmeId: string, requestId: string, to: 'acknowledged' | 'resolved', resolution?: string) {
  const { actor, tx } = requireProgrammeAction(ctx, programmeId, 'support.handle');
  return tx(async (trx) => {
    const row = await visible(trx, actor, programmeId, requestId);
    const from = to === 'acknowledged' ? ['open'] : ['open', 'acknowledged'];
    // The status filter decides: a simultaneous response that won leaves no row here, so this one
    // answers 409 with the status as it is now (not as first read) and is not audited.
    if (!(await repo.respond(trx, programmeId, requestId, from, { status: to, userId: actor.userId, resolution })))
      throw errors.invalidTransition((await visible(trx, actor, programmeId, requestId)).status, to);
    await recordAudit(trx, ctx, {
      action: 'update',
      subjectType: 'support_request',
      subjectId: requestId,
      subjectPersonId: row.participant_id,
      programmeId,
      details: { from: row.status, to },
    });
    if (to === 'resolved') await notifyAnswered(trx, ctx.config, row, actor.userId);
    return view(trx, actor, programmeId, requestId);
  });
}

/** A coordinator has seen it: the first response (stops the response-time clock). */
export function acknowledgeSupportRequest(ctx: Ctx, programmeId: string, requestId: string) {
  return respond(ctx, programmeId, requestId, 'acknowledged');
}

export function resolveSupportRequest(ctx: Ctx, programmeId: string, requestId: string, body: z.output<typeof resolveSupportRequestBody>) {
  return respond(ctx, programmeId, requestId, 'resolved', body.resolution);
}

/**
 * A note while handling it. A coordinator's note on an open request also acknowledges it (it is a
 * response); the employer or mentor may add notes too, which do not stop the clock.
 */
export async function addSupportNote(ctx: Ctx, programmeId: string, requestId: string, body: z.output<typeof supportNoteBody>) {
  const { actor, tx } = requireSupportAccess(ctx, programmeId);
  return tx(async (trx) => {
    const row = await visible(trx, actor, programmeId, requestId);
    if (row.status === 'resolved') throw errors.invalidTransition('resolved', 'resolved');
    await repo.insertNote(trx, programmeId, requestId, actor.userId, body.text);
    const staff = scopeOf(actor, programmeId) === 'all';
    if (staff && row.status === 'open')
      await repo.respond(trx, programmeId, requestId, ['open'], { status: 'acknowledged', userId: actor.userId });
    await recordAudit(trx, ctx, {
      action: 'update',
      subjectType: 'support_request',
      subjectId: requestId,
      subjectPersonId: row.participant_id,
      programmeId,
      details: { note: true },
    });
    if (staff) await notifyAnswered(trx, ctx.config, row, actor.userId);
    return view(trx, actor, programmeId, requestId);
  });
}

/**
 * Hotline statistics over requests raised in [from, to] (Copenhagen dates): median working hours
 * to first response, the share answered within target, and requests by category and severity.
 */
export async function supportStatistics(ctx: Ctx, programmeId: string, query: z.output<typeof supportStatsQuery>) {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'support.handle');
  if (query.from && query.to && query.to < query.from) throw errors.invalidFields([{ path: ['to'], code: 'end_before_start' }]);
  return tx(async (trx) => {
    const rows = await repo.listRequests(trx, programmeId, {
      ...(query.from ? { raisedFrom: copenhagenInstant(`${query.from}T00:00`) } : {}),
      ...(query.to ? { raisedBefore: copenhagenInstant(`${addDays(query.to, 1)}T00:00`) } : {}),
    });
    await recordAudit(trx, ctx, {
      action: 'read',
      subjectType: 'support_statistics',
      programmeId,
      details: { ...query, count: rows.length },
    });
    const stats = supportStats(
      rows.map((r) => ({ ...slaFacts(r), category: r.category as SupportCategory, severity: r.severity as SupportSeverity })),
      copenhagenLocal(new Date()),
    );
    return { from: query.from ?? null, to: query.to ?? null, ...stats };
  });
}
