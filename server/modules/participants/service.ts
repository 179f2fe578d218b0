import type { Updateable } from 'kysely';
import type { ParticipantsTable } from '../../../db/schema.ts';
import { parseCpr } from '../../../shared/domain/identifiers/cpr.ts';
import { DATA_CATEGORIES } from '../../../shared/domain/participants/constants.ts';
import { findDuplicates } from '../../../shared/domain/participants/duplicates.ts';
import { ageIssues, kindFieldIssues, type FieldIssue } from '../../../shared/domain/participants/validation.ts';
import { ageOn } from '../../../shared/domain/youth-rules/category.ts';
import type { CreateParticipantBody, UpdateParticipantBody } from '../../../shared/schemas/participants.ts';
import type { Tx } from '../../../db/tenant.ts';
import type { Ctx } from '../../http/context.ts';
import { errors } from '../../http/errors.ts';
import { requireActor } from '../../lib/access/index.ts';
import {
  loadWritable,
  requirePersonViewer,
  requireViewer,
  type Viewer,
  cprHash,
  sealCpr,
  openCpr,
  presentParticipant,
} from '../people/index.ts';
import { recordAudit } from '../audit/index.ts';
import { duplicateCandidates, presentCandidate } from '../duplicates/index.ts';
import { today } from '../../lib/clock.ts';
import { loadProfile } from '../profile/index.ts';
import { presentWorkArea } from './presenter.ts';
import * as repo from './repository.ts';

export { listParticipants } from './list.ts';

/** Checks that need the database: the site belongs to this programme, interests are known codes. */
async function referenceIssues(trx: Tx, programmeId: string, v: { siteId?: string; interests?: string[] }): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  if (v.siteId && !(await repo.siteInProgramme(trx, programmeId, v.siteId))) issues.push({ path: ['siteId'], code: 'site_unknown' });
  if (v.interests?.length) {
    const known = await repo.knownWorkAreas(trx, v.interests);
    v.interests.forEach((code, i) => {
      if (!known.has(code)) issues.push({ path: ['interests', i], code: 'interest_unknown' });
    });
  }
  return issues;
}

function throwIfAny(issues: FieldIssue[]): void {
  if (issues.length > 0) throw errors.invalidFields(issues);
}

/**
 * Intake. Warns about possible duplicates (same CPR, or same name and birth date) with 409
 * `possible_duplicate` unless the coordinator confirms; the candidates shown are audited as a read.
 * The intake is the first ladder event.
 */
export async function createParticipant(ctx: Ctx, programmeId: string, body: CreateParticipantBody) {
  const v = requireViewer(ctx, programmeId, 'participant.write');
  const date = today();
  throwIfAny(ageIssues(body.kind, body.birthDate, date));
  const cpr = body.cpr ? parseCpr(body.cpr) : null;
  const hash = cpr?.ok ? cprHash(ctx, cpr.value) : null;
  const result = await v.tx(async (trx) => {
    throwIfAny(await referenceIssues(trx, programmeId, body));
    if (!body.confirmNotDuplicate) {
      const found = findDuplicates(
        { firstName: body.firstName, lastName: body.lastName, birthDate: body.birthDate, cprHash: hash },
        (await duplicateCandidates(trx, programmeId, body.birthDate, hash)).map((c) => ({
          ...c,
          firstName: c.first_name,
          lastName: c.last_name,
          birthDate: c.birth_date,
          cprHash: c.cpr_hash,
        })),
      );
      if (found.length > 0) {
        for (const d of found) {
          await recordAudit(trx, ctx, {
            action: 'read',
            subjectType: 'participant',
            subjectId: d.item.id,
            subjectPersonId: d.item.id,
            programmeId,
            details: { via: 'duplicate_check' },
          });
        }
        return { duplicates: found.map((d) => presentCandidate(d.item, d.reasons)) };
      }
    }
    const youth = body.kind === 'youth';
    const row = await repo.insertParticipant(trx, {
      programme_id: programmeId,
      kind: body.kind,
      first_name: body.firstName,
      last_name: body.lastName,
      birth_date: body.birthDate,
      email: body.email ?? null,
      phone: body.phone ?? null,
      address: body.address ?? null,
      site_id: body.siteId,
      school: body.school ?? null,
      education_status: body.educationStatus ?? null,
      compulsory_school: youth ? (body.compulsorySchool ?? null) : null,
      compulsory_school_ends_on: youth ? (body.compulsorySchoolEndsOn ?? null) : null,
      interests: [...new Set(body.interests)],
      skills: body.skills,
      languages: body.languages,
      availability: [...new Set(body.availability)],
      travel_km: body.travelKm ?? null,
      travel_modes: [...new Set(body.travelModes)],
      goals: body.goals ?? null,
      benefit_type: youth ? null : (body.benefitType ?? null),
      max_weekly_hours: youth ? null : (body.maxWeeklyHours ?? null),
      flex_job_approved: youth ? null : (body.flexJobApproved ?? null),
      readiness_notes: body.readinessNotes ?? null,
      priority: body.priority,
      priority_note: body.priorityNote ?? null,
      step: youth ? (body.step ?? 1) : null,
      track: youth ? null : (body.track ?? null),
      status: body.status,
      cpr_enc: cpr?.ok ? sealCpr(ctx, cpr.value) : null,
      cpr_hash: hash,
      cpr_reason: cpr?.ok ? body.cprReason!.trim() : null,
      created_by: v.actor.userId,
    });
    await repo.insertLadderEvent(trx, {
      programme_id: programmeId,
      participant_id: row.id,
      on_date: date,
      kind: youth ? 'step' : 'track',
      to_step: row.step,
      to_track: row.track,
      reason: 'intake',
      age_on_date: ageOn(row.birth_date, date),
      created_by: v.actor.userId,
    });
    await recordAudit(trx, ctx, {
      action: 'create',
      subjectType: 'participant',
      subjectId: row.id,
      subjectPersonId: row.id,
      programmeId,
      details: { kind: row.kind, confirmedNotDuplicate: body.confirmNotDuplicate, cprRecorded: !!cpr },
    });
    return { profile: await loadProfile(trx, v, row, date) };
  });
  if (result.duplicates) throw errors.possibleDuplicate(result.duplicates);
  return result.profile!;
}

/** A profile with its journey. Every read of a person's data is audited. */
export async function getParticipant(ctx: Ctx, programmeId: string, participantId: string) {
  const v = requirePersonViewer(ctx, programmeId, 'participant.read');
  const date = today();
  return v.tx(async (trx) => {
    const profile = await loadProfile(trx, v, participantId, date);
    await recordAudit(trx, ctx, {
      action: 'read',
      subjectType: 'participant',
      subjectId: participantId,
      subjectPersonId: participantId,
      programmeId,
      details: { categories: profile.visibleCategories },
    });
    return profile;
  });
}

/** Profile changes with optimistic locking; a CPR number must keep matching the birth date. */
export async function updateParticipant(ctx: Ctx, programmeId: string, participantId: string, body: UpdateParticipantBody) {
  const v = requirePersonViewer(ctx, programmeId, 'participant.write');
  const date = today();
  return v.tx(async (trx) => {
    const row = await loadWritable(trx, v, participantId);
    const issues = [...kindFieldIssues(row.kind, body, false), ...(await referenceIssues(trx, programmeId, body))];
    if (row.kind === 'youth' && body.compulsorySchool === null)
      issues.push({ path: ['compulsorySchool'], code: 'compulsory_school_required' });
    if (body.birthDate) issues.push(...ageIssues(row.kind, body.birthDate, date));
    const cprChange = await cprUpdate(ctx, trx, v, row, body, issues);
    throwIfAny(issues);
    const { version, cpr: _cpr, cprReason: _reason, ...fields } = body;
    const values: Updateable<ParticipantsTable> = { ...cprChange };
    const map: Record<string, keyof ParticipantsTable> = {
      firstName: 'first_name',
      lastName: 'last_name',
      birthDate: 'birth_date',
      email: 'email',
      phone: 'phone',
      address: 'address',
      siteId: 'site_id',
      school: 'school',
      educationStatus: 'education_status',
      compulsorySchool: 'compulsory_school',
      compulsorySchoolEndsOn: 'compulsory_school_ends_on',
      interests: 'interests',
      skills: 'skills',
      languages: 'languages',
      availability: 'availability',
      travelKm: 'travel_km',
      travelModes: 'travel_modes',
      goals: 'goals',
      benefitType: 'benefit_type',
      maxWeeklyHours: 'max_weekly_hours',
      flexJobApproved: 'flex_job_approved',
      readinessNotes: 'readiness_notes',
      priority: 'priority',
      priorityNote: 'priority_note',
      status: 'status',
    };
    for (const [key, value] of Object.entries(fields)) {
      const column = map[key];
      if (column && value !== undefined) (values as Record<string, unknown>)[column] = Array.isArray(value) ? [...new Set(value)] : value;
    }
    const updated = await repo.updateParticipant(trx, programmeId, participantId, version, values);
    if (!updated) throw errors.versionConflict(row.version);
    await recordAudit(trx, ctx, {
      action: 'update',
      subjectType: 'participant',
      subjectId: participantId,
      subjectPersonId: participantId,
      programmeId,
      details: { fields: Object.keys(body).filter((k) => k !== 'version' && body[k as keyof typeof body] !== undefined) },
    });
    return presentParticipant(updated, v, DATA_CATEGORIES);
  });
}

/**
 * What a PATCH does to the CPR columns. A new number must match the (new or stored) birth date and
 * carry a reason; changing only the birth date re-checks the stored number; null removes it.
 */
async function cprUpdate(ctx: Ctx, trx: Tx, v: Viewer, row: repo.ParticipantRow, body: UpdateParticipantBody, issues: FieldIssue[]) {
  const birthDate = body.birthDate ?? row.birth_date;
  if (body.cpr === null) return { cpr_enc: null, cpr_hash: null, cpr_reason: null };
  if (body.cpr !== undefined) {
    const parsed = parseCpr(body.cpr);
    if (!parsed.ok) return {};
    if (parsed.birthDate !== birthDate) issues.push({ path: ['cpr'], code: 'cpr_birth_date_mismatch' });
    return { cpr_enc: sealCpr(ctx, parsed.value), cpr_hash: cprHash(ctx, parsed.value), cpr_reason: body.cprReason!.trim() };
  }
  if (!row.has_cpr) return {};
  if (body.cprReason !== undefined && (body.cprReason === null || body.cprReason.trim() === ''))
    issues.push({ path: ['cprReason'], code: 'cpr_reason_required' });
  if (body.birthDate && body.birthDate !== row.birth_date) {
    const stored = await repo.findCpr(trx, v.programmeId, row.id);
    const parsed = stored?.cpr_enc ? parseCpr(openCpr(ctx, stored.cpr_enc)) : null;
    if (parsed?.ok && parsed.birthDate !== body.birthDate) issues.push({ path: ['birthDate'], code: 'cpr_birth_date_mismatch' });
  }
  return body.cprReason ? { cpr_reason: body.cprReason.trim() } : {};
}

/**
 * The full CPR number, for coordinators and administrators who need it (payroll, a referral). It
 * travels only in this response body, never in a URL or log, and every reveal is audited.
 */
export async function revealCpr(ctx: Ctx, programmeId: string, participantId: string) {
  const v = requirePersonViewer(ctx, programmeId, 'participant.cpr.reveal');
  return v.tx(async (trx) => {
    const row = await repo.findParticipant(trx, programmeId, participantId);
    if (!row) throw errors.notFound('participant');
    const stored = await repo.findCpr(trx, programmeId, participantId);
    if (!stored?.cpr_enc) throw errors.notFound('cpr');
    const digits = openCpr(ctx, stored.cpr_enc);
    await recordAudit(trx, ctx, {
      action: 'read',
      subjectType: 'cpr',
      subjectId: participantId,
      subjectPersonId: participantId,
      programmeId,
      details: { reason: stored.cpr_reason },
    });
    return { cpr: `${digits.slice(0, 6)}-${digits.slice(6)}` };
  });
}

/** The shared work-area taxonomy (reference data, no personal data). */
export async function listWorkAreas(ctx: Ctx) {
  const { tx } = requireActor(ctx);
  const rows = await tx((trx) => repo.listWorkAreas(trx));
  return { workAreas: rows.map(presentWorkArea) };
}
