import { sql } from 'kysely';
import type { Tx } from '../../../db/tenant.ts';

export function findPending(trx: Tx, programmeId: string, email: string, role: string) {
  return trx
    .selectFrom('invitations')
    .select('id')
    .where('programme_id', '=', programmeId)
    .where(sql`lower(email)`, '=', email.toLowerCase())
    .where('role', '=', role)
    .where('accepted_at', 'is', null)
    .where('expires_at', '>', sql<Date>`now()`)
    .executeTakeFirst();
}

/** An expired, unaccepted invitation for the same person and role is replaced, not duplicated. */
export function deleteExpired(trx: Tx, programmeId: string, email: string, role: string) {
  return trx
    .deleteFrom('invitations')
    .where('programme_id', '=', programmeId)
    .where(sql`lower(email)`, '=', email.toLowerCase())
    .where('role', '=', role)
    .where('accepted_at', 'is', null)
    .execute();
}

export function insertInvitation(
  trx: Tx,
  i: {
    programmeId: string;
    tokenHash: string;
    email: string;
    role: string;
    organisationId: string | null;
    invitedBy: string;
    expiresAt: Date;
  },
) {
  return trx
    .insertInto('invitations')
    .values({
      programme_id: i.programmeId,
      token_hash: i.tokenHash,
      email: i.email,
      role: i.role,
      organisation_id: i.organisationId,
      invited_by: i.invitedBy,
      expires_at: i.expiresAt,
    })
    .returning(['id', 'email', 'role', 'expires_at', 'accepted_at'])
    .executeTakeFirstOrThrow();
}

export function listInvitations(trx: Tx, programmeId: string) {
  return trx
    .selectFrom('invitations')
    .select(['id', 'email', 'role', 'expires_at', 'accepted_at'])
    .where('programme_id', '=', programmeId)
    .orderBy('created_at', 'desc')
    .execute();
}
export type InvitationRow = Awaited<ReturnType<typeof listInvitations>>[number];

export function findByTokenHash(trx: Tx, tokenHash: string, forUpdate = false) {
  let q = trx
    .selectFrom('invitations as i')
    .innerJoin('programmes as p', 'p.id', 'i.programme_id')
    .select([
      'i.id',
      'i.programme_id',
      'i.email',
      'i.role',
      'i.organisation_id',
      'i.expires_at',
      'i.accepted_at',
      'p.name as programme_name',
    ])
    .where('i.token_hash', '=', tokenHash);
  if (forUpdate) q = q.forUpdate('i');
  return q.executeTakeFirst();
}

/**
 * Marks an open invitation accepted. Only a still-open one is touched: the result's numUpdatedRows is
 * 0 when a simultaneous acceptance won, and the caller must then refuse rather than audit.
 */
export function markAccepted(trx: Tx, id: string, userId: string) {
  return trx
    .updateTable('invitations')
    .set({ accepted_at: new Date(), accepted_user_id: userId })
    .where('id', '=', id)
    .where('accepted_at', 'is', null)
    .executeTakeFirst();
}
