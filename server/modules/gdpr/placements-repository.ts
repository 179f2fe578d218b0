import type { Tx } from '../../../db/tenant.ts';

/** A person's placements ("forløb") for the access-request export, oldest first, with opening, company and mentor names. */
export function placementsForExport(trx: Tx, programmeId: string, participantId: string) {
  return trx
    .selectFrom('placements as p')
    .innerJoin('openings as o', 'o.id', 'p.opening_id')
    .innerJoin('organisations as org', 'org.id', 'o.organisation_id')
    .leftJoin('mentors as m', 'm.id', 'p.mentor_id')
    .select([
      'p.id',
      'p.status',
      'p.match_reasons',
      'p.participant_accepted_at',
      'p.starts_on',
      'p.ends_on',
      'p.hours_per_week',
      'p.weekly_schedule',
      'p.wage_per_hour',
      'p.wage_payer',
      'p.agreed_at',
      'p.activated_at',
      'p.ended_on',
      'p.end_reason',
      'p.decline_reason',
      'p.declined_by',
      'p.outcome',
      'p.created_at',
      'o.title as opening_title',
      'org.name as company_name',
      'm.name as mentor_name',
    ])
    .where((eb) => eb.and({ 'p.programme_id': programmeId, 'p.participant_id': participantId }))
    .orderBy('p.created_at')
    .orderBy('p.id')
    .execute();
}
export type ExportPlacementRow = Awaited<ReturnType<typeof placementsForExport>>[number];

/** Each placement's history: the part each party played, never which staff member. */
export function placementEventsForExport(trx: Tx, programmeId: string, placementIds: readonly string[]) {
  if (placementIds.length === 0) return Promise.resolve([]);
  return trx
    .selectFrom('placement_events')
    .select(['placement_id', 'at', 'action', 'from_status', 'to_status', 'party', 'reason', 'note'])
    .where('programme_id', '=', programmeId)
    .where('placement_id', 'in', [...placementIds])
    .orderBy('at')
    .orderBy('version')
    .execute();
}
export type ExportPlacementEventRow = Awaited<ReturnType<typeof placementEventsForExport>>[number];

export function followUpsForExport(trx: Tx, programmeId: string, placementIds: readonly string[]) {
  if (placementIds.length === 0) return Promise.resolve([]);
  return trx
    .selectFrom('placement_follow_ups')
    .select(['placement_id', 'code', 'due_on', 'completed_at', 'cancelled_at'])
    .where('programme_id', '=', programmeId)
    .where('placement_id', 'in', [...placementIds])
    .orderBy('due_on')
    .execute();
}
export type ExportFollowUpRow = Awaited<ReturnType<typeof followUpsForExport>>[number];

export function mentorHoursForExport(trx: Tx, programmeId: string, placementIds: readonly string[]) {
  if (placementIds.length === 0) return Promise.resolve([]);
  return trx
    .selectFrom('mentor_hours')
    .select(['placement_id', 'mentor_name', 'worked_on', 'hours', 'note'])
    .where('programme_id', '=', programmeId)
    .where('placement_id', 'in', [...placementIds])
    .orderBy('worked_on')
    .execute();
}
export type ExportMentorHoursRow = Awaited<ReturnType<typeof mentorHoursForExport>>[number];

/** Support requests about the person's placements, with their notes (texts only, no authors). */
export async function supportRequestsForExport(trx: Tx, programmeId: string, placementIds: readonly string[]) {
  if (placementIds.length === 0) return [];
  const requests = await trx
    .selectFrom('support_requests')
    .select(['id', 'placement_id', 'raised_at', 'raised_as', 'category', 'severity', 'status', 'description', 'resolution', 'resolved_at'])
    .where('programme_id', '=', programmeId)
    .where('placement_id', 'in', [...placementIds])
    .orderBy('raised_at')
    .execute();
  const notes =
    requests.length === 0
      ? []
      : await trx
          .selectFrom('support_request_notes')
          .select(['request_id', 'created_at', 'text'])
          .where('programme_id', '=', programmeId)
          .where(
            'request_id',
            'in',
            requests.map((r) => r.id),
          )
          .orderBy('created_at')
          .execute();
  return requests.map((r) => ({ ...r, notes: notes.filter((n) => n.request_id === r.id) }));
}
export type ExportSupportRequestRow = Awaited<ReturnType<typeof supportRequestsForExport>>[number];
