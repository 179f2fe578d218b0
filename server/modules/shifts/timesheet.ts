import { addDays, mondayOf, weekday } from '../../../shared/domain/calendar/local-time.ts';
import { workedMinutes } from '../../../shared/domain/hours/pay.ts';
import type { Ctx } from '../../http/context.ts';
import { errors } from '../../http/errors.ts';
import { requireProgrammeAction } from '../../lib/access/index.ts';
import { type Loaded, loadForShifts } from '../placements/index.ts';
import { copenhagenToday } from '../../lib/today.ts';
import { recordAudit } from '../audit/index.ts';
import { presentShift, presentViolation } from './presenter.ts';
import * as repo from './repository.ts';
import { evaluate, type Candidate } from './rules.ts';
import { personOf } from './service.ts';

/** The Monday of an ISO week 'YYYY-Www' (week 1 is the week with 4 January). */
export function mondayOfIsoWeek(week: string): string {
  const year = week.slice(0, 4);
  const n = Number(week.slice(6));
  return addDays(mondayOf(`${year}-01-04`), (n - 1) * 7);
}

const hours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

interface Planned {
  date: string;
  startTime: string;
  endTime: string;
  breakMinutes: number;
}

/** The agreement's weekly schedule laid out on the week's dates the placement runs on. */
function plannedFor(l: Loaded, monday: string): Planned[] {
  const last = l.row.ended_on ?? l.row.ends_on;
  const out: Planned[] = [];
  for (let i = 0; i < 7; i++) {
    const date = addDays(monday, i);
    if (!l.row.starts_on || date < l.row.starts_on || (last && date > last)) continue;
    for (const e of l.row.weekly_schedule) {
      if (e.weekday === weekday(date)) out.push({ date, startTime: e.start, endTime: e.end, breakMinutes: e.breakMinutes });
    }
  }
  return out;
}

/**
 * Planned (from the agreement) against recorded shifts for one ISO week, with the week's rule
 * violations and, for each shift awaiting approval, whether approving it now would pass the rules.
 */
export async function getTimesheet(ctx: Ctx, programmeId: string, placementId: string, week: string) {
  const { actor, tx } = requireProgrammeAction(ctx, programmeId, 'shift.record');
  const today = copenhagenToday();
  const monday = mondayOfIsoWeek(week);
  return tx(async (trx) => {
    const l = await loadForShifts(trx, actor, programmeId, placementId, today);
    const planned = plannedFor(l, monday);
    const shifts = await repo.placementShifts(trx, programmeId, placementId, monday, addDays(monday, 6));
    const violations = await evaluate(trx, programmeId, personOf(l), { candidates: [], mode: 'record', weeks: [monday] });
    await recordAudit(trx, ctx, {
      action: 'read',
      subjectType: 'timesheet',
      subjectId: placementId,
      subjectPersonId: l.row.participant_id,
      programmeId,
      details: { week, as: l.party },
    });
    const live = shifts.filter((s) => s.status !== 'rejected');
    const superseded = new Set(live.filter((s) => s.corrects_shift_id && s.status === 'approved').map((s) => s.corrects_shift_id));
    const counted = live.filter((s) => !superseded.has(s.id));
    const own = new Set(shifts.map((s) => s.id));
    // Each shift awaiting approval is judged as approving it would judge it (in place of the shift it
    // corrects), so the sheet offers "Godkend" only where approval can succeed and says why not elsewhere.
    const approval = [];
    for (const s of shifts.filter((x) => x.status === 'submitted')) {
      const checked = await evaluate(trx, programmeId, personOf(l), {
        candidates: [{ id: s.id, workDate: s.work_date, startTime: s.start_time, endTime: s.end_time, breakMinutes: s.break_minutes }],
        mode: 'record',
        exclude: new Set([s.id, ...(s.corrects_shift_id ? [s.corrects_shift_id] : [])]),
      });
      const blocking = checked.filter((v) => !v.excepted);
      approval.push({ shiftId: s.id, approvable: blocking.length === 0, violations: blocking.map(presentViolation) });
    }
    const sum = (rows: typeof shifts) =>
      hours(rows.reduce((t, s) => t + workedMinutes(s.work_date, s.start_time, s.end_time, s.break_minutes), 0));
    return {
      placementId,
      week,
      days: Array.from({ length: 7 }, (_, i) => addDays(monday, i)).map((date) => ({
        date,
        planned: planned
          .filter((p) => p.date === date)
          .map((p) => ({
            startTime: p.startTime,
            endTime: p.endTime,
            breakMinutes: p.breakMinutes,
            hours: hours(workedMinutes(p.date, p.startTime, p.endTime, p.breakMinutes)),
          })),
        shifts: shifts.filter((s) => s.work_date === date).map(presentShift),
      })),
      plannedHours: hours(planned.reduce((t, p) => t + workedMinutes(p.date, p.startTime, p.endTime, p.breakMinutes), 0)),
      recordedHours: sum(counted),
      approvedHours: sum(counted.filter((s) => s.status === 'approved')),
      violations: violations.map((v) => ({ ...presentViolation(v), shiftIds: v.shiftIds.filter((id) => own.has(id)) })),
      approval,
    };
  });
}

/**
 * "Worked as planned": records and approves the agreement's planned shifts of the week on days
 * that have passed and have no shift yet. All of them are judged together and approved only if the
 * rules allow (409 shift_rules_violated otherwise, nothing saved). A week with nothing left to record
 * answers 409 week_already_recorded, so a 200 always means shifts were saved (and audited).
 */
export async function approveAsPlanned(ctx: Ctx, programmeId: string, placementId: string, week: string) {
  const { actor, tx } = requireProgrammeAction(ctx, programmeId, 'shift.record');
  const today = copenhagenToday();
  const monday = mondayOfIsoWeek(week);
  return tx(async (trx) => {
    const l = await loadForShifts(trx, actor, programmeId, placementId, today);
    if (!l.powers.approve) throw errors.forbidden('shift.approve');
    if (l.row.status !== 'active') throw errors.placementNotActive(l.row.status);
    const existing = await repo.placementShifts(trx, programmeId, placementId, monday, addDays(monday, 6));
    const taken = new Set(existing.filter((s) => s.status !== 'rejected').map((s) => s.work_date));
    const todo = plannedFor(l, monday).filter((p) => p.date <= today && !taken.has(p.date));
    // Nothing left to record is no change: a repeat (or the loser of a double click) answers 409, not an empty 200.
    if (todo.length === 0) throw errors.weekAlreadyRecorded(week);
    const candidates: Candidate[] = todo.map((p, i) => ({
      id: `planned-${i}`,
      workDate: p.date,
      startTime: p.startTime,
      endTime: p.endTime,
      breakMinutes: p.breakMinutes,
    }));
    const violations = candidates.length ? await evaluate(trx, programmeId, personOf(l), { candidates, mode: 'approve' }) : [];
    if (violations.some((v) => !v.excepted)) throw errors.shiftRulesViolated(violations.map(presentViolation));
    const created = [];
    for (const p of todo) {
      created.push(
        await repo.insertShift(trx, {
          programmeId,
          placementId,
          participantId: l.row.participant_id,
          workDate: p.date,
          startTime: p.startTime,
          endTime: p.endTime,
          breakMinutes: p.breakMinutes,
          recordedBy: actor.userId,
          recordedAs: l.party,
          approve: true,
        }),
      );
    }
    await recordAudit(trx, ctx, {
      action: 'create',
      subjectType: 'shift',
      subjectId: placementId,
      subjectPersonId: l.row.participant_id,
      programmeId,
      details: { asPlanned: week, count: created.length, as: l.party },
    });
    return { created: created.map(presentShift), violations: violations.map(presentViolation) };
  });
}
