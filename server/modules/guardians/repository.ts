import { sql, type Insertable, type Updateable } from 'kysely';
import type { GuardianJobNoticesTable, GuardiansTable } from '../../../db/schema.ts';
import type { Tx } from '../../../db/tenant.ts';

const GUARDIAN = ['id', 'participant_id', 'name', 'relation', 'email', 'phone', 'address', 'user_id', 'removed_at', 'created_at'] as const;

export function listGuardians(trx: Tx, programmeId: string, participantId: string) {
  return trx
    .selectFrom('guardians')
    .select(GUARDIAN)
    .where((eb) => eb.and({ programme_id: programmeId, participant_id: participantId }))
    .orderBy('created_at')
    .execute();
}
export type GuardianRow = Awaited<ReturnType<typeof listGuardians>>[number];

export function findGuardian(trx: Tx, programmeId: string, participantId: string, guardianId: string) {
  return trx
    .selectFrom('guardians')
    .select(GUARDIAN)
    .where((eb) => eb.and({ programme_id: programmeId, participant_id: participantId, id: guardianId }))
    .executeTakeFirst();
}

export function insertGuardian(trx: Tx, values: Insertable<GuardiansTable>) {
  return trx.insertInto('guardians').values(values).returning(GUARDIAN).executeTakeFirstOrThrow();
}

export function updateGuardian(trx: Tx, programmeId: string, guardianId: string, values: Updateable<GuardiansTable>) {
  return trx
    .updateTable('guardians')
    .set({ ...values, updated_at: sql`now()` })
    .where((eb) => eb.and({ programme_id: programmeId, id: guardianId }))
    .returning(GUARDIAN)
    .executeTakeFirstOrThrow();
}

const NOTICE = [
  'id',
  'participant_id',
  'guardian_id',
  'placement_id',
  'job_description',
  'hours',
  'risks',
  'precautions',
  'informed_on',
  'cosigned_on',
  'created_at',
] as const;

export function listNotices(trx: Tx, programmeId: string, participantId: string, placementId?: string) {
  let q = trx
    .selectFrom('guardian_job_notices')
    .select(NOTICE)
    .where((eb) => eb.and({ programme_id: programmeId, participant_id: participantId }));
  if (placementId) q = q.where('placement_id', '=', placementId);
  return q.orderBy('informed_on').orderBy('created_at').execute();
}
export type NoticeRow = Awaited<ReturnType<typeof listNotices>>[number];

export function insertNotice(trx: Tx, values: Insertable<GuardianJobNoticesTable>) {
  return trx.insertInto('guardian_job_notices').values(values).returning(NOTICE).executeTakeFirstOrThrow();
}

/** Records the co-signature once: a notice co-signed already is left as it is (no row returned). */
export function cosignNotice(trx: Tx, programmeId: string, participantId: string, noticeId: string, cosignedOn: string) {
  return trx
    .updateTable('guardian_job_notices')
    .set({ cosigned_on: cosignedOn })
    .where((eb) => eb.and({ programme_id: programmeId, participant_id: participantId, id: noticeId }))
    .where('cosigned_on', 'is', null)
    .returning(NOTICE)
    .executeTakeFirst();
}

export function findNotice(trx: Tx, programmeId: string, participantId: string, noticeId: string) {
  return trx
    .selectFrom('guardian_job_notices')
    .select(NOTICE)
    .where((eb) => eb.and({ programme_id: programmeId, participant_id: participantId, id: noticeId }))
    .executeTakeFirst();
}

/** Anonymisation: the person's guardians keep their row (and relation) but lose name and contact details. */
export async function anonymiseGuardians(trx: Tx, programmeId: string, participantId: string, marker: string) {
  await trx
    .updateTable('guardians')
    .set({ name: marker, email: null, phone: null, address: null, updated_at: sql`now()` })
    .where((eb) => eb.and({ programme_id: programmeId, participant_id: participantId }))
    .execute();
}

/** Anonymisation: the information notices keep their dates (the clearance history) but lose the job's description. */
export async function scrubNotices(trx: Tx, programmeId: string, participantId: string) {
  await trx
    .updateTable('guardian_job_notices')
    .set({ job_description: '', hours: '', risks: '', precautions: '' })
    .where((eb) => eb.and({ programme_id: programmeId, participant_id: participantId }))
    .execute();
}

/**
 * A duplicate merge moves the merged record's guardians and their job notices to the survivor. The duplicates module calls this
 * so that only this module writes its tables; returns the rows moved per table.
 */
export async function moveGuardianRecords(trx: Tx, programmeId: string, fromId: string, toId: string): Promise<Record<string, number>> {
  const r0 = await trx
    .updateTable('guardians')
    .set({ participant_id: toId })
    .where((eb) => eb.and({ programme_id: programmeId, participant_id: fromId }))
    .executeTakeFirst();
  const r1 = await trx
    .updateTable('guardian_job_notices')
    .set({ participant_id: toId })
    .where((eb) => eb.and({ programme_id: programmeId, participant_id: fromId }))
    .executeTakeFirst();
  return { guardians: Number(r0.numUpdatedRows), guardian_job_notices: Number(r1.numUpdatedRows) };
}

/** A portal account claims its guardian record (the portal redeems a code). */
export function linkGuardian(trx: Tx, guardianId: string, userId: string) {
  return trx
    .updateTable('guardians')
    .set({ user_id: userId, updated_at: sql`now()` })
    .where('id', '=', guardianId)
    .execute();
}

/** Anonymisation: the guardians' portal accounts no longer reach the child's record. */
export async function unlinkGuardianAccounts(trx: Tx, programmeId: string, participantId: string) {
  await trx
    .updateTable('guardians')
    .set({ user_id: null })
    .where((eb) => eb.and({ programme_id: programmeId, participant_id: participantId }))
    .execute();
}
