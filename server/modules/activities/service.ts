import type { z } from 'zod';
import type { activityBody, inviteBody, listQuery, participantStatusBody } from '../../../shared/schemas/activities.ts';
import type { Tx } from '../../../db/tenant.ts';
import type { Ctx } from '../../http/context.ts';
import { errors } from '../../http/errors.ts';
import { requireProgrammeAction } from '../../lib/access/index.ts';
import { today } from '../../lib/clock.ts';
import { recordAudit } from '../audit/index.ts';
import { activityWhen, notifyPortal, portalLink } from '../notifications/index.ts';
import { requireViewer, visibleParticipants } from '../people/index.ts';
import { presentDetail, presentSummary } from './presenter.ts';
import * as repo from './repository.ts';

type Body = z.output<typeof activityBody>;

/** The activity with its sessions and list of people, as the detail page shows it. */
export async function loadDetail(trx: Tx, programmeId: string, id: string) {
  const a = await repo.findActivity(trx, programmeId, id);
  if (!a) throw errors.notFound('activity');
  const [sessions, people] = await Promise.all([
    repo.listSessions(trx, programmeId, id),
    repo.listActivityParticipants(trx, programmeId, id),
  ]);
  return presentDetail(a, sessions, people);
}

/** Refuses a site or host company that this programme does not have (the composite FKs would, less clearly). */
async function checkReferences(trx: Tx, programmeId: string, body: Body) {
  const issues: Array<{ path: string[]; code: string }> = [];
  if (body.siteId && !(await repo.siteExists(trx, programmeId, body.siteId))) issues.push({ path: ['siteId'], code: 'site_unknown' });
  if (body.hostCompanyId && !(await repo.companyExists(trx, programmeId, body.hostCompanyId)))
    issues.push({ path: ['hostCompanyId'], code: 'company_unknown' });
  if (issues.length > 0) throw errors.invalidFields(issues);
}

export async function listActivities(ctx: Ctx, programmeId: string, query: z.output<typeof listQuery>) {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'activity.read');
  return tx(async (trx) => ({
    items: (await repo.listActivities(trx, programmeId, query)).map(presentSummary),
  }));
}

/**
 * The activity with its list of people: the list names participants, so the read is audited. A
 * caseworker sees in it only the people they may see at all (a job-centre consent in force).
 */
export async function getActivity(ctx: Ctx, programmeId: string, id: string) {
  const viewer = requireViewer(ctx, programmeId, 'activity.read');
  return viewer.tx(async (trx) => {
    const visible = await visibleParticipants(trx, viewer, today());
    const full = await loadDetail(trx, programmeId, id);
    const detail = { ...full, participants: full.participants.filter((p) => visible(p.participantId)) };
    await recordAudit(trx, ctx, {
      action: 'read',
      subjectType: 'activity',
      subjectId: id,
      programmeId,
      details: { participantIds: detail.participants.map((p) => p.participantId) },
    });
    return detail;
  });
}

/** Creates an activity with its sessions in one transaction. */
export async function createActivity(ctx: Ctx, programmeId: string, body: Body) {
  const { actor, tx } = requireProgrammeAction(ctx, programmeId, 'activity.manage');
  return tx(async (trx) => {
    await checkReferences(trx, programmeId, body);
    const id = await repo.insertActivity(trx, programmeId, body, actor.userId);
    for (const s of body.sessions) await repo.insertSession(trx, programmeId, id, s);
    await recordAudit(trx, ctx, {
      action: 'create',
      subjectType: 'activity',
      subjectId: id,
      programmeId,
      details: { kind: body.kind, sessions: body.sessions.length },
    });
    return loadDetail(trx, programmeId, id);
  });
}

/**
 * Edits an activity and replaces its sessions with the ones sent: sessions with an id are moved,
 * new ones added, missing ones removed — but a session with attendance taken is never removed
 * (409 in_use), and capacity cannot drop below the people already registered.
 */
export async function updateActivity(ctx: Ctx, programmeId: string, id: string, body: Body) {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'activity.manage');
  return tx(async (trx) => {
    const locked = await repo.lockActivity(trx, programmeId, id);
    if (!locked) throw errors.notFound('activity');
    if (locked.cancelled_at) throw errors.activityCancelled();
    await checkReferences(trx, programmeId, body);
    const registered = await repo.registeredCount(trx, programmeId, id);
    if (body.capacity !== null && body.capacity < registered)
      throw errors.invalidFields([{ path: ['capacity'], code: 'capacity_below_registered' }]);
    const existing = (await repo.listSessions(trx, programmeId, id)).map((s) => s.id);
    const kept = new Set(body.sessions.flatMap((s) => (s.id ? [s.id] : [])));
    const removed = existing.filter((sid) => !kept.has(sid));
    if ((await repo.sessionsWithAttendance(trx, programmeId, removed)).size > 0) throw errors.inUse('attendance');
    await repo.deleteSessions(trx, programmeId, id, removed);
    for (const [i, s] of body.sessions.entries()) {
      if (!s.id) await repo.insertSession(trx, programmeId, id, s);
      else if (!(await repo.updateSession(trx, programmeId, id, { ...s, id: s.id })))
        throw errors.invalidFields([{ path: ['sessions', i, 'id'], code: 'session_unknown' }]);
    }
    await repo.updateActivity(trx, programmeId, id, body);
    await recordAudit(trx, ctx, {
      action: 'update',
      subjectType: 'activity',
      subjectId: id,
      programmeId,
      details: { sessions: body.sessions.length, removedSessions: removed.length },
    });
    return loadDetail(trx, programmeId, id);
  });
}

/**
 * Cancels an activity; its sessions, list and attendance are kept (the funnel leaves it out). Only
 * the cancel that took effect answers 200 and is audited: a second one (or one that lost a race,
 * waiting on the row lock) answers 409 activity_cancelled, as every other change of a cancelled activity does.
 */
export async function cancelActivity(ctx: Ctx, programmeId: string, id: string) {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'activity.manage');
  return tx(async (trx) => {
    const locked = await repo.lockActivity(trx, programmeId, id);
    if (!locked) throw errors.notFound('activity');
    if (locked.cancelled_at || !(await repo.cancelActivity(trx, programmeId, id))) throw errors.activityCancelled();
    await recordAudit(trx, ctx, { action: 'update', subjectType: 'activity', subjectId: id, programmeId, details: { cancelled: true } });
    return loadDetail(trx, programmeId, id);
  });
}

/**
 * Invites people in bulk. Everyone must be a live participant of this programme (someone from
 * another programme is invisible here and refused as unknown, by path); people already on the list
 * keep their status.
 */
export async function inviteParticipants(ctx: Ctx, programmeId: string, id: string, body: z.output<typeof inviteBody>) {
  const { actor, tx } = requireProgrammeAction(ctx, programmeId, 'activity.manage');
  return tx(async (trx) => {
    const locked = await repo.lockActivity(trx, programmeId, id);
    if (!locked) throw errors.notFound('activity');
    if (locked.cancelled_at) throw errors.activityCancelled();
    const ids = [...new Set(body.participantIds)];
    const found = new Map((await repo.participantsIn(trx, programmeId, ids)).map((p) => [p.id, p]));
    const issues = body.participantIds.flatMap((pid, i) => {
      const p = found.get(pid);
      if (!p) return [{ path: ['participantIds', i], code: 'participant_unknown' }];
      if (p.merged_into || p.anonymised_at) return [{ path: ['participantIds', i], code: 'participant_unavailable' }];
      return [];
    });
    if (issues.length > 0) throw errors.invalidFields(issues);
    const added = await repo.invite(trx, programmeId, id, ids, actor.userId);
    const invited = added.length;
    await recordAudit(trx, ctx, {
      action: 'create',
      subjectType: 'activity_invitation',
      subjectId: id,
      programmeId,
      details: { participantIds: ids, invited },
    });
    await notifyInvited(trx, ctx, programmeId, id, added);
    return { invited, alreadyInvited: ids.length - invited, activity: await loadDetail(trx, programmeId, id) };
  });
}

/** Only the newly invited hear (and their guardians): a repeated invitation sends nothing twice. */
async function notifyInvited(trx: Tx, ctx: Ctx, programmeId: string, activityId: string, participantIds: readonly string[]) {
  if (participantIds.length === 0) return;
  const a = (await repo.findActivity(trx, programmeId, activityId))!;
  for (const participantId of participantIds)
    await notifyPortal(trx, {
      programmeId,
      participantId,
      event: 'activityInvited',
      subjectType: 'activity',
      subjectId: activityId,
      link: portalLink(ctx.config),
      vars: (locale) => ({ activity: a.title, when: activityWhen(a.first_starts_at, locale) }),
    });
}

/**
 * Sets one person's registration status. Registering counts against capacity (only registered
 * people count); over capacity is refused with 409 activity_full and nothing changes.
 */
export async function setParticipantStatus(
  ctx: Ctx,
  programmeId: string,
  id: string,
  participantId: string,
  body: z.output<typeof participantStatusBody>,
) {
  const { actor, tx } = requireProgrammeAction(ctx, programmeId, 'activity.manage');
  return tx(async (trx) => {
    const locked = await repo.lockActivity(trx, programmeId, id);
    if (!locked) throw errors.notFound('activity');
    if (locked.cancelled_at) throw errors.activityCancelled();
    const current = await repo.findActivityParticipant(trx, programmeId, id, participantId);
    if (!current) throw errors.notFound('invitation');
    if (current.status !== body.status) {
      if (body.status === 'registered' && locked.capacity !== null) {
        const registered = await repo.registeredCount(trx, programmeId, id);
        if (registered >= locked.capacity) throw errors.activityFull(locked.capacity, registered);
      }
      await repo.setParticipantStatus(trx, programmeId, id, participantId, body.status, actor.userId);
      await recordAudit(trx, ctx, {
        action: 'update',
        subjectType: 'activity_participant',
        subjectId: id,
        subjectPersonId: participantId,
        programmeId,
        details: { from: current.status, to: body.status },
      });
    }
    return loadDetail(trx, programmeId, id);
  });
}
