import type { Tx } from '../../../db/tenant.ts';

/**
 * The person's registered shifts (every status, corrections included) for the access-request
 * export: the hours are about them, so they see each row as recorded, with who recorded it by role.
 */
export function shiftsForExport(trx: Tx, programmeId: string, participantId: string) {
  return trx
    .selectFrom('shifts as s')
    .innerJoin('placements as p', 'p.id', 's.placement_id')
    .innerJoin('openings as o', 'o.id', 'p.opening_id')
    .select([
      's.work_date',
      's.start_time',
      's.end_time',
      's.break_minutes',
      's.status',
      's.recorded_as',
      's.reason',
      's.rejected_reason',
      's.corrects_shift_id',
      'o.title as opening_title',
    ])
    .where((eb) => eb.and({ 's.programme_id': programmeId, 's.participant_id': participantId }))
    .orderBy('s.work_date')
    .orderBy('s.start_time')
    .orderBy('s.created_at')
    .execute();
}
export type ExportShiftRow = Awaited<ReturnType<typeof shiftsForExport>>[number];

/** The activities the person was invited to, with their registration status and sessions attended. */
export function activitiesForExport(trx: Tx, programmeId: string, participantId: string) {
  return trx
    .selectFrom('activity_participants as ap')
    .innerJoin('activities as a', 'a.id', 'ap.activity_id')
    .select(['a.kind', 'a.title', 'a.place', 'ap.status', 'ap.invited_at', 'ap.registered_at'])
    .select((eb) => [
      eb
        .selectFrom('activity_attendance as aa')
        .innerJoin('activity_sessions as se', 'se.id', 'aa.session_id')
        .select((e) => e.fn.countAll<string>().as('n'))
        .whereRef('se.activity_id', '=', 'a.id')
        .where('aa.participant_id', '=', participantId)
        .where('aa.present', '=', true)
        .as('attended'),
    ])
    .where((eb) => eb.and({ 'ap.programme_id': programmeId, 'ap.participant_id': participantId }))
    .orderBy('ap.invited_at')
    .execute();
}
export type ExportActivityRow = Awaited<ReturnType<typeof activitiesForExport>>[number];
