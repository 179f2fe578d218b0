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
    .where((eb) => eb.and({ 'p.programme_id': programmeId, 'p.id': id }))
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
    .where((eb) => eb.and({ programme_id: programmeId, participant_id: participantId }))
    .orderBy('given_on')
    .execute();
}
export type ExportConsentRow = Awaited<ReturnType<typeof consentsForExport>>[number];

export function workAreaNames(trx: Tx) {
  return trx.selectFrom('work_areas').select(['code', 'name_da']).execute();
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
