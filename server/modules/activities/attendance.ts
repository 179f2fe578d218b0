import type { z } from 'zod';
import { attendanceDateRefusal } from '../../../shared/domain/activities/attendance.ts';
import type { attendanceBody } from '../../../shared/schemas/activities.ts';
import type { Tx } from '../../../db/tenant.ts';
import type { Ctx } from '../../http/context.ts';
import { errors } from '../../http/errors.ts';
import { requireProgrammeAction } from '../../lib/access/index.ts';
import { copenhagenToday } from '../../lib/today.ts';
import { recordAudit } from '../audit/index.ts';
import { presentSheetRow } from './presenter.ts';
import * as repo from './repository.ts';

/** The attendance sheet of one session: everyone on the activity's list and their mark so far. */
async function sheet(trx: Tx, programmeId: string, sessionId: string) {
  const s = await repo.findSession(trx, programmeId, sessionId);
  if (!s) throw errors.notFound('session');
  const rows = await repo.attendanceSheet(trx, programmeId, s.activity_id, sessionId);
  return { s, rows };
}

/** The sheet as the phone shows it. */
function presentSheet({ s, rows }: Awaited<ReturnType<typeof sheet>>) {
  return {
    sessionId: s.id,
    activityId: s.activity_id,
    startsAt: s.starts_at,
    endsAt: s.ends_at,
    activityTitle: s.title,
    people: rows.map(presentSheetRow),
  };
}

/** The attendance sheet names everyone on the list, so the read is audited. */
export async function getAttendance(ctx: Ctx, programmeId: string, sessionId: string) {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'attendance.take');
  return tx(async (trx) => {
    const found = await sheet(trx, programmeId, sessionId);
    await recordAudit(trx, ctx, {
      action: 'read',
      subjectType: 'attendance_sheet',
      subjectId: sessionId,
      programmeId,
      details: { activityId: found.s.activity_id, participantIds: found.rows.map((r) => r.participant_id) },
    });
    return presentSheet(found);
  });
}

/**
 * Takes attendance for many people at once, as a phone sends it after "everyone present" and a few
 * corrections. Idempotent: sending the same marks again changes nothing. Marks are accepted only
 * for people on the activity's list (invited or registered: a walk-in who was invited counts), and
 * one audit event records who was marked present and absent.
 */
export async function takeAttendance(ctx: Ctx, programmeId: string, sessionId: string, body: z.output<typeof attendanceBody>) {
  const { actor, tx } = requireProgrammeAction(ctx, programmeId, 'attendance.take');
  return tx(async (trx) => {
    const { s, rows } = await sheet(trx, programmeId, sessionId);
    if (s.cancelled_at) throw errors.activityCancelled();
    // starts_at is already the Copenhagen wall clock ('YYYY-MM-DDTHH:mm', see the repository).
    const notYet = attendanceDateRefusal(s.starts_at.slice(0, 10), copenhagenToday());
    if (notYet) throw errors.invalidFields([{ path: [], code: notYet }]);
    const listed = new Map(rows.map((r) => [r.participant_id, r]));
    const issues = body.marks.flatMap((m, i) => {
      const r = listed.get(m.participantId);
      return r && (r.status === 'registered' || r.status === 'invited')
        ? []
        : [{ path: ['marks', i, 'participantId'], code: 'participant_not_registered' }];
    });
    if (issues.length > 0) throw errors.invalidFields(issues);
    const last = new Map(body.marks.map((m) => [m.participantId, m.present]));
    const marks = [...last].map(([participantId, present]) => ({ participantId, present }));
    const changed = marks.filter((m) => listed.get(m.participantId)!.present !== m.present);
    await repo.upsertAttendance(trx, programmeId, sessionId, marks, actor.userId);
    await recordAudit(trx, ctx, {
      action: 'update',
      subjectType: 'activity_attendance',
      subjectId: sessionId,
      programmeId,
      details: {
        activityId: s.activity_id,
        changed: changed.length,
        present: marks.filter((m) => m.present).map((m) => m.participantId),
        absent: marks.filter((m) => !m.present).map((m) => m.participantId),
      },
    });
    // The answer names the same people the update event lists: no separate read event.
    return presentSheet(await sheet(trx, programmeId, sessionId));
  });
}
