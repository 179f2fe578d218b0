import type { Tx } from '../../../db/tenant.ts';
import { placementsWithParties } from '../../lib/placement-parties.ts';

/**
 * What the portal shows of a person's work: their jobs, recorded shifts and activities. Read-only
 * look-ups across the tables the placements, workplaces, shifts and activities modules own (reading
 * is free, as the payroll module does; only the owner writes). Every query is narrowed to one
 * person in one programme, under the caller's tenant (row-level security is the backstop).
 */

/** Statuses of a job the person has or had; earlier ones are proposals (the placements feature's card). */
const JOB_STATUSES = ['agreed', 'active', 'completed', 'ended_early'] as const;

export function jobsOf(trx: Tx, programmeId: string, participantId: string) {
  return placementsWithParties(trx)
    .innerJoin('workplaces as w', 'w.id', 'o.workplace_id')
    .select([
      'p.id',
      'p.status',
      'p.starts_on',
      'p.ends_on',
      'p.ended_on',
      'p.hours_per_week',
      'p.weekly_schedule',
      'p.wage_per_hour',
      'p.wage_payer',
      'o.title',
      'o.kind',
      'o.ladder_step',
      'o.organisation_id',
      'org.name as employer_name',
      'w.name as workplace_name',
      'w.address as workplace_address',
      'w.postal_code as workplace_postal_code',
      'm.name as mentor_name',
      'm.phone as mentor_phone',
      'm.email as mentor_email',
    ])
    .where((eb) => eb.and({ 'p.programme_id': programmeId, 'p.participant_id': participantId }))
    .where('p.status', 'in', JOB_STATUSES)
    .orderBy('p.starts_on', 'desc')
    .orderBy('p.created_at', 'desc')
    .execute();
}
export type PortalJobRow = Awaited<ReturnType<typeof jobsOf>>[number];

/** The employer contacts of organisations in the programme: the people to call at a workplace. */
export function employerContacts(trx: Tx, programmeId: string, organisationIds: readonly string[]) {
  if (organisationIds.length === 0) return Promise.resolve([]);
  return trx
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['m.organisation_id', 'u.name', 'u.email'])
    .where('m.programme_id', '=', programmeId)
    .where('m.role', '=', 'employer_contact')
    .where('m.organisation_id', 'in', [...organisationIds])
    .where('u.disabled_at', 'is', null)
    .orderBy('u.name')
    .execute();
}

/** The person's recorded shifts between two dates (all statuses, corrections included), oldest first. */
export function shiftsBetween(trx: Tx, programmeId: string, participantId: string, from: string, to: string) {
  return trx
    .selectFrom('shifts as s')
    .innerJoin('placements as p', 'p.id', 's.placement_id')
    .innerJoin('openings as o', 'o.id', 'p.opening_id')
    .select([
      's.id',
      's.placement_id',
      's.work_date',
      's.start_time',
      's.end_time',
      's.break_minutes',
      's.status',
      's.corrects_shift_id',
      's.rejected_reason',
      'o.title',
      'p.wage_per_hour',
      'p.wage_payer',
    ])
    .where((eb) => eb.and({ 's.programme_id': programmeId, 's.participant_id': participantId }))
    .where('s.work_date', '>=', from)
    .where('s.work_date', '<=', to)
    .orderBy('s.work_date')
    .orderBy('s.start_time')
    .orderBy('s.created_at')
    .execute();
}
export type PortalShiftRow = Awaited<ReturnType<typeof shiftsBetween>>[number];

/**
 * Upcoming activities the person is invited to or registered for, one row per future session
 * (not cancelled), soonest first; the service keeps each activity's next one.
 */
export function upcomingActivities(trx: Tx, programmeId: string, participantId: string, now: Date) {
  return trx
    .selectFrom('activity_participants as ap')
    .innerJoin('activities as a', 'a.id', 'ap.activity_id')
    .innerJoin('activity_sessions as s', 's.activity_id', 'a.id')
    .leftJoin('sites as site', 'site.id', 'a.site_id')
    .select([
      'a.id',
      'a.kind',
      'a.title',
      'a.place',
      'site.name as site_name',
      'site.address as site_address',
      'site.postal_code as site_postal_code',
      's.starts_at',
      's.ends_at',
      'ap.status',
    ])
    .where((eb) => eb.and({ 'ap.programme_id': programmeId, 'ap.participant_id': participantId }))
    .where('ap.status', 'in', ['invited', 'registered'])
    .where('a.cancelled_at', 'is', null)
    .where('s.ends_at', '>', now)
    .orderBy('s.starts_at')
    .execute();
}
export type PortalActivityRow = Awaited<ReturnType<typeof upcomingActivities>>[number];
