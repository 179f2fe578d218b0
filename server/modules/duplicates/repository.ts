import { sql } from 'kysely';
import { OPEN_STATUSES } from '../../../shared/domain/placements/states.ts';
import type { Tx } from '../../../db/tenant.ts';

/** Current records with the same birth date or the same CPR hash: the pure check decides. */
export function duplicateCandidates(trx: Tx, programmeId: string, birthDate: string, cprHash: string | null) {
  return trx
    .selectFrom('participants')
    .select(['id', 'first_name', 'last_name', 'birth_date', 'site_id', 'cpr_hash'])
    .where('programme_id', '=', programmeId)
    .where('merged_into', 'is', null)
    .where('anonymised_at', 'is', null)
    .where((eb) => eb.or([eb('birth_date', '=', birthDate), ...(cprHash ? [eb('cpr_hash', '=', cprHash)] : [])]))
    .execute();
}
export type CandidateRow = Awaited<ReturnType<typeof duplicateCandidates>>[number];

export function findCprHash(trx: Tx, programmeId: string, id: string) {
  return trx.selectFrom('participants').select('cpr_hash').where('programme_id', '=', programmeId).where('id', '=', id).executeTakeFirst();
}

/**
 * Tables whose rows belong to a participant by `participant_id`. Moving `placements` carries
 * everything hanging off a placement with it (events, follow-ups, mentor hours, support requests
 * and their notes, and the notifications, which point at placements and support requests, never
 * at a participant), so their history is kept as it was.
 */
const HISTORY_TABLES = [
  'ladder_events',
  'guardians',
  'guardian_job_notices',
  'consents',
  'talks',
  'next_steps',
  'portal_codes',
  'placements',
] as const;

/**
 * Openings in which both records have a pending or running placement: moving one would break the
 * one-open-placement-per-person-and-opening rule, so the merge is refused until one ends.
 */
export async function clashingOpenings(trx: Tx, programmeId: string, aId: string, bId: string): Promise<string[]> {
  const open = [...OPEN_STATUSES];
  const rows = await trx
    .selectFrom('placements as a')
    .innerJoin('placements as b', 'b.opening_id', 'a.opening_id')
    .select('a.opening_id')
    .where('a.programme_id', '=', programmeId)
    .where('b.programme_id', '=', programmeId)
    .where('a.participant_id', '=', aId)
    .where('b.participant_id', '=', bId)
    .where('a.status', 'in', open)
    .where('b.status', 'in', open)
    .execute();
  return rows.map((r) => r.opening_id);
}

/** Moves every history row of `fromId` to `toId`. Returns how many rows moved per table. */
export async function moveHistory(trx: Tx, programmeId: string, fromId: string, toId: string): Promise<Record<string, number>> {
  const moved: Record<string, number> = {};
  for (const table of HISTORY_TABLES) {
    const res = await trx
      .updateTable(table)
      .set({ participant_id: toId })
      .where('programme_id', '=', programmeId)
      .where('participant_id', '=', fromId)
      .executeTakeFirst();
    moved[table] = Number(res.numUpdatedRows);
  }
  return moved;
}

/**
 * Activity invitations and attendance are keyed by person, so both records may hold a row for the
 * same activity or session. The survivor keeps its invitation (taking "registered" if either was),
 * attendance is present if either record was marked present, and the rest moves over.
 */
export async function moveActivities(trx: Tx, programmeId: string, fromId: string, toId: string): Promise<Record<string, number>> {
  await sql`
    UPDATE activity_participants s SET status = 'registered', registered_at = COALESCE(s.registered_at, o.registered_at, now()), updated_at = now()
    FROM activity_participants o
    WHERE s.programme_id = ${programmeId} AND s.participant_id = ${toId} AND o.participant_id = ${fromId}
      AND o.activity_id = s.activity_id AND o.status = 'registered' AND s.status <> 'registered'`.execute(trx);
  await sql`
    UPDATE activity_attendance s SET present = true
    FROM activity_attendance o
    WHERE s.programme_id = ${programmeId} AND s.participant_id = ${toId} AND o.participant_id = ${fromId}
      AND o.session_id = s.session_id AND o.present AND NOT s.present`.execute(trx);
  await sql`
    DELETE FROM activity_participants o USING activity_participants s
    WHERE o.programme_id = ${programmeId} AND o.participant_id = ${fromId} AND s.participant_id = ${toId} AND s.activity_id = o.activity_id`.execute(
    trx,
  );
  await sql`
    DELETE FROM activity_attendance o USING activity_attendance s
    WHERE o.programme_id = ${programmeId} AND o.participant_id = ${fromId} AND s.participant_id = ${toId} AND s.session_id = o.session_id`.execute(
    trx,
  );
  const moved: Record<string, number> = {};
  for (const table of ['activity_participants', 'activity_attendance'] as const) {
    const res = await trx
      .updateTable(table)
      .set({ participant_id: toId })
      .where('programme_id', '=', programmeId)
      .where('participant_id', '=', fromId)
      .executeTakeFirst();
    moved[table] = Number(res.numUpdatedRows);
  }
  return moved;
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

/**
 * The surviving record keeps its own values and takes the other's where it has none (contact
 * details, school, notes, CPR, portal account); lists are united; priority holds if either had it.
 */
export function absorb(trx: Tx, programmeId: string, survivorId: string, otherId: string) {
  const col = (c: string) => sql`COALESCE(s.${sql.ref(c)}, o.${sql.ref(c)})`;
  const union = (c: string) => sql`ARRAY(SELECT DISTINCT x FROM unnest(s.${sql.ref(c)} || o.${sql.ref(c)}) AS x ORDER BY x)`;
  const cprFromOther = sql`(s.cpr_enc IS NULL AND o.cpr_enc IS NOT NULL)`;
  return sql`
    UPDATE participants s SET
      email = ${col('email')}, phone = ${col('phone')}, address = ${col('address')}, school = ${col('school')},
      education_status = ${col('education_status')}, goals = ${col('goals')}, readiness_notes = ${col('readiness_notes')},
      user_id = ${col('user_id')},
      interests = ${union('interests')}, skills = ${union('skills')}, languages = ${union('languages')},
      priority = s.priority OR o.priority,
      cpr_enc = CASE WHEN ${cprFromOther} THEN o.cpr_enc ELSE s.cpr_enc END,
      cpr_hash = CASE WHEN ${cprFromOther} THEN o.cpr_hash ELSE s.cpr_hash END,
      cpr_reason = CASE WHEN ${cprFromOther} THEN o.cpr_reason ELSE s.cpr_reason END,
      version = s.version + 1, updated_at = now()
    FROM participants o
    WHERE s.programme_id = ${programmeId} AND s.id = ${survivorId} AND o.programme_id = ${programmeId} AND o.id = ${otherId}`.execute(trx);
}

/** The merged record stays (its history moved away) and points at the survivor. */
export function markMerged(trx: Tx, programmeId: string, otherId: string, survivorId: string) {
  return trx
    .updateTable('participants')
    .set({
      merged_into: survivorId,
      user_id: null,
      cpr_enc: null,
      cpr_hash: null,
      cpr_reason: null,
      version: sql`version + 1`,
      updated_at: sql`now()`,
    })
    .where('programme_id', '=', programmeId)
    .where('id', '=', otherId)
    .execute();
}
