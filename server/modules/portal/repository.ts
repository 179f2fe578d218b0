import type { Insertable } from 'kysely';
import { sql } from 'kysely';
import type { PortalCodesTable } from '../../../db/schema.ts';
import type { Tx } from '../../../db/tenant.ts';
import { insertUser as createUser } from '../auth/index.ts';

// The person's and the guardian's rows are their modules' to write: the portal calls their functions.
export { linkGuardian } from '../guardians/index.ts';
export { linkParticipant, updateOwn } from '../people/index.ts';

/** A new code for the same person replaces their open ones. */
export function deleteOpenCodes(trx: Tx, programmeId: string, participantId: string, guardianId: string | null) {
  let q = trx
    .deleteFrom('portal_codes')
    .where((eb) => eb.and({ programme_id: programmeId, participant_id: participantId }))
    .where('redeemed_at', 'is', null);
  q = guardianId ? q.where('guardian_id', '=', guardianId) : q.where('guardian_id', 'is', null);
  return q.execute();
}

export function insertCode(trx: Tx, values: Insertable<PortalCodesTable>) {
  return trx.insertInto('portal_codes').values(values).returning(['id', 'expires_at']).executeTakeFirstOrThrow();
}

/** Runs as jobbro_system: the code is the credential, and there is no tenant yet. */
export function findCode(trx: Tx, codeHash: string) {
  return trx
    .selectFrom('portal_codes as c')
    .innerJoin('participants as p', 'p.id', 'c.participant_id')
    .leftJoin('guardians as g', 'g.id', 'c.guardian_id')
    .select([
      'c.id',
      'c.programme_id',
      'c.participant_id',
      'c.guardian_id',
      'c.expires_at',
      'c.redeemed_at',
      'p.first_name',
      'p.last_name',
      'p.user_id as participant_user_id',
      'p.merged_into',
      'p.anonymised_at',
      'g.name as guardian_name',
      'g.user_id as guardian_user_id',
      'g.removed_at as guardian_removed_at',
    ])
    .where('c.code_hash', '=', codeHash)
    .forUpdate('c')
    .executeTakeFirst();
}
export type CodeRow = NonNullable<Awaited<ReturnType<typeof findCode>>>;

export function markRedeemed(trx: Tx, id: string, userId: string) {
  return trx
    .updateTable('portal_codes')
    .set({ redeemed_at: sql`now()`, redeemed_user_id: userId })
    .where('id', '=', id)
    .execute();
}

export function loginTaken(trx: Tx, username: string) {
  return trx.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst();
}

/** Portal accounts are users: auth creates them. */
export function insertUser(trx: Tx, u: { email: string; username: string; name: string; passwordHash: string }) {
  return createUser(trx, { email: u.email, username: u.username, name: u.name, password_hash: u.passwordHash });
}

export function userLogin(trx: Tx, userId: string) {
  return trx.selectFrom('users').select(['id', 'name', 'email', 'username']).where('id', '=', userId).executeTakeFirstOrThrow();
}

const PORTAL_COLUMNS = [
  'p.id',
  'p.programme_id',
  'p.kind',
  'p.first_name',
  'p.last_name',
  'p.birth_date',
  'p.step',
  'p.track',
  'p.email',
  'p.phone',
  'p.address',
  'p.availability',
  'p.interests',
  'g.name as programme_name',
] as const;

/** The caller's own current participant records (usually one). */
export function ownParticipants(trx: Tx, userId: string) {
  return trx
    .selectFrom('participants as p')
    .innerJoin('programmes as g', 'g.id', 'p.programme_id')
    .select(PORTAL_COLUMNS)
    .where('p.user_id', '=', userId)
    .where('p.merged_into', 'is', null)
    .where('p.anonymised_at', 'is', null)
    .orderBy('p.created_at')
    .execute();
}
export type PortalParticipantRow = Awaited<ReturnType<typeof ownParticipants>>[number];

/** The children of a guardian account, with the guardian row that links them. */
export function children(trx: Tx, userId: string) {
  return trx
    .selectFrom('guardians as gu')
    .innerJoin('participants as p', 'p.id', 'gu.participant_id')
    .innerJoin('programmes as g', 'g.id', 'p.programme_id')
    .select([...PORTAL_COLUMNS, 'gu.id as guardian_id'])
    .where('gu.user_id', '=', userId)
    .where('gu.removed_at', 'is', null)
    .where('p.merged_into', 'is', null)
    .where('p.anonymised_at', 'is', null)
    .orderBy('p.birth_date')
    .execute();
}

/**
 * A duplicate merge moves the merged record's portal codes to the survivor. The duplicates module calls this
 * so that only this module writes its tables; returns the rows moved per table.
 */
export async function movePortalCodes(trx: Tx, programmeId: string, fromId: string, toId: string): Promise<Record<string, number>> {
  const r0 = await trx
    .updateTable('portal_codes')
    .set({ participant_id: toId })
    .where((eb) => eb.and({ programme_id: programmeId, participant_id: fromId }))
    .executeTakeFirst();
  return { portal_codes: Number(r0.numUpdatedRows) };
}

// ---------------------------------------------------------------------------------------------
// Anonymisation

/** Portal accounts linked to the person or their guardians (collected before unlinking). */
export async function linkedUsers(trx: Tx, programmeId: string, participantId: string): Promise<string[]> {
  const { rows } = await sql<{ user_id: string }>`
    SELECT user_id FROM participants WHERE programme_id = ${programmeId} AND id = ${participantId} AND user_id IS NOT NULL
    UNION SELECT user_id FROM guardians WHERE programme_id = ${programmeId} AND participant_id = ${participantId} AND user_id IS NOT NULL`.execute(
    trx,
  );
  return rows.map((r) => r.user_id);
}

/** Drops the codes nobody redeemed yet (the person's and their guardians' links are cut by their owners). */
export async function dropOpenCodes(trx: Tx, programmeId: string, participantId: string) {
  await trx
    .deleteFrom('portal_codes')
    .where((eb) => eb.and({ programme_id: programmeId, participant_id: participantId }))
    .where('redeemed_at', 'is', null)
    .execute();
}
