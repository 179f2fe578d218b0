import type { z } from 'zod';
import type { approveValidBody, rejectShiftBody } from '../../../shared/schemas/shifts.ts';
import type { Ctx } from '../../http/context.ts';
import { AppError, errors } from '../../http/errors.ts';
import { requireProgrammeAction } from '../../lib/access/index.ts';
import { loadForShifts } from '../placements/index.ts';
import { shiftPowers } from '../../../shared/domain/access/shifts.ts';
import { copenhagenToday } from '../../lib/today.ts';
import { recordAudit } from '../audit/index.ts';
import { longDate, notifyPortal, portalLink } from '../notifications/index.ts';
import { presentShift } from './presenter.ts';
import * as repo from './repository.ts';
import { approveInTx } from './service.ts';

/**
 * Shifts awaiting approval that the caller may act on: a coordinator sees the programme's (and may
 * approve those on pocket-money jobs), an employer contact those on their organisation's
 * placements, a mentor those on placements they are assigned to. Employers and mentors see the
 * person's first name only, as elsewhere in the employer portal.
 */
export async function listPendingShifts(ctx: Ctx, programmeId: string) {
  const { actor, tx } = requireProgrammeAction(ctx, programmeId, 'shift.record');
  const roles = actor.memberships.filter((m) => m.programmeId === programmeId);
  const staff = roles.some((m) => m.role === 'coordinator' || m.role === 'administrator');
  const organisationIds = roles.filter((m) => m.role === 'employer_contact' && m.organisationId).map((m) => m.organisationId!);
  const mentor = roles.some((m) => m.role === 'mentor');
  if (!staff && organisationIds.length === 0 && !mentor) return { shifts: [] };
  return tx(async (trx) => {
    const rows = await repo.pendingShifts(
      trx,
      programmeId,
      staff ? { organisationIds: null, mentorUserId: null } : { organisationIds, mentorUserId: mentor ? actor.userId : null },
    );
    await recordAudit(trx, ctx, { action: 'read', subjectType: 'pending_shifts', programmeId, details: { count: rows.length } });
    return {
      shifts: rows.map((r) => {
        const party = staff ? 'coordinator' : organisationIds.includes(r.organisation_id) ? 'employer' : 'mentor';
        return {
          ...presentShift(r),
          personName: staff ? `${r.first_name} ${r.last_name}`.trim() : r.first_name,
          openingTitle: r.opening_title,
          organisationName: r.organisation_name,
          canApprove: shiftPowers(party, r.opening_kind).approve,
        };
      }),
    };
  });
}

/**
 * Turns a submitted shift down with a reason (submitted → rejected). Approved shifts cannot be
 * rejected: they are corrected with a new entry. Whoever may approve may reject.
 */
export async function rejectShift(ctx: Ctx, programmeId: string, shiftId: string, body: z.output<typeof rejectShiftBody>) {
  const { actor, tx } = requireProgrammeAction(ctx, programmeId, 'shift.record');
  const today = copenhagenToday();
  return tx(async (trx) => {
    const shift = await repo.findShift(trx, programmeId, shiftId);
    if (!shift) throw errors.notFound('shift');
    const l = await loadForShifts(trx, actor, programmeId, shift.placement_id, today);
    if (!l.powers.approve) throw errors.forbidden('shift.approve');
    if (shift.status !== 'submitted') throw errors.shiftNotPending(shift.status);
    const rejected = await repo.rejectWithReason(trx, programmeId, shift.id, body.reason, actor.userId);
    if (!rejected) throw errors.stateChanged('shift', await repo.currentShiftStatus(trx, programmeId, shift.id));
    await recordAudit(trx, ctx, {
      action: 'update',
      subjectType: 'shift',
      subjectId: shift.id,
      subjectPersonId: shift.participant_id,
      programmeId,
      details: { rejected: true, reason: body.reason, as: l.party },
    });
    // The youth (and their guardians) must know, to correct the hours or ask why.
    await notifyPortal(trx, {
      programmeId,
      participantId: shift.participant_id,
      event: 'shiftRejected',
      subjectType: 'shift',
      subjectId: shift.id,
      link: portalLink(ctx.config, '/timer'),
      guardianLink: portalLink(ctx.config),
      except: actor.userId,
      vars: (locale) => ({ date: longDate(shift.work_date, locale), company: l.row.organisation_name, reason: body.reason }),
    });
    return { shift: presentShift(rejected), violations: [] };
  });
}

/**
 * "Approve all valid": the shifts the caller was shown, approved one by one in one request, each
 * with exactly the single approval's checks, row-count check and audit event. A shift that may not
 * be approved (rules broken, no longer waiting, not the caller's) is left as it is and reported with
 * the error code a single approval would have given, so one bad week does not hold up the rest.
 * Only the caller's own refusals are caught: a database error still rolls the whole request back.
 * When nothing was approved the request changed nothing, so it is refused (404 or 409).
 */
export async function approveValidShifts(ctx: Ctx, programmeId: string, body: z.output<typeof approveValidBody>) {
  const { actor, tx } = requireProgrammeAction(ctx, programmeId, 'shift.record');
  const today = copenhagenToday();
  return tx(async (trx) => {
    const results = [];
    for (const shiftId of [...new Set(body.shiftIds)]) {
      try {
        const { violations } = await approveInTx(trx, ctx, actor, programmeId, shiftId, today);
        results.push({ shiftId, approved: true, code: null, violations });
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        const violations = err.code === 'shift_rules_violated' ? ((err.details as { violations?: unknown[] })?.violations ?? []) : [];
        results.push({ shiftId, approved: false, code: err.code, violations: violations as never[] });
      }
    }
    const approved = results.filter((r) => r.approved).length;
    // 2xx exactly when something was approved. None of them the caller's: 404, as for one shift, so
    // a stranger learns nothing; otherwise 409 with each shift's reason.
    if (approved === 0 && results.every((r) => r.code === 'not_found')) throw errors.notFound('shift');
    if (approved === 0) throw errors.noShiftApproved(results);
    return { approved, results };
  });
}
