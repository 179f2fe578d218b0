import { sql } from 'kysely';
import type { Tx } from '../../../db/tenant.ts';
import { placementsWithParties } from '../../lib/placement-parties.ts';

/** SQL of time registration: shifts, school-calendar overrides and documented rule exceptions. */

const SHIFT = [
  's.id',
  's.programme_id',
  's.placement_id',
  's.participant_id',
  's.work_date',
  's.start_time',
  's.end_time',
  's.break_minutes',
  's.status',
  's.recorded_as',
  's.approved_at',
  's.corrects_shift_id',
  's.reason',
  's.rejected_reason',
] as const;

export function findShift(trx: Tx, programmeId: string, id: string) {
  return trx
    .selectFrom('shifts as s')
    .select(SHIFT)
    .where((eb) => eb.and({ 's.programme_id': programmeId, 's.id': id }))
    .executeTakeFirst();
}
export type ShiftRow = NonNullable<Awaited<ReturnType<typeof findShift>>>;

export interface NewShift {
  programmeId: string;
  placementId: string;
  participantId: string;
  workDate: string;
  startTime: string;
  endTime: string;
  breakMinutes: number;
  recordedBy: string;
  recordedAs: string;
  approve: boolean;
  correctsShiftId?: string | null;
  reason?: string | null;
}

export async function insertShift(trx: Tx, v: NewShift): Promise<ShiftRow> {
  const { id } = await trx
    .insertInto('shifts')
    .values({
      programme_id: v.programmeId,
      placement_id: v.placementId,
      participant_id: v.participantId,
      work_date: v.workDate,
      start_time: v.startTime,
      end_time: v.endTime,
      break_minutes: v.breakMinutes,
      recorded_by: v.recordedBy,
      recorded_as: v.recordedAs,
      status: v.approve ? 'approved' : 'submitted',
      approved_by: v.approve ? v.recordedBy : null,
      approved_at: v.approve ? (sql<Date>`now()` as never) : null,
      corrects_shift_id: v.correctsShiftId ?? null,
      reason: v.reason ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return (await findShift(trx, v.programmeId, id))!;
}

/**
 * Approves a shift that is still submitted. Undefined when it no longer is: a simultaneous decision
 * won (the row lock makes the loser re-read the status), and the caller must answer 409, not 200.
 */
export async function approveShift(trx: Tx, programmeId: string, id: string, userId: string): Promise<ShiftRow | undefined> {
  const r = await trx
    .updateTable('shifts')
    .set({ status: 'approved', approved_by: userId, approved_at: sql<Date>`now()` as never })
    .where((eb) => eb.and({ programme_id: programmeId, id }))
    .where('status', '=', 'submitted')
    .executeTakeFirst();
  return r.numUpdatedRows > 0n ? findShift(trx, programmeId, id) : undefined;
}

/**
 * A submitted shift replaced by its correction is set aside (rejected); approved rows cannot be.
 * False when it was not submitted any more (a simultaneous decision or correction won).
 */
export async function rejectShift(trx: Tx, programmeId: string, id: string): Promise<boolean> {
  const r = await trx
    .updateTable('shifts')
    .set({ status: 'rejected' })
    .where((eb) => eb.and({ programme_id: programmeId, id }))
    .where('status', '=', 'submitted')
    .executeTakeFirst();
  return r.numUpdatedRows > 0n;
}

/**
 * A person turns a submitted shift down with a reason (approved rows cannot be: the trigger and the
 * status filter). Undefined when the shift was no longer submitted: a simultaneous decision won.
 */
export async function rejectWithReason(
  trx: Tx,
  programmeId: string,
  id: string,
  reason: string,
  userId: string,
): Promise<ShiftRow | undefined> {
  const r = await trx
    .updateTable('shifts')
    .set({ status: 'rejected', rejected_reason: reason, rejected_by: userId, rejected_at: sql<Date>`now()` as never })
    .where((eb) => eb.and({ programme_id: programmeId, id }))
    .where('status', '=', 'submitted')
    .executeTakeFirst();
  return r.numUpdatedRows > 0n ? findShift(trx, programmeId, id) : undefined;
}

/** The shift's status as committed now (read after a lost race, for the 409's details). */
export async function currentShiftStatus(trx: Tx, programmeId: string, id: string): Promise<string | null> {
  const row = await trx
    .selectFrom('shifts')
    .select('status')
    .where('programme_id', '=', programmeId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.status ?? null;
}

/**
 * Submitted shifts of the programme's placements with who and where, narrowed in SQL to what the
 * caller takes part in: `organisationIds` (employer contact) or `mentorUserId` (assigned mentor);
 * both null means every placement (coordinator).
 */
export function pendingShifts(trx: Tx, programmeId: string, scope: { organisationIds: string[] | null; mentorUserId: string | null }) {
  return placementsWithParties(trx)
    .innerJoin('shifts as s', 's.placement_id', 'p.id')
    .select(SHIFT)
    .select([
      'pa.first_name',
      'pa.last_name',
      'o.title as opening_title',
      'o.kind as opening_kind',
      'org.name as organisation_name',
      'o.organisation_id',
      'm.user_id as mentor_user_id',
    ])
    .where('s.programme_id', '=', programmeId)
    .where('s.status', '=', 'submitted')
    .$if(scope.organisationIds !== null || scope.mentorUserId !== null, (q) =>
      q.where((eb) =>
        eb.or([
          ...(scope.organisationIds?.length ? [eb('o.organisation_id', 'in', scope.organisationIds)] : []),
          ...(scope.mentorUserId ? [eb('m.user_id', '=', scope.mentorUserId)] : []),
          eb.lit(false),
        ]),
      ),
    )
    .orderBy('s.work_date')
    .orderBy('s.start_time')
    .orderBy('s.id')
    .execute();
}
export type PendingShiftRow = Awaited<ReturnType<typeof pendingShifts>>[number];

/** The live (not rejected) correction of a shift, if any. */
export function liveCorrectionOf(trx: Tx, programmeId: string, id: string) {
  return trx
    .selectFrom('shifts')
    .select('id')
    .where((eb) => eb.and({ programme_id: programmeId, corrects_shift_id: id }))
    .where('status', '<>', 'rejected')
    .executeTakeFirst();
}

/**
 * A person's shifts (every placement, every employer) between two dates that are not rejected,
 * with whether an approved or any live correction replaces them. The person is found through the
 * placement, which a duplicate merge moves, not through `shifts.participant_id` (the record the
 * shift was recorded against, which approved rows keep).
 */
export function personShifts(trx: Tx, programmeId: string, participantId: string, from: string, to: string) {
  return trx
    .selectFrom('shifts as s')
    .innerJoin('placements as p', 'p.id', 's.placement_id')
    .select(SHIFT)
    .select((eb) => [
      eb
        .exists(
          eb.selectFrom('shifts as c').select('c.id').whereRef('c.corrects_shift_id', '=', 's.id').where('c.status', '<>', 'rejected'),
        )
        .as('replaced_by_live'),
    ])
    .where((eb) => eb.and({ 's.programme_id': programmeId, 'p.participant_id': participantId }))
    .where('s.work_date', '>=', from)
    .where('s.work_date', '<=', to)
    .where('s.status', '<>', 'rejected')
    .orderBy('s.work_date')
    .orderBy('s.start_time')
    .orderBy('s.id')
    .execute();
}
export type PersonShiftRow = Awaited<ReturnType<typeof personShifts>>[number];

/** All of one placement's shifts (any status) between two dates, for the timesheet. */
export function placementShifts(trx: Tx, programmeId: string, placementId: string, from: string, to: string) {
  return trx
    .selectFrom('shifts as s')
    .select(SHIFT)
    .where((eb) => eb.and({ 's.programme_id': programmeId, 's.placement_id': placementId }))
    .where('s.work_date', '>=', from)
    .where('s.work_date', '<=', to)
    .orderBy('s.work_date')
    .orderBy('s.start_time')
    .orderBy('s.created_at')
    .execute();
}

/**
 * Serialises rule checks per person: two approvals for the same person (perhaps at two employers)
 * must not both pass on a week that only one of them fits in.
 */
export async function lockPerson(trx: Tx, programmeId: string, participantId: string): Promise<void> {
  await trx
    .selectFrom('participants')
    .select('id')
    .where((eb) => eb.and({ programme_id: programmeId, id: participantId }))
    .forUpdate()
    .execute();
}

/** The postal code of the participant's site: the municipality whose school calendar applies. */
export async function participantSitePostalCode(trx: Tx, programmeId: string, participantId: string): Promise<string | null> {
  const row = await trx
    .selectFrom('participants as pa')
    .innerJoin('sites as si', 'si.id', 'pa.site_id')
    .select('si.postal_code')
    .where((eb) => eb.and({ 'pa.programme_id': programmeId, 'pa.id': participantId }))
    .executeTakeFirst();
  return row?.postal_code ?? null;
}

export function schoolOverrides(trx: Tx, programmeId: string, municipalityCode: string, from: string, to: string) {
  return trx
    .selectFrom('school_calendars')
    .select(['day', 'is_school_day', 'note'])
    .where((eb) => eb.and({ programme_id: programmeId, municipality_code: municipalityCode }))
    .where('day', '>=', from)
    .where('day', '<=', to)
    .orderBy('day')
    .execute();
}

export function upsertSchoolDay(
  trx: Tx,
  v: { programmeId: string; municipalityCode: string; day: string; isSchoolDay: boolean; note: string | null; userId: string },
) {
  return trx
    .insertInto('school_calendars')
    .values({
      programme_id: v.programmeId,
      municipality_code: v.municipalityCode,
      day: v.day,
      is_school_day: v.isSchoolDay,
      note: v.note,
      updated_by: v.userId,
    })
    .onConflict((oc) =>
      oc.columns(['programme_id', 'municipality_code', 'day']).doUpdateSet({
        is_school_day: v.isSchoolDay,
        note: v.note,
        updated_by: v.userId,
        updated_at: sql<Date>`now()` as never,
      }),
    )
    .execute();
}

export function exceptionsFor(trx: Tx, programmeId: string, participantId: string, from: string, to: string) {
  return trx
    .selectFrom('rule_exceptions')
    .select(['id', 'participant_id', 'rule', 'applies_on', 'reason', 'legal_basis'])
    .where((eb) => eb.and({ programme_id: programmeId, participant_id: participantId }))
    .where('applies_on', '>=', from)
    .where('applies_on', '<=', to)
    .orderBy('applies_on')
    .execute();
}
export type RuleExceptionRow = Awaited<ReturnType<typeof exceptionsFor>>[number];

export function insertException(
  trx: Tx,
  v: { programmeId: string; participantId: string; rule: string; appliesOn: string; reason: string; legalBasis: string; userId: string },
) {
  return trx
    .insertInto('rule_exceptions')
    .values({
      programme_id: v.programmeId,
      participant_id: v.participantId,
      rule: v.rule,
      applies_on: v.appliesOn,
      reason: v.reason,
      legal_basis: v.legalBasis,
      created_by: v.userId,
    })
    .returning(['id', 'participant_id', 'rule', 'applies_on', 'reason', 'legal_basis'])
    .executeTakeFirstOrThrow();
}

/**
 * Anonymisation: replaces the free-text reasons on a person's shifts (corrections, rejections) and
 * rule exceptions with a marker. Runs through a database function as jobbro_system, the only role
 * allowed to touch an approved row's `reason`, and only once the person is anonymised.
 */
export async function scrubHoursText(trx: Tx, programmeId: string, participantId: string): Promise<void> {
  await sql`SELECT jobbro_scrub_hours_text(${programmeId}::uuid, ${participantId}::uuid)`.execute(trx);
}

/**
 * Shifts repeat their placement's participant and approved ones are immutable to requests, so a
 * database function (0011) realigns them once the merged record is marked; returns shifts moved.
 */
export async function mergeHours(trx: Tx, programmeId: string, mergedId: string, survivorId: string): Promise<number> {
  const { rows } = await sql<{
    moved: number;
  }>`SELECT jobbro_merge_hours(${programmeId}::uuid, ${mergedId}::uuid, ${survivorId}::uuid) AS moved`.execute(trx);
  return Number(rows[0]?.moved ?? 0);
}
