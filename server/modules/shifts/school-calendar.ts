import type { z } from 'zod';
import { daysBetween } from '../../../shared/domain/calendar/local-time.ts';
import type { schoolCalendarQuery, schoolDayBody } from '../../../shared/schemas/shifts.ts';
import type { Ctx } from '../../http/context.ts';
import { errors } from '../../http/errors.ts';
import { requireProgrammeAction } from '../../lib/access/index.ts';
import { recordAudit } from '../audit/index.ts';
import * as repo from './repository.ts';
import { schoolDaysFor } from './rules.ts';

/** A municipality's school days over a period: Mon–Fri minus public holidays, then the coordinators' overrides. */
export async function getSchoolCalendar(ctx: Ctx, programmeId: string, municipalityCode: string, q: z.output<typeof schoolCalendarQuery>) {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'school_calendar.manage');
  if (q.to < q.from || daysBetween(q.from, q.to) > 400) throw errors.invalidFields([{ path: ['to'], code: 'period_invalid' }]);
  return tx(async (trx) => {
    const overrides = await repo.schoolOverrides(trx, programmeId, municipalityCode, q.from, q.to);
    return {
      municipalityCode,
      schoolDays: await schoolDaysFor(trx, programmeId, municipalityCode, q.from, q.to),
      overrides: overrides.map((o) => ({ day: o.day, isSchoolDay: o.is_school_day, note: o.note })),
    };
  });
}

export async function setSchoolDay(
  ctx: Ctx,
  programmeId: string,
  municipalityCode: string,
  day: string,
  body: z.output<typeof schoolDayBody>,
) {
  const { actor, tx } = requireProgrammeAction(ctx, programmeId, 'school_calendar.manage');
  await tx(async (trx) => {
    await repo.upsertSchoolDay(trx, {
      programmeId,
      municipalityCode,
      day,
      isSchoolDay: body.isSchoolDay,
      note: body.note,
      userId: actor.userId,
    });
    await recordAudit(trx, ctx, {
      action: 'update',
      subjectType: 'school_calendar',
      subjectId: `${municipalityCode}:${day}`,
      programmeId,
      details: { ...body },
    });
  });
  return getSchoolCalendar(ctx, programmeId, municipalityCode, { from: day, to: day });
}
