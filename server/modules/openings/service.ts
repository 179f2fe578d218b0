import type { z } from 'zod';
import type {
  approveOpeningBody,
  createOpeningBody,
  openingsQuery,
  openingStatusBody,
  proposeOpeningBody,
  rejectOpeningBody,
  updateOpeningBody,
} from '../../../shared/schemas/openings.ts';
import {
  canTransition,
  defaultEndDate,
  defaultOnlyOutOfCompulsorySchool,
  LEGAL_STATUSES,
  OPENING_STATUSES,
  OUT_OF_SCHOOL_KINDS,
  openingConsistencyIssues,
  resolveLadderStep,
  type LadderStep,
  type OpeningKind,
  type OpeningStatus,
} from '../../../shared/domain/employers/openings.ts';
import type { Tx } from '../../../db/tenant.ts';
import type { Actor, Ctx } from '../../http/context.ts';
import { errors } from '../../http/errors.ts';
import { requireProgrammeAction } from '../../lib/access/index.ts';
import { copenhagenToday } from '../../lib/today.ts';
import { recordAudit } from '../audit/index.ts';
import { findWorkplace } from '../workplaces/index.ts';
import { notifyDecision } from './notify.ts';
import { presentOpening, refusalsOf } from './presenter.ts';
import * as repo from './repository.ts';

type CreateBody = z.output<typeof createOpeningBody>;
type ProposeBody = z.output<typeof proposeOpeningBody>;
type UpdateBody = z.output<typeof updateOpeningBody>;

export async function listOpenings(ctx: Ctx, programmeId: string, query: z.output<typeof openingsQuery>) {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'opening.read');
  const rows = await tx((trx) => repo.listOpenings(trx, programmeId, query));
  return { openings: rows.map(presentOpening) };
}

/** The board: one column per status, in the order an opening moves through them. */
export async function openingBoard(ctx: Ctx, programmeId: string, query: z.output<typeof openingsQuery>) {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'opening.read');
  const rows = await tx((trx) => repo.listOpenings(trx, programmeId, query));
  const openings = rows.map(presentOpening);
  return {
    columns: OPENING_STATUSES.filter((s) => !query.status || s === query.status).map((status) => {
      const inColumn = openings.filter((o) => o.status === status);
      return { status, count: inColumn.length, openings: inColumn };
    }),
  };
}

export async function getOpening(ctx: Ctx, programmeId: string, openingId: string) {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'opening.read');
  return tx(async (trx) => presentOpening(await mustFind(trx, programmeId, openingId)));
}

export async function createOpening(ctx: Ctx, programmeId: string, body: CreateBody) {
  const { actor, tx } = requireProgrammeAction(ctx, programmeId, 'opening.manage');
  return tx(async (trx) => {
    const values = await newValues(trx, programmeId, body);
    if (LEGAL_STATUSES.includes(body.status)) assertLegal(values);
    return presentOpening(await insertNew(trx, ctx, actor, programmeId, values, body.status, null));
  });
}

/**
 * An employer's proposal, stored as `proposed` whatever its legality (the coordinator sees the
 * refusals). Called by the employer portal after its own access and organisation checks.
 */
export async function insertProposal(trx: Tx, ctx: Ctx, actor: Actor, programmeId: string, organisationId: string, body: ProposeBody) {
  const values = await newValues(trx, programmeId, body);
  if (values.organisationId !== organisationId) throw errors.invalidFields([{ path: ['workplaceId'], code: 'workplace_unknown' }]);
  return insertNew(trx, ctx, actor, programmeId, values, 'proposed', actor.userId);
}

/**
 * Stores a new opening with the first row of its status history, audited in the same transaction:
 * a coordinator's opening and an employer's proposal are created alike.
 */
async function insertNew(
  trx: Tx,
  ctx: Ctx,
  actor: Actor,
  programmeId: string,
  values: Awaited<ReturnType<typeof newValues>>,
  status: OpeningStatus,
  proposedBy: string | null,
) {
  const row = await repo.insertOpening(trx, programmeId, values, status, proposedBy);
  await repo.insertStatusChange(trx, { programmeId, openingId: row.id, from: null, to: status, on: copenhagenToday(), by: actor.userId });
  await recordAudit(trx, ctx, { action: 'create', subjectType: 'opening', subjectId: row.id, programmeId, details: { status } });
  return row;
}

/** Edits need the version the editor read; an open or filled opening must stay legal. */
export async function updateOpening(ctx: Ctx, programmeId: string, openingId: string, body: UpdateBody) {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'opening.manage');
  return tx(async (trx) => {
    const locked = await lockVersion(trx, programmeId, openingId, body.version);
    const current = repo.valuesOf(await mustFind(trx, programmeId, openingId));
    const merged = await mergeValues(trx, programmeId, current, body);
    if (LEGAL_STATUSES.includes(locked.status as OpeningStatus)) assertLegal(merged);
    const row = await repo.updateOpening(trx, programmeId, openingId, merged);
    const fields = Object.keys(body).filter((k) => k !== 'version');
    await recordAudit(trx, ctx, { action: 'update', subjectType: 'opening', subjectId: openingId, programmeId, details: { fields } });
    return presentOpening(row);
  });
}

/** draft→open, open→filled|closed, filled→open. Proposals go through approve or reject. */
export async function changeStatus(ctx: Ctx, programmeId: string, openingId: string, body: z.output<typeof openingStatusBody>) {
  const { actor, tx } = requireProgrammeAction(ctx, programmeId, 'opening.manage');
  return tx(async (trx) => {
    const locked = await lockVersion(trx, programmeId, openingId, body.version);
    const from = locked.status as OpeningStatus;
    if (from === 'proposed' || !canTransition(from, body.status)) throw errors.invalidTransition(from, body.status);
    return presentOpening(await transition(trx, ctx, actor, programmeId, openingId, from, body.status, null));
  });
}

/** A coordinator accepts an employer's proposal as a draft or opens it (legality applies then). */
export async function approveOpening(ctx: Ctx, programmeId: string, openingId: string, body: z.output<typeof approveOpeningBody>) {
  const { actor, tx } = requireProgrammeAction(ctx, programmeId, 'opening.manage');
  const result = await tx(async (trx) => {
    const locked = await lockVersion(trx, programmeId, openingId, body.version);
    if (locked.status !== 'proposed') throw errors.invalidTransition(locked.status, body.status);
    const row = await transition(trx, ctx, actor, programmeId, openingId, 'proposed', body.status, null);
    await notifyDecision(trx, ctx, actor, row, { decision: 'approved' });
    return presentOpening(row);
  });
  ctx.jobs.kick();
  return result;
}

export async function rejectOpening(ctx: Ctx, programmeId: string, openingId: string, body: z.output<typeof rejectOpeningBody>) {
  const { actor, tx } = requireProgrammeAction(ctx, programmeId, 'opening.manage');
  const result = await tx(async (trx) => {
    const locked = await lockVersion(trx, programmeId, openingId, body.version);
    if (locked.status !== 'proposed') throw errors.invalidTransition(locked.status, 'closed');
    const row = await transition(trx, ctx, actor, programmeId, openingId, 'proposed', 'closed', body.reason);
    await notifyDecision(trx, ctx, actor, row, { decision: 'rejected', reason: body.reason });
    return presentOpening(row);
  });
  ctx.jobs.kick();
  return result;
}

/** Only drafts are deleted; anything that was ever public or proposed is closed instead, keeping its history. */
export async function deleteOpening(ctx: Ctx, programmeId: string, openingId: string) {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'opening.manage');
  await tx(async (trx) => {
    const locked = await repo.lockOpening(trx, programmeId, openingId);
    if (!locked) throw errors.notFound('opening');
    if (locked.status !== 'draft') throw errors.invalidTransition(locked.status, 'deleted');
    await repo.deleteOpening(trx, programmeId, openingId);
    await recordAudit(trx, ctx, { action: 'delete', subjectType: 'opening', subjectId: openingId, programmeId });
  });
}

/** The reasons recorded when placements, not a person, fill or free an opening's places. */
export const PLACES_TAKEN = 'places_taken';
export const PLACE_FREED = 'place_freed';

/**
 * Fills or reopens an opening because of its placements, inside the placements module's
 * transaction (which holds the opening's row lock and counted the places). No legality check: the
 * opening was open, hence legal, and a reopened one was legal when it filled. Recorded with the
 * reason and audited like any status change; the actor is whoever moved the placement.
 */
export async function setStatusByPlacements(
  trx: Tx,
  ctx: Ctx,
  programmeId: string,
  openingId: string,
  from: 'open' | 'filled',
  to: 'open' | 'filled',
  placementId: string,
) {
  const reason = to === 'filled' ? PLACES_TAKEN : PLACE_FREED;
  if (!(await repo.setStatus(trx, programmeId, openingId, from, to, null))) await lostRace(trx, programmeId, openingId);
  await repo.insertStatusChange(trx, { programmeId, openingId, from, to, on: copenhagenToday(), by: ctx.actor?.userId ?? null, reason });
  await recordAudit(trx, ctx, {
    action: 'update',
    subjectType: 'opening',
    subjectId: openingId,
    programmeId,
    details: { from, to, reason, placementId },
  });
}

/** Whether the opening's current `filled` came from its placements (only then do placements reopen it). */
export async function filledByPlacements(trx: Tx, programmeId: string, openingId: string): Promise<boolean> {
  const last = await repo.lastStatusChange(trx, programmeId, openingId);
  return last?.to_status === 'filled' && last.reason === PLACES_TAKEN;
}

// --- Helpers ---------------------------------------------------------------------------------------

async function mustFind(trx: Tx, programmeId: string, openingId: string) {
  const row = await repo.findOpening(trx, programmeId, openingId);
  if (!row) throw errors.notFound('opening');
  return row;
}

/** A conditional status change found the opening moved on: 409 with its current status, nothing audited. */
async function lostRace(trx: Tx, programmeId: string, openingId: string): Promise<never> {
  throw errors.stateChanged('opening', (await repo.findOpening(trx, programmeId, openingId))?.status ?? null);
}

async function lockVersion(trx: Tx, programmeId: string, openingId: string, version: number) {
  const locked = await repo.lockOpening(trx, programmeId, openingId);
  if (!locked) throw errors.notFound('opening');
  if (locked.version !== version) throw errors.versionConflict(locked.version);
  return locked;
}

function assertLegal(values: repo.OpeningValues): void {
  const refusals = refusalsOf(values);
  if (refusals.length > 0) throw errors.openingNotLegal(refusals);
}

async function transition(
  trx: Tx,
  ctx: Ctx,
  actor: Actor,
  programmeId: string,
  openingId: string,
  from: OpeningStatus,
  to: OpeningStatus,
  reason: string | null,
) {
  if (LEGAL_STATUSES.includes(to)) assertLegal(repo.valuesOf(await mustFind(trx, programmeId, openingId)));
  const row = await repo.setStatus(trx, programmeId, openingId, from, to, to === 'closed' && from === 'proposed' ? reason : null);
  if (!row) return lostRace(trx, programmeId, openingId);
  await repo.insertStatusChange(trx, { programmeId, openingId, from, to, on: copenhagenToday(), by: actor.userId, reason });
  await recordAudit(trx, ctx, { action: 'update', subjectType: 'opening', subjectId: openingId, programmeId, details: { from, to } });
  return row;
}

async function workplaceOf(trx: Tx, programmeId: string, workplaceId: string) {
  const workplace = await findWorkplace(trx, programmeId, workplaceId);
  if (!workplace) throw errors.invalidFields([{ path: ['workplaceId'], code: 'workplace_unknown' }]);
  return workplace;
}

async function newValues(trx: Tx, programmeId: string, body: ProposeBody): Promise<repo.OpeningValues> {
  const workplace = await workplaceOf(trx, programmeId, body.workplaceId);
  return {
    workplaceId: workplace.id,
    organisationId: workplace.organisation_id,
    kind: body.kind,
    ladderStep: resolveLadderStep(body.kind, body.ladderStep, body.minAge),
    title: body.title,
    tasks: body.tasks,
    taskTags: [...new Set(body.taskTags)],
    requirements: body.requirements,
    minAge: body.minAge,
    maxAge: body.maxAge ?? null,
    hoursPerWeek: body.hoursPerWeek,
    weeklySchedule: body.weeklySchedule,
    places: body.places,
    startsOn: body.startsOn,
    endsOn: body.endsOn ?? defaultEndDate(body.startsOn),
    wagePerHour: body.wagePerHour ?? null,
    wagePayer: body.wagePayer ?? null,
    adultStaffPresent: body.adultStaffPresent,
    onlyOutOfCompulsorySchool: body.onlyOutOfCompulsorySchool ?? defaultOnlyOutOfCompulsorySchool(body.kind),
    flags: body.flags,
  };
}

/**
 * A partial update over the stored opening, with the cross-field rules checked on the result. An
 * omitted `onlyOutOfCompulsorySchool` keeps the stored value, except that a change of kind to an
 * apprenticeship sets it (an apprenticeship is only for young people out of compulsory school).
 */
async function mergeValues(trx: Tx, programmeId: string, current: repo.OpeningValues, patch: UpdateBody): Promise<repo.OpeningValues> {
  const workplace = patch.workplaceId ? await workplaceOf(trx, programmeId, patch.workplaceId) : null;
  const kind = (patch.kind ?? current.kind) as OpeningKind;
  const minAge = patch.minAge ?? current.minAge;
  const startsOn = patch.startsOn ?? current.startsOn;
  const kindOrAgeChanged = patch.kind !== undefined || patch.minAge !== undefined;
  const ladderStep =
    patch.ladderStep !== undefined
      ? patch.ladderStep
      : kindOrAgeChanged
        ? resolveLadderStep(kind, undefined, minAge)
        : (current.ladderStep as LadderStep | null);
  const merged: repo.OpeningValues = {
    ...current,
    workplaceId: workplace?.id ?? current.workplaceId,
    organisationId: workplace?.organisation_id ?? current.organisationId,
    kind,
    ladderStep,
    title: patch.title ?? current.title,
    tasks: patch.tasks ?? current.tasks,
    taskTags: patch.taskTags ? [...new Set(patch.taskTags)] : current.taskTags,
    requirements: patch.requirements ?? current.requirements,
    minAge,
    maxAge: patch.maxAge !== undefined ? patch.maxAge : current.maxAge,
    hoursPerWeek: patch.hoursPerWeek ?? current.hoursPerWeek,
    weeklySchedule: patch.weeklySchedule ?? current.weeklySchedule,
    places: patch.places ?? current.places,
    startsOn,
    endsOn: patch.endsOn === null ? defaultEndDate(startsOn) : (patch.endsOn ?? current.endsOn),
    wagePerHour: patch.wagePerHour !== undefined ? patch.wagePerHour : current.wagePerHour,
    wagePayer: patch.wagePayer !== undefined ? patch.wagePayer : current.wagePayer,
    adultStaffPresent: patch.adultStaffPresent ?? current.adultStaffPresent,
    onlyOutOfCompulsorySchool:
      patch.onlyOutOfCompulsorySchool ??
      ((patch.kind !== undefined && OUT_OF_SCHOOL_KINDS.includes(kind)) || current.onlyOutOfCompulsorySchool),
    flags: { ...current.flags, ...patch.flags },
  };
  const issues = openingConsistencyIssues({
    kind,
    ladderStep: merged.ladderStep as LadderStep | null,
    minAge,
    maxAge: merged.maxAge,
    startsOn,
    endsOn: merged.endsOn,
    onlyOutOfCompulsorySchool: merged.onlyOutOfCompulsorySchool,
  });
  if (issues.length > 0) throw errors.invalidFields(issues);
  return merged;
}
