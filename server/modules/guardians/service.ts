import type { z } from 'zod';
import { guardianClearance } from '../../../shared/domain/participants/clearance.ts';
import type { FieldIssue } from '../../../shared/domain/participants/validation.ts';
import type {
  cosignNoticeBody,
  createGuardianBody,
  createGuardianNoticeBody,
  updateGuardianBody,
} from '../../../shared/schemas/guardians.ts';
import type { Tx } from '../../../db/tenant.ts';
import type { Ctx } from '../../http/context.ts';
import { errors } from '../../http/errors.ts';
import { loadWritable, requirePersonViewer, findParticipant } from '../people/index.ts';
import { recordAudit } from '../audit/index.ts';
import { today } from '../../lib/clock.ts';
import { presentGuardian, presentNotice } from './presenter.ts';
import * as repo from './repository.ts';

/** Guardians belong to youth; adults speak for themselves. */
export async function addGuardian(ctx: Ctx, programmeId: string, participantId: string, body: z.infer<typeof createGuardianBody>) {
  const v = requirePersonViewer(ctx, programmeId, 'guardian.manage');
  return v.tx(async (trx) => {
    const p = await loadWritable(trx, v, participantId);
    if (p.kind !== 'youth') throw errors.invalidFields([{ path: [], code: 'guardian_youth_only' }]);
    const g = await repo.insertGuardian(trx, {
      programme_id: programmeId,
      participant_id: participantId,
      name: body.name,
      relation: body.relation,
      email: body.email ?? null,
      phone: body.phone ?? null,
      address: body.address ?? null,
    });
    await recordAudit(trx, ctx, {
      action: 'create',
      subjectType: 'guardian',
      subjectId: g.id,
      subjectPersonId: participantId,
      programmeId,
    });
    return presentGuardian(g);
  });
}

async function currentGuardian(trx: Tx, programmeId: string, participantId: string, guardianId: string) {
  const g = await repo.findGuardian(trx, programmeId, participantId, guardianId);
  if (!g || g.removed_at) throw errors.notFound('guardian');
  return g;
}

export async function updateGuardian(
  ctx: Ctx,
  programmeId: string,
  participantId: string,
  guardianId: string,
  body: z.infer<typeof updateGuardianBody>,
) {
  const v = requirePersonViewer(ctx, programmeId, 'guardian.manage');
  return v.tx(async (trx) => {
    await loadWritable(trx, v, participantId);
    const g = await currentGuardian(trx, programmeId, participantId, guardianId);
    const next = { email: body.email === undefined ? g.email : body.email, phone: body.phone === undefined ? g.phone : body.phone };
    if (!next.email && !next.phone) throw errors.invalidFields([{ path: ['phone'], code: 'guardian_contact_required' }]);
    const updated = await repo.updateGuardian(trx, programmeId, guardianId, {
      ...(body.name !== undefined ? { name: body.name } : {}),
      ...(body.relation !== undefined ? { relation: body.relation } : {}),
      ...(body.email !== undefined ? { email: body.email } : {}),
      ...(body.phone !== undefined ? { phone: body.phone } : {}),
      ...(body.address !== undefined ? { address: body.address } : {}),
    });
    await recordAudit(trx, ctx, {
      action: 'update',
      subjectType: 'guardian',
      subjectId: guardianId,
      subjectPersonId: participantId,
      programmeId,
      details: { fields: Object.keys(body).filter((k) => body[k as keyof typeof body] !== undefined) },
    });
    return presentGuardian(updated);
  });
}

/**
 * Unlinks a guardian (custody changed, entered by mistake). The row stays, marked removed, because
 * consents and job notices they gave are part of the record.
 */
export async function removeGuardian(ctx: Ctx, programmeId: string, participantId: string, guardianId: string) {
  const v = requirePersonViewer(ctx, programmeId, 'guardian.manage');
  await v.tx(async (trx) => {
    await loadWritable(trx, v, participantId);
    await currentGuardian(trx, programmeId, participantId, guardianId);
    await repo.updateGuardian(trx, programmeId, guardianId, { removed_at: new Date() });
    await recordAudit(trx, ctx, {
      action: 'delete',
      subjectType: 'guardian',
      subjectId: guardianId,
      subjectPersonId: participantId,
      programmeId,
    });
  });
}

/**
 * Records that a guardian was informed of a job (what, hours, risks, precautions) and, when they
 * have, that they co-signed the agreement. Placements come later: the job is described in text.
 */
export async function addNotice(ctx: Ctx, programmeId: string, participantId: string, body: z.infer<typeof createGuardianNoticeBody>) {
  const v = requirePersonViewer(ctx, programmeId, 'guardian.manage');
  const date = today();
  return v.tx(async (trx) => {
    await loadWritable(trx, v, participantId);
    const issues: FieldIssue[] = [];
    const g = await repo.findGuardian(trx, programmeId, participantId, body.guardianId);
    if (!g || g.removed_at) issues.push({ path: ['guardianId'], code: 'guardian_unknown' });
    if (body.informedOn > date) issues.push({ path: ['informedOn'], code: 'date_in_future' });
    if (body.cosignedOn && body.cosignedOn > date) issues.push({ path: ['cosignedOn'], code: 'date_in_future' });
    if (issues.length) throw errors.invalidFields(issues);
    const n = await repo.insertNotice(trx, {
      programme_id: programmeId,
      participant_id: participantId,
      guardian_id: body.guardianId,
      placement_id: body.placementId ?? null,
      job_description: body.jobDescription,
      hours: body.hours,
      risks: body.risks,
      precautions: body.precautions,
      informed_on: body.informedOn,
      cosigned_on: body.cosignedOn ?? null,
      created_by: v.actor.userId,
    });
    await recordAudit(trx, ctx, {
      action: 'create',
      subjectType: 'guardian_notice',
      subjectId: n.id,
      subjectPersonId: participantId,
      programmeId,
      details: { cosigned: n.cosigned_on !== null },
    });
    return presentNotice(n);
  });
}

export async function cosignNotice(
  ctx: Ctx,
  programmeId: string,
  participantId: string,
  noticeId: string,
  body: z.infer<typeof cosignNoticeBody>,
) {
  const v = requirePersonViewer(ctx, programmeId, 'guardian.manage');
  const date = today();
  return v.tx(async (trx) => {
    await loadWritable(trx, v, participantId);
    const n = await repo.findNotice(trx, programmeId, participantId, noticeId);
    if (!n) throw errors.notFound('guardian notice');
    if (body.cosignedOn > date) throw errors.invalidFields([{ path: ['cosignedOn'], code: 'date_in_future' }]);
    if (body.cosignedOn < n.informed_on) throw errors.invalidFields([{ path: ['cosignedOn'], code: 'cosigned_before_informed' }]);
    // The day the guardian signed is recorded once: a second (or simultaneous) co-signature answers
    // 409 and changes nothing, so the date that gated the job's start cannot be rewritten.
    const updated = await repo.cosignNotice(trx, programmeId, participantId, noticeId, body.cosignedOn);
    if (!updated) throw errors.stateChanged('guardian_notice', 'cosigned');
    await recordAudit(trx, ctx, {
      action: 'update',
      subjectType: 'guardian_notice',
      subjectId: noticeId,
      subjectPersonId: participantId,
      programmeId,
      details: { cosigned: true },
    });
    return presentNotice(updated);
  });
}

/**
 * For the placements module, inside its own transaction and after its own access check: may this
 * participant start a job on `onDate`? With `placementId`, only that placement's notices count.
 */
export async function guardianClearanceFor(trx: Tx, programmeId: string, participantId: string, onDate: string, placementId?: string) {
  const p = await findParticipant(trx, programmeId, participantId);
  if (!p) throw errors.notFound('participant');
  const notices = await repo.listNotices(trx, programmeId, participantId, placementId);
  return guardianClearance(
    { birthDate: p.birth_date, compulsorySchool: p.compulsory_school, compulsorySchoolEndsOn: p.compulsory_school_ends_on },
    onDate,
    notices.map((n) => ({ informedOn: n.informed_on, cosignedOn: n.cosigned_on })),
  );
}

export async function getClearance(ctx: Ctx, programmeId: string, participantId: string, query: { on: string; placementId?: string }) {
  const v = requirePersonViewer(ctx, programmeId, 'guardian.manage');
  return v.tx(async (trx) => {
    await loadWritable(trx, v, participantId);
    const clearance = await guardianClearanceFor(trx, programmeId, participantId, query.on, query.placementId);
    await recordAudit(trx, ctx, {
      action: 'read',
      subjectType: 'guardian_clearance',
      subjectId: participantId,
      subjectPersonId: participantId,
      programmeId,
      details: { on: query.on },
    });
    return clearance;
  });
}
