import { sql } from 'kysely';
import type { Tx } from '../../../db/tenant.ts';

/** The participant row in full (for the data-subject export): everything except the CPR ciphertext/hash. */
export function exportRow(trx: Tx, programmeId: string, id: string) {
  return trx
    .selectFrom('participants as p')
    .innerJoin('sites as s', 's.id', 'p.site_id')
    .innerJoin('programmes as g', 'g.id', 'p.programme_id')
    .selectAll('p')
    .select(['s.name as site_name', 'g.name as programme_name'])
    .where('p.programme_id', '=', programmeId)
    .where('p.id', '=', id)
    .executeTakeFirst();
}
export type ExportRow = NonNullable<Awaited<ReturnType<typeof exportRow>>>;

/** Records merged into this one (directly or through a chain): their audit events are about this person too. */
export async function mergedIds(trx: Tx, programmeId: string, id: string): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    WITH RECURSIVE m(id) AS (
      SELECT id FROM participants WHERE programme_id = ${programmeId} AND merged_into = ${id}
      UNION
      SELECT p.id FROM participants p JOIN m ON p.merged_into = m.id WHERE p.programme_id = ${programmeId}
    ) SELECT id FROM m`.execute(trx);
  return rows.map((r) => r.id);
}

export function consentsForExport(trx: Tx, programmeId: string, participantId: string) {
  return trx
    .selectFrom('consents')
    .select([
      'id',
      'purpose',
      'organisation_ids',
      'data_categories',
      'given_on',
      'given_by',
      'guardian_id',
      'method',
      'revoked_at',
      'revoke_reason',
    ])
    .where('programme_id', '=', programmeId)
    .where('participant_id', '=', participantId)
    .orderBy('given_on')
    .execute();
}
export type ExportConsentRow = Awaited<ReturnType<typeof consentsForExport>>[number];

export function workAreaNames(trx: Tx) {
  return trx.selectFrom('work_areas').select(['code', 'name_da']).execute();
}

// ---------------------------------------------------------------------------------------------
// Anonymisation

const ANON = 'Anonymiseret';

/**
 * Clears free text and identifiers, keeps codes, numbers, flags and dates (so statistics do not
 * change). The birth date keeps year and month (day → 1st); ages at each ladder event are stored.
 * `keep` names fields a legal hold needs to retain.
 */
export async function anonymiseParticipant(trx: Tx, programmeId: string, id: string, keep: ReadonlySet<string>) {
  const keepName = keep.has('name');
  const keepContact = keep.has('contact');
  const keepCpr = keep.has('cpr');
  await sql`
    UPDATE participants SET
      first_name = CASE WHEN ${keepName} THEN first_name ELSE ${ANON} END,
      last_name = CASE WHEN ${keepName} THEN last_name ELSE ${ANON} END,
      birth_date = CASE WHEN ${keepName} THEN birth_date ELSE date_trunc('month', birth_date)::date END,
      email = CASE WHEN ${keepContact} THEN email END,
      phone = CASE WHEN ${keepContact} THEN phone END,
      address = CASE WHEN ${keepContact} THEN address END,
      cpr_enc = CASE WHEN ${keepCpr} THEN cpr_enc END,
      cpr_hash = CASE WHEN ${keepCpr} THEN cpr_hash END,
      cpr_reason = CASE WHEN ${keepCpr} THEN cpr_reason END,
      school = NULL, skills = '{}', languages = '{}', goals = NULL, readiness_notes = NULL, priority_note = NULL,
      user_id = NULL, anonymised_at = now(), version = version + 1, updated_at = now()
    WHERE programme_id = ${programmeId} AND id = ${id}`.execute(trx);
  await trx
    .updateTable('guardians')
    .set({ name: ANON, email: null, phone: null, address: null, user_id: null, updated_at: sql`now()` })
    .where('programme_id', '=', programmeId)
    .where('participant_id', '=', id)
    .execute();
  await trx
    .updateTable('guardian_job_notices')
    .set({ job_description: '', hours: '', risks: '', precautions: '' })
    .where('programme_id', '=', programmeId)
    .where('participant_id', '=', id)
    .execute();
  await trx.updateTable('talks').set({ summary: '' }).where('programme_id', '=', programmeId).where('participant_id', '=', id).execute();
  await trx
    .updateTable('next_steps')
    .set({ description: '' })
    .where('programme_id', '=', programmeId)
    .where('participant_id', '=', id)
    .execute();
  await trx
    .updateTable('consents')
    .set({ revoke_reason: null })
    .where('programme_id', '=', programmeId)
    .where('participant_id', '=', id)
    .execute();
  await trx
    .deleteFrom('portal_codes')
    .where('programme_id', '=', programmeId)
    .where('participant_id', '=', id)
    .where('redeemed_at', 'is', null)
    .execute();
}

/** Portal accounts linked to the person or their guardians (collected before unlinking). */
export async function linkedUsers(trx: Tx, programmeId: string, id: string): Promise<string[]> {
  const { rows } = await sql<{ user_id: string }>`
    SELECT user_id FROM participants WHERE programme_id = ${programmeId} AND id = ${id} AND user_id IS NOT NULL
    UNION SELECT user_id FROM guardians WHERE programme_id = ${programmeId} AND participant_id = ${id} AND user_id IS NOT NULL`.execute(
    trx,
  );
  return rows.map((r) => r.user_id);
}

/**
 * Ends a portal user's participant/guardian role in the programme once nothing links them to a
 * participant there any more (a guardian of two children keeps access to the other). Returns
 * whether the membership went.
 */
export async function dropPortalMembershipIfUnlinked(trx: Tx, programmeId: string, userId: string): Promise<boolean> {
  const { rows } = await sql<{ n: number }>`
    SELECT (SELECT count(*) FROM participants WHERE programme_id = ${programmeId} AND user_id = ${userId})
         + (SELECT count(*) FROM guardians WHERE programme_id = ${programmeId} AND user_id = ${userId} AND removed_at IS NULL) AS n`.execute(
    trx,
  );
  if (Number(rows[0]!.n) > 0) return false;
  await trx
    .deleteFrom('memberships')
    .where('programme_id', '=', programmeId)
    .where('user_id', '=', userId)
    .where('role', 'in', ['participant', 'guardian'])
    .execute();
  return true;
}

/** The last day anything happened to each current participant: the retention clock. */
export function lastActivity(trx: Tx, programmeId: string) {
  return sql<{ id: string; first_name: string; last_activity_on: string }>`
    SELECT p.id, p.first_name, GREATEST(
      p.updated_at::date,
      (SELECT max(held_on) FROM talks t WHERE t.participant_id = p.id),
      (SELECT max(on_date) FROM ladder_events l WHERE l.participant_id = p.id),
      (SELECT max(GREATEST(given_on, revoked_at::date)) FROM consents c WHERE c.participant_id = p.id),
      (SELECT max(completed_at::date) FROM next_steps n WHERE n.participant_id = p.id),
      (SELECT max(GREATEST(informed_on, cosigned_on)) FROM guardian_job_notices g WHERE g.participant_id = p.id),
      -- A placement counts until its contract ends, so nobody is anonymised in the middle of one.
      (SELECT max(GREATEST(updated_at::date, ends_on)) FROM placements pl WHERE pl.participant_id = p.id)
    )::text AS last_activity_on
    FROM participants p
    WHERE p.programme_id = ${programmeId} AND p.merged_into IS NULL AND p.anonymised_at IS NULL`.execute(trx);
}

export function programmeIds(trx: Tx) {
  return trx.selectFrom('programmes').select(['id', 'settings']).execute();
}

/** Scheduled clean-up of a portal account whose last link went: disable it and drop what identifies it. */
export async function scrubPortalUser(trx: Tx, userId: string): Promise<boolean> {
  const left = await trx.selectFrom('memberships').select('id').where('user_id', '=', userId).executeTakeFirst();
  if (left) return false;
  await trx
    .updateTable('users')
    .set({
      name: ANON,
      email: '',
      username: `deleted-${userId.slice(0, 8)}`,
      password_hash: null,
      disabled_at: new Date(),
      updated_at: new Date(),
    })
    .where('id', '=', userId)
    .where('is_platform_admin', '=', false)
    .execute();
  await trx.deleteFrom('sessions').where('user_id', '=', userId).execute();
  return true;
}
