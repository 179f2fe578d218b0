import type { z } from 'zod';
import { workedMinutes } from '../../../shared/domain/hours/pay.ts';
import { workedDateRefusal } from '../../../shared/domain/placements/dates.ts';
import type { correctShiftBody, recordShiftBody, ruleExceptionBody } from '../../../shared/schemas/shifts.ts';
import type { Tx } from '../../../db/tenant.ts';
import type { Actor, Ctx } from '../../http/context.ts';
import { errors } from '../../http/errors.ts';
import { requireProgrammeAction } from '../../lib/access/index.ts';
import { type Loaded, loadForShifts } from '../placements/index.ts';
import { copenhagenToday } from '../../lib/today.ts';
import { recordAudit } from '../audit/index.ts';
import { presentException, presentShift, presentViolation } from './presenter.ts';
import * as repo from './repository.ts';
import { evaluate, type Candidate, type CheckedViolation, type RulePerson } from './rules.ts';

export function personOf(l: Loaded): RulePerson {
  return {
    participantId: l.row.participant_id,
    birthDate: l.row.birth_date,
    compulsorySchool: l.row.compulsory_school,
    compulsorySchoolEndsOn: l.row.compulsory_school_ends_on,
  };
}

/**
 * Refuses a date no time can have been worked on, naming the rule it breaks (before the start,
 * after the end, or not worked yet): shared/domain/placements/dates.ts.
 */
export function checkWorkDate(l: Loaded, workDate: string, today: string, path: string[] = ['workDate']) {
  const refusal = workedDateRefusal({ startsOn: l.row.starts_on, endsOn: l.row.ends_on, endedOn: l.row.ended_on }, workDate, today);
  if (refusal) throw errors.invalidFields([{ path, code: refusal }]);
}

function checkTimes(s: { workDate: string; startTime: string; endTime: string; breakMinutes: number }) {
  if (workedMinutes(s.workDate, s.startTime, s.endTime, s.breakMinutes) <= 0)
    throw errors.invalidFields([{ path: ['breakMinutes'], code: 'break_too_long' }]);
}

const blocking = (vs: readonly CheckedViolation[]) => vs.filter((v) => !v.excepted);

/**
 * Records a worked shift on an active placement. The rules run over all of the person's shifts in
 * that week; violations are returned. With `approve` (employer, mentor, coordinator on pocket-money
 * jobs) the shift is approved at once, which violations block (409 shift_rules_violated).
 */
export async function recordShift(ctx: Ctx, programmeId: string, placementId: string, body: z.output<typeof recordShiftBody>) {
  const { actor, tx } = requireProgrammeAction(ctx, programmeId, 'shift.record');
  const today = copenhagenToday();
  return tx(async (trx) => {
    const l = await loadForShifts(trx, actor, programmeId, placementId, today);
    if (!l.powers.record) throw errors.forbidden('shift.record');
    if (body.approve && !l.powers.approve) throw errors.forbidden('shift.approve');
    if (l.row.status !== 'active') throw errors.placementNotActive(l.row.status);
    checkWorkDate(l, body.workDate, today);
    checkTimes(body);
    const candidate: Candidate = { id: 'new', ...body };
    const violations = await evaluate(trx, programmeId, personOf(l), {
      candidates: [candidate],
      mode: body.approve ? 'approve' : 'record',
    });
    if (body.approve && blocking(violations).length > 0) throw errors.shiftRulesViolated(violations.map(presentViolation));
    const shift = await repo.insertShift(trx, {
      programmeId,
      placementId,
      participantId: l.row.participant_id,
      workDate: body.workDate,
      startTime: body.startTime,
      endTime: body.endTime,
      breakMinutes: body.breakMinutes,
      recordedBy: actor.userId,
      recordedAs: l.party,
      approve: body.approve,
    });
    await recordAudit(trx, ctx, {
      action: 'create',
      subjectType: 'shift',
      subjectId: shift.id,
      subjectPersonId: l.row.participant_id,
      programmeId,
      details: { placementId, workDate: body.workDate, as: l.party, approved: body.approve, violations: violations.map((v) => v.rule) },
    });
    return { shift: presentShift(shift), violations: violations.map(presentViolation) };
  });
}

async function loadShift(trx: Tx, actor: Actor, programmeId: string, shiftId: string, today: string) {
  const shift = await repo.findShift(trx, programmeId, shiftId);
  if (!shift) throw errors.notFound('shift');
  const l = await loadForShifts(trx, actor, programmeId, shift.placement_id, today);
  return { shift, l };
}

/**
 * Approves one submitted shift inside the caller's transaction. The rules run over the person's
 * approved shifts (all employers) with this one counted in place of the shift it corrects; an
 * unexcepted violation refuses approval. Shared by the single approval and "approve all valid", so
 * both keep the same checks, the same row-count check and the same audit event.
 */
export async function approveInTx(trx: Tx, ctx: Ctx, actor: Actor, programmeId: string, shiftId: string, today: string) {
  const { shift, l } = await loadShift(trx, actor, programmeId, shiftId, today);
  if (!l.powers.approve) throw errors.forbidden('shift.approve');
  if (shift.status !== 'submitted') throw errors.shiftNotPending(shift.status);
  const candidate: Candidate = {
    id: shift.id,
    workDate: shift.work_date,
    startTime: shift.start_time,
    endTime: shift.end_time,
    breakMinutes: shift.break_minutes,
  };
  const exclude = new Set([shift.id, ...(shift.corrects_shift_id ? [shift.corrects_shift_id] : [])]);
  const violations = await evaluate(trx, programmeId, personOf(l), { candidates: [candidate], mode: 'approve', exclude });
  if (blocking(violations).length > 0) throw errors.shiftRulesViolated(violations.map(presentViolation));
  const approved = await repo.approveShift(trx, programmeId, shift.id, actor.userId);
  if (!approved) throw errors.stateChanged('shift', await repo.currentShiftStatus(trx, programmeId, shift.id));
  await recordAudit(trx, ctx, {
    action: 'update',
    subjectType: 'shift',
    subjectId: shift.id,
    subjectPersonId: l.row.participant_id,
    programmeId,
    details: { approved: true, as: l.party, excepted: violations.map((v) => v.rule) },
  });
  return { shift: presentShift(approved), violations: violations.map(presentViolation) };
}

/** Approves a submitted shift (see {@link approveInTx}). */
export async function approveShift(ctx: Ctx, programmeId: string, shiftId: string) {
  const { actor, tx } = requireProgrammeAction(ctx, programmeId, 'shift.record');
  const today = copenhagenToday();
  return tx((trx) => approveInTx(trx, ctx, actor, programmeId, shiftId, today));
}

/**
 * Corrects a shift with a NEW row that names it (`corrects_shift_id`) and gives a reason. An approved
 * shift stays as it was (the database refuses changes) until the correction is approved and takes
 * its place; a shift still awaiting approval is set aside (rejected) at once.
 */
export async function correctShift(ctx: Ctx, programmeId: string, shiftId: string, body: z.output<typeof correctShiftBody>) {
  const { actor, tx } = requireProgrammeAction(ctx, programmeId, 'shift.record');
  const today = copenhagenToday();
  return tx(async (trx) => {
    const { shift, l } = await loadShift(trx, actor, programmeId, shiftId, today);
    if (!l.powers.record) throw errors.forbidden('shift.record');
    if (shift.status === 'rejected') throw errors.shiftNotPending(shift.status);
    const live = await repo.liveCorrectionOf(trx, programmeId, shift.id);
    if (live) throw errors.shiftAlreadyCorrected(live.id);
    checkWorkDate(l, body.workDate, today);
    checkTimes(body);
    if (shift.status === 'submitted' && !(await repo.rejectShift(trx, programmeId, shift.id))) {
      throw errors.stateChanged('shift', await repo.currentShiftStatus(trx, programmeId, shift.id));
    }
    const correction = await repo.insertShift(trx, {
      programmeId,
      placementId: shift.placement_id,
      participantId: shift.participant_id,
      workDate: body.workDate,
      startTime: body.startTime,
      endTime: body.endTime,
      breakMinutes: body.breakMinutes,
      recordedBy: actor.userId,
      recordedAs: l.party,
      approve: false,
      correctsShiftId: shift.id,
      reason: body.reason,
    });
    const violations = await evaluate(trx, programmeId, personOf(l), {
      candidates: [
        { id: correction.id, workDate: body.workDate, startTime: body.startTime, endTime: body.endTime, breakMinutes: body.breakMinutes },
      ],
      mode: 'record',
      exclude: new Set([correction.id, shift.id]),
    });
    await recordAudit(trx, ctx, {
      action: 'create',
      subjectType: 'shift_correction',
      subjectId: correction.id,
      subjectPersonId: shift.participant_id,
      programmeId,
      details: {
        corrects: shift.id,
        correctedStatus: shift.status,
        reason: body.reason,
        as: l.party,
        before: presentShift(shift),
        after: body,
      },
    });
    return { shift: presentShift(correction), violations: violations.map(presentViolation) };
  });
}

/** Documents an exception the law allows for one rule on one date (week rules: the Monday). */
export async function addRuleException(ctx: Ctx, programmeId: string, participantId: string, body: z.output<typeof ruleExceptionBody>) {
  const { actor, tx } = requireProgrammeAction(ctx, programmeId, 'rule_exception.manage');
  return tx(async (trx) => {
    const row = await repo.insertException(trx, { programmeId, participantId, ...body, userId: actor.userId }).catch((err: unknown) => {
      const code = (err as { code?: string }).code;
      if (code === '23505') throw errors.conflict('rule_exception');
      if (code === '23503') throw errors.notFound('participant');
      throw err;
    });
    await recordAudit(trx, ctx, {
      action: 'create',
      subjectType: 'rule_exception',
      subjectId: row.id,
      subjectPersonId: participantId,
      programmeId,
      details: { ...body },
    });
    return presentException(row);
  });
}
