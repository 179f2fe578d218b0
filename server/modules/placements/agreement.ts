import type { Updateable } from 'kysely';
import type { z } from 'zod';
import type { PlacementsTable } from '../../../db/schema-placements.ts';
import { clearanceDate, defaultAgreementEnd } from '../../../shared/domain/placements/agreement.ts';
import { checkAgreedSchedule, type WeeklySlot } from '../../../shared/domain/placements/schedule.ts';
import type { agreementInput } from '../../../shared/schemas/placements.ts';
import type { Tx } from '../../../db/tenant.ts';
import { errors } from '../../http/errors.ts';
import { guardianClearanceFor } from '../guardians/index.ts';
import * as repo from './repository.ts';

/**
 * The planned weekly schedule must keep the young-worker rules for this person over the whole
 * agreement (their own age and school status on each date). 422 schedule_not_legal lists why.
 */
export function assertScheduleLegal(row: repo.PlacementRow, schedule: readonly WeeklySlot[], from: string, to: string): void {
  const person = {
    birthDate: row.birth_date,
    compulsorySchool: row.compulsory_school === true,
    compulsorySchoolEndsOn: row.compulsory_school_ends_on,
  };
  const check = checkAgreedSchedule(person, schedule, from, to);
  if (!check.ok) {
    throw errors.scheduleNotLegal(
      check.violations.slice(0, 20).map((v) => ({ rule: v.rule, date: v.date, message: v.message, messageEn: v.messageEn })),
    );
  }
}

/** The columns a confirmed agreement sets. The mentor must belong to the opening's organisation. */
export async function agreementValues(
  trx: Tx,
  row: repo.PlacementRow,
  a: z.output<typeof agreementInput>,
): Promise<Updateable<PlacementsTable>> {
  const endsOn = a.endsOn ?? defaultAgreementEnd(a.startsOn);
  if (a.mentorId && !(await repo.findMentorOf(trx, row.programme_id, row.organisation_id, a.mentorId))) {
    throw errors.invalidFields([{ path: ['agreement', 'mentorId'], code: 'mentor_unknown' }]);
  }
  assertScheduleLegal(row, a.weeklySchedule, a.startsOn, endsOn);
  return {
    starts_on: a.startsOn,
    ends_on: endsOn,
    hours_per_week: a.hoursPerWeek,
    weekly_schedule: JSON.stringify(a.weeklySchedule),
    wage_per_hour: a.wagePerHour ?? null,
    wage_payer: a.wagePayer ?? null,
    mentor_id: a.mentorId ?? null,
    agreed_at: new Date(),
  };
}

/**
 * Before a placement goes active: for someone under 15 or in compulsory school, a guardian must
 * have been informed of this job and have co-signed (the guardians module decides, from this
 * placement's notices, on the start date or today if later); and the schedule must still be legal
 * (the person may have had a birthday or left school since the agreement).
 */
export async function assertReadyToStart(trx: Tx, row: repo.PlacementRow, today: string): Promise<void> {
  // A placement cannot have started before the day it was agreed to start (issue #16): starting it
  // early would record a start the programme never had. An earlier real start is an agreement change.
  if (row.starts_on && row.starts_on > today) throw errors.placementStartsLater(row.starts_on);
  const clearance = await guardianClearanceFor(trx, row.programme_id, row.participant_id, clearanceDate(row.starts_on!, today), row.id);
  if (!clearance.ok) throw errors.guardianClearanceMissing(clearance.missing, clearance.requiredBecause);
  assertScheduleLegal(row, row.weekly_schedule, row.starts_on!, row.ends_on!);
}
