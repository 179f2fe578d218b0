import type { Insertable } from 'kysely';
import type { ConsentsTable } from '../../../db/schema.ts';
import type { Tx } from '../../../db/tenant.ts';

const CONSENT = [
  'id',
  'participant_id',
  'purpose',
  'organisation_ids',
  'data_categories',
  'given_on',
  'given_by',
  'guardian_id',
  'method',
  'revoked_at',
  'created_at',
] as const;

export function listConsents(trx: Tx, programmeId: string, participantId: string) {
  return trx
    .selectFrom('consents')
    .select(CONSENT)
    .where((eb) => eb.and({ programme_id: programmeId, participant_id: participantId }))
    .orderBy('given_on')
    .orderBy('created_at')
    .execute();
}
export type ConsentRow = Awaited<ReturnType<typeof listConsents>>[number];

export function findConsent(trx: Tx, programmeId: string, consentId: string) {
  return trx
    .selectFrom('consents')
    .select(CONSENT)
    .where((eb) => eb.and({ programme_id: programmeId, id: consentId }))
    .executeTakeFirst();
}

export function insertConsent(trx: Tx, values: Insertable<ConsentsTable>) {
  return trx.insertInto('consents').values(values).returning(CONSENT).executeTakeFirstOrThrow();
}

/**
 * Revocation is immediate and final; revoking twice keeps the first time. Undefined when the consent
 * was revoked already (by an earlier or a simultaneous request), so the caller can refuse and not audit.
 */
export function revokeConsent(trx: Tx, programmeId: string, consentId: string, userId: string, reason: string | null) {
  return trx
    .updateTable('consents')
    .set({ revoked_at: new Date(), revoked_by: userId, revoke_reason: reason })
    .where((eb) => eb.and({ programme_id: programmeId, id: consentId }))
    .where('revoked_at', 'is', null)
    .returning(CONSENT)
    .executeTakeFirst();
}

/** Dates of real step changes (not the intake), which make a youth's consents due for renewal. */
export async function stepChangeDates(trx: Tx, programmeId: string, participantId: string): Promise<string[]> {
  const rows = await trx
    .selectFrom('ladder_events')
    .select('on_date')
    .where((eb) => eb.and({ programme_id: programmeId, participant_id: participantId }))
    .where('kind', '=', 'step')
    .where('from_step', 'is not', null)
    .execute();
  return rows.map((r) => r.on_date);
}

export async function partnerIds(trx: Tx, programmeId: string): Promise<Set<string>> {
  const rows = await trx.selectFrom('programme_partners').select('organisation_id').where('programme_id', '=', programmeId).execute();
  return new Set(rows.map((r) => r.organisation_id));
}

export function partnerNames(trx: Tx, programmeId: string) {
  return trx
    .selectFrom('programme_partners as pp')
    .innerJoin('organisations as o', 'o.id', 'pp.organisation_id')
    .select(['o.id', 'o.name'])
    .where('pp.programme_id', '=', programmeId)
    .execute();
}

/** Anonymisation: consents stay (what was shared, when, until when) but lose the free-text reason for revoking. */
export async function scrubConsents(trx: Tx, programmeId: string, participantId: string) {
  await trx
    .updateTable('consents')
    .set({ revoke_reason: null })
    .where((eb) => eb.and({ programme_id: programmeId, participant_id: participantId }))
    .execute();
}

/**
 * A duplicate merge moves the merged record's consents to the survivor. The duplicates module calls this
 * so that only this module writes its tables; returns the rows moved per table.
 */
export async function moveConsents(trx: Tx, programmeId: string, fromId: string, toId: string): Promise<Record<string, number>> {
  const r0 = await trx
    .updateTable('consents')
    .set({ participant_id: toId })
    .where((eb) => eb.and({ programme_id: programmeId, participant_id: fromId }))
    .executeTakeFirst();
  return { consents: Number(r0.numUpdatedRows) };
}
