import { sql, type RawBuilder } from 'kysely';
import type { Tx } from '../../../db/tenant.ts';

/** SQL of activities: the activity, its sessions, invitations/registrations and attendance. */

/** A timestamptz as Copenhagen wall clock 'YYYY-MM-DDTHH:mm' (sessions are planned in local time). */
const local = (col: string) => sql<string>`to_char(${sql.ref(col)} AT TIME ZONE 'Europe/Copenhagen', 'YYYY-MM-DD"T"HH24:MI')`;
/** A Copenhagen wall-clock 'YYYY-MM-DDTHH:mm' as the instant it denotes. */
const instant = (v: string): RawBuilder<Date> => sql<Date>`(${v}::timestamp AT TIME ZONE 'Europe/Copenhagen')`;

export interface ActivityFilters {
  kind?: string;
  siteId?: string;
  from?: string;
  to?: string;
  when?: 'upcoming' | 'past';
  includeCancelled?: boolean;
}

function summaries(trx: Tx, programmeId: string) {
  return trx
    .selectFrom('activities as a')
    .leftJoin('sites as s', 's.id', 'a.site_id')
    .leftJoin('companies as c', 'c.id', 'a.host_company_id')
    .select([
      'a.id',
      'a.kind',
      'a.title',
      'a.description',
      'a.place',
      'a.site_id',
      's.name as site_name',
      'a.host_company_id',
      'c.name as host_company_name',
      'a.capacity',
      'a.cancelled_at',
      sql<
        string | null
      >`(SELECT to_char(min(x.starts_at) AT TIME ZONE 'Europe/Copenhagen', 'YYYY-MM-DD"T"HH24:MI') FROM activity_sessions x WHERE x.activity_id = a.id)`.as(
        'first_starts_at',
      ),
      sql<
        string | null
      >`(SELECT to_char(max(x.ends_at) AT TIME ZONE 'Europe/Copenhagen', 'YYYY-MM-DD"T"HH24:MI') FROM activity_sessions x WHERE x.activity_id = a.id)`.as(
        'last_ends_at',
      ),
      sql<number>`(SELECT count(*)::int FROM activity_sessions x WHERE x.activity_id = a.id)`.as('session_count'),
      sql<number>`(SELECT count(*)::int FROM activity_participants x WHERE x.activity_id = a.id AND x.status = 'registered')`.as(
        'registered_count',
      ),
      sql<number>`(SELECT count(*)::int FROM activity_participants x WHERE x.activity_id = a.id AND x.status = 'invited')`.as(
        'invited_count',
      ),
    ])
    .where('a.programme_id', '=', programmeId);
}
export type ActivityRow = NonNullable<Awaited<ReturnType<typeof findActivity>>>;

export function findActivity(trx: Tx, programmeId: string, id: string) {
  return summaries(trx, programmeId).where('a.id', '=', id).executeTakeFirst();
}

export function listActivities(trx: Tx, programmeId: string, f: ActivityFilters) {
  let q = summaries(trx, programmeId);
  if (f.kind) q = q.where('a.kind', '=', f.kind);
  if (f.siteId) q = q.where('a.site_id', '=', f.siteId);
  if (!f.includeCancelled) q = q.where('a.cancelled_at', 'is', null);
  const sessionWhere = (cond: RawBuilder<boolean>) =>
    sql<boolean>`EXISTS (SELECT 1 FROM activity_sessions x WHERE x.activity_id = a.id AND ${cond})`;
  // A period matches an activity with a session starting in it (one session meeting both ends).
  if (f.from || f.to) {
    const day = sql`(x.starts_at AT TIME ZONE 'Europe/Copenhagen')::date`;
    q = q.where(
      sessionWhere(
        sql`${day} >= coalesce(${f.from ?? null}::date, '-infinity'::date) AND ${day} <= coalesce(${f.to ?? null}::date, 'infinity'::date)`,
      ),
    );
  }
  if (f.when === 'upcoming') q = q.where(sessionWhere(sql`x.ends_at >= now()`));
  if (f.when === 'past')
    q = q.where(sql<boolean>`NOT EXISTS (SELECT 1 FROM activity_sessions x WHERE x.activity_id = a.id AND x.ends_at >= now())`);
  return q
    .orderBy(sql`(SELECT min(x.starts_at) FROM activity_sessions x WHERE x.activity_id = a.id)`, f.when === 'past' ? 'desc' : 'asc')
    .orderBy('a.title')
    .limit(500)
    .execute();
}

/** Locks the activity row so capacity checks and registrations cannot race. */
export function lockActivity(trx: Tx, programmeId: string, id: string) {
  return trx
    .selectFrom('activities')
    .select(['id', 'capacity', 'cancelled_at', 'kind'])
    .where((eb) => eb.and({ programme_id: programmeId, id }))
    .forUpdate()
    .executeTakeFirst();
}

export interface ActivityValues {
  kind: string;
  title: string;
  description: string | null;
  place: string | null;
  siteId: string | null;
  hostCompanyId: string | null;
  capacity: number | null;
}

const columns = (v: ActivityValues) => ({
  kind: v.kind,
  title: v.title,
  description: v.description,
  place: v.place,
  site_id: v.siteId,
  host_company_id: v.hostCompanyId,
  capacity: v.capacity,
});

export async function insertActivity(trx: Tx, programmeId: string, v: ActivityValues, userId: string): Promise<string> {
  const { id } = await trx
    .insertInto('activities')
    .values({ programme_id: programmeId, ...columns(v), created_by: userId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export function updateActivity(trx: Tx, programmeId: string, id: string, v: ActivityValues) {
  return trx
    .updateTable('activities')
    .set({ ...columns(v), updated_at: sql`now()` as never })
    .where((eb) => eb.and({ programme_id: programmeId, id }))
    .execute();
}

/** Whether this call cancelled it (false: it was cancelled already). */
export async function cancelActivity(trx: Tx, programmeId: string, id: string): Promise<boolean> {
  const result = await trx
    .updateTable('activities')
    .set({ cancelled_at: sql`now()` as never, updated_at: sql`now()` as never })
    .where((eb) => eb.and({ programme_id: programmeId, id }))
    .where('cancelled_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

// --- sessions ----------------------------------------------------------------------------------

export function listSessions(trx: Tx, programmeId: string, activityId: string) {
  return trx
    .selectFrom('activity_sessions as x')
    .select([
      'x.id',
      local('x.starts_at').as('starts_at'),
      local('x.ends_at').as('ends_at'),
      sql<number>`(SELECT count(*)::int FROM activity_attendance t WHERE t.session_id = x.id AND t.present)`.as('present_count'),
      sql<number>`(SELECT count(*)::int FROM activity_attendance t WHERE t.session_id = x.id)`.as('recorded_count'),
    ])
    .where((eb) => eb.and({ 'x.programme_id': programmeId, 'x.activity_id': activityId }))
    .orderBy('x.starts_at')
    .execute();
}
export type SessionRow = Awaited<ReturnType<typeof listSessions>>[number];

export function findSession(trx: Tx, programmeId: string, id: string) {
  return trx
    .selectFrom('activity_sessions as x')
    .innerJoin('activities as a', 'a.id', 'x.activity_id')
    .select(['x.id', 'x.activity_id', local('x.starts_at').as('starts_at'), local('x.ends_at').as('ends_at'), 'a.title', 'a.cancelled_at'])
    .where((eb) => eb.and({ 'x.programme_id': programmeId, 'x.id': id }))
    .executeTakeFirst();
}

export async function insertSession(trx: Tx, programmeId: string, activityId: string, s: { startsAt: string; endsAt: string }) {
  await trx
    .insertInto('activity_sessions')
    .values({
      programme_id: programmeId,
      activity_id: activityId,
      starts_at: instant(s.startsAt) as never,
      ends_at: instant(s.endsAt) as never,
    })
    .execute();
}

export async function updateSession(trx: Tx, programmeId: string, activityId: string, s: { id: string; startsAt: string; endsAt: string }) {
  const r = await trx
    .updateTable('activity_sessions')
    .set({ starts_at: instant(s.startsAt) as never, ends_at: instant(s.endsAt) as never })
    .where((eb) => eb.and({ programme_id: programmeId, activity_id: activityId }))
    .where('id', '=', s.id)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Sessions that have attendance recorded (they are never deleted by an edit). */
export async function sessionsWithAttendance(trx: Tx, programmeId: string, sessionIds: readonly string[]): Promise<Set<string>> {
  if (sessionIds.length === 0) return new Set();
  const rows = await trx
    .selectFrom('activity_attendance')
    .select('session_id')
    .distinct()
    .where('programme_id', '=', programmeId)
    .where('session_id', 'in', sessionIds)
    .execute();
  return new Set(rows.map((r) => r.session_id));
}

export function deleteSessions(trx: Tx, programmeId: string, activityId: string, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve();
  return trx
    .deleteFrom('activity_sessions')
    .where((eb) => eb.and({ programme_id: programmeId, activity_id: activityId }))
    .where('id', 'in', ids)
    .execute();
}

// --- invitations and registration -------------------------------------------------------------------

export function listActivityParticipants(trx: Tx, programmeId: string, activityId: string) {
  return trx
    .selectFrom('activity_participants as ap')
    .innerJoin('participants as p', 'p.id', 'ap.participant_id')
    .select(['ap.participant_id', 'p.first_name', 'p.last_name', 'p.anonymised_at', 'ap.status', 'ap.invited_at', 'ap.registered_at'])
    .where((eb) => eb.and({ 'ap.programme_id': programmeId, 'ap.activity_id': activityId }))
    .orderBy('p.first_name')
    .orderBy('p.last_name')
    .execute();
}
export type ActivityParticipantRow = Awaited<ReturnType<typeof listActivityParticipants>>[number];

export function findActivityParticipant(trx: Tx, programmeId: string, activityId: string, participantId: string) {
  return trx
    .selectFrom('activity_participants')
    .select(['participant_id', 'status'])
    .where((eb) => eb.and({ programme_id: programmeId, activity_id: activityId, participant_id: participantId }))
    .executeTakeFirst();
}

/** The given people as this programme sees them (RLS hides other programmes' people). */
export function participantsIn(trx: Tx, programmeId: string, ids: readonly string[]) {
  return trx
    .selectFrom('participants')
    .select(['id', 'merged_into', 'anonymised_at'])
    .where('programme_id', '=', programmeId)
    .where('id', 'in', ids)
    .execute();
}

/** Invites people who are not on the list yet; returns the ones added. */
export async function invite(
  trx: Tx,
  programmeId: string,
  activityId: string,
  participantIds: readonly string[],
  userId: string,
): Promise<string[]> {
  const rows = await trx
    .insertInto('activity_participants')
    .values(participantIds.map((pid) => ({ programme_id: programmeId, activity_id: activityId, participant_id: pid, updated_by: userId })))
    .onConflict((oc) => oc.columns(['activity_id', 'participant_id']).doNothing())
    .returning('participant_id')
    .execute();
  return rows.map((r) => r.participant_id);
}

export function setParticipantStatus(
  trx: Tx,
  programmeId: string,
  activityId: string,
  participantId: string,
  status: string,
  userId: string,
) {
  return trx
    .updateTable('activity_participants')
    .set({
      status,
      updated_by: userId,
      updated_at: sql`now()` as never,
      registered_at: status === 'registered' ? (sql`coalesce(registered_at, now())` as never) : (sql`registered_at` as never),
    })
    .where((eb) => eb.and({ programme_id: programmeId, activity_id: activityId, participant_id: participantId }))
    .execute();
}

export async function registeredCount(trx: Tx, programmeId: string, activityId: string): Promise<number> {
  const r = await trx
    .selectFrom('activity_participants')
    .select(sql<number>`count(*)::int`.as('n'))
    .where((eb) => eb.and({ programme_id: programmeId, activity_id: activityId }))
    .where('status', '=', 'registered')
    .executeTakeFirstOrThrow();
  return r.n;
}

// --- attendance ---------------------------------------------------------------------------------------

/** Everyone on the activity's list with their mark for the session (null: not taken yet). */
export function attendanceSheet(trx: Tx, programmeId: string, activityId: string, sessionId: string) {
  return trx
    .selectFrom('activity_participants as ap')
    .innerJoin('participants as p', 'p.id', 'ap.participant_id')
    .leftJoin('activity_attendance as t', (j) => j.onRef('t.participant_id', '=', 'ap.participant_id').on('t.session_id', '=', sessionId))
    .select(['ap.participant_id', 'p.first_name', 'p.last_name', 'p.anonymised_at', 'ap.status', 't.present'])
    .where((eb) => eb.and({ 'ap.programme_id': programmeId, 'ap.activity_id': activityId }))
    .orderBy('p.first_name')
    .orderBy('p.last_name')
    .execute();
}
export type SheetRow = Awaited<ReturnType<typeof attendanceSheet>>[number];

export async function upsertAttendance(
  trx: Tx,
  programmeId: string,
  sessionId: string,
  marks: readonly { participantId: string; present: boolean }[],
  userId: string,
) {
  await trx
    .insertInto('activity_attendance')
    .values(
      marks.map((m) => ({
        programme_id: programmeId,
        session_id: sessionId,
        participant_id: m.participantId,
        present: m.present,
        recorded_by: userId,
      })),
    )
    .onConflict((oc) =>
      oc
        .columns(['session_id', 'participant_id'])
        .doUpdateSet({
          present: (eb) => eb.ref('excluded.present'),
          recorded_by: userId,
          recorded_at: sql`now()` as never,
        })
        .where(sql<boolean>`activity_attendance.present IS DISTINCT FROM excluded.present`),
    )
    .execute();
}

// --- funnel -----------------------------------------------------------------------------------------

/**
 * Attendance marks at sessions of live activities whose Copenhagen date lies in the period. A
 * record merged into another counts as the surviving record, which the merge gave its placements.
 */
export function funnelAttendances(trx: Tx, programmeId: string, from: string, to: string, siteId?: string) {
  let q = trx
    .selectFrom('activity_attendance as t')
    .innerJoin('activity_sessions as x', 'x.id', 't.session_id')
    .innerJoin('activities as a', 'a.id', 'x.activity_id')
    .innerJoin('participants as p', 'p.id', 't.participant_id')
    .select([
      sql<string>`coalesce(p.merged_into, t.participant_id)`.as('participant_id'),
      'a.kind',
      local('x.starts_at').as('starts_at'),
      't.present',
    ])
    .where('t.programme_id', '=', programmeId)
    .where('a.cancelled_at', 'is', null)
    .where(sql<boolean>`(x.starts_at AT TIME ZONE 'Europe/Copenhagen')::date BETWEEN ${from}::date AND ${to}::date`);
  if (siteId) q = q.where('a.site_id', '=', siteId);
  return q.execute();
}

/** Placements that reached active, of the given people. */
export function funnelPlacements(trx: Tx, programmeId: string, participantIds: readonly string[]) {
  if (participantIds.length === 0) return Promise.resolve([]);
  return trx
    .selectFrom('placements')
    .select(['participant_id', 'status', local('activated_at').as('activated_at'), 'ended_on', 'outcome', 'end_reason'])
    .where('programme_id', '=', programmeId)
    .where('activated_at', 'is not', null)
    .where('participant_id', 'in', participantIds)
    .execute();
}

export function siteExists(trx: Tx, programmeId: string, id: string) {
  return trx
    .selectFrom('sites')
    .select('id')
    .where((eb) => eb.and({ programme_id: programmeId, id }))
    .executeTakeFirst();
}

export function companyExists(trx: Tx, programmeId: string, id: string) {
  return trx
    .selectFrom('companies')
    .select('id')
    .where((eb) => eb.and({ programme_id: programmeId, id }))
    .executeTakeFirst();
}
