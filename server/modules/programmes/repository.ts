import { sql } from 'kysely';
import type { Tx } from '../../../db/tenant.ts';

export function listProgrammes(trx: Tx) {
  return trx.selectFrom('programmes').select(['id', 'name', 'starts_on', 'ends_on']).orderBy('name').execute();
}

export function findProgramme(trx: Tx, id: string) {
  return trx.selectFrom('programmes').select(['id', 'name', 'starts_on', 'ends_on']).where('id', '=', id).executeTakeFirst();
}
export type ProgrammeRow = NonNullable<Awaited<ReturnType<typeof findProgramme>>>;

export function insertProgramme(trx: Tx, p: { name: string; startsOn: string; endsOn: string | null }) {
  return trx
    .insertInto('programmes')
    .values({ name: p.name, starts_on: p.startsOn, ends_on: p.endsOn })
    .returning(['id', 'name', 'starts_on', 'ends_on'])
    .executeTakeFirstOrThrow();
}

export async function insertPartners(trx: Tx, programmeId: string, organisationIds: string[]) {
  if (organisationIds.length === 0) return;
  await trx
    .insertInto('programme_partners')
    .values(organisationIds.map((organisation_id) => ({ programme_id: programmeId, organisation_id })))
    .execute();
}

export function listPartners(trx: Tx, programmeId: string) {
  return trx
    .selectFrom('programme_partners as pp')
    .innerJoin('organisations as o', 'o.id', 'pp.organisation_id')
    .select(['o.id', 'o.name', 'o.kind'])
    .where('pp.programme_id', '=', programmeId)
    .orderBy('o.name')
    .execute();
}

export function listSites(trx: Tx, programmeId: string) {
  return trx
    .selectFrom('sites')
    .select(['id', 'programme_id', 'name', 'address', 'postal_code'])
    .where('programme_id', '=', programmeId)
    .orderBy('name')
    .execute();
}
export type SiteRow = Awaited<ReturnType<typeof listSites>>[number];

export function insertSite(trx: Tx, programmeId: string, s: { name: string; address: string; postalCode: string }) {
  return trx
    .insertInto('sites')
    .values({ programme_id: programmeId, name: s.name, address: s.address, postal_code: s.postalCode })
    .returning(['id', 'programme_id', 'name', 'address', 'postal_code'])
    .executeTakeFirstOrThrow();
}

export function insertMembership(trx: Tx, m: { programmeId: string; userId: string; role: string; organisationId: string | null }) {
  return trx
    .insertInto('memberships')
    .values({ programme_id: m.programmeId, user_id: m.userId, role: m.role, organisation_id: m.organisationId })
    .onConflict((oc) => oc.columns(['programme_id', 'user_id', 'role']).doNothing())
    .execute();
}

export function listMembers(trx: Tx, programmeId: string) {
  return trx
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.id as user_id', 'u.name', 'u.email', 'm.role', 'm.organisation_id'])
    .where('m.programme_id', '=', programmeId)
    .orderBy('u.name')
    .execute();
}
export type MemberRow = Awaited<ReturnType<typeof listMembers>>[number];

/** Ends one role of a user in a programme (an employer contact removed from their company); true if it existed. */
export async function removeMembership(
  trx: Tx,
  m: { programmeId: string; organisationId: string; role: string; userId: string },
): Promise<boolean> {
  const res = await trx
    .deleteFrom('memberships')
    .where('programme_id', '=', m.programmeId)
    .where('organisation_id', '=', m.organisationId)
    .where('role', '=', m.role)
    .where('user_id', '=', m.userId)
    .executeTakeFirst();
  return Number(res.numDeletedRows) > 0;
}

/** Merges the given keys into programmes.settings (other keys are kept); programme-settings calls this. */
export async function mergeProgrammeSettings(trx: Tx, programmeId: string, patch: Record<string, unknown>) {
  const row = await trx
    .updateTable('programmes')
    .set({ settings: sql`settings || ${JSON.stringify(patch)}::jsonb` })
    .where('id', '=', programmeId)
    .returning('settings')
    .executeTakeFirst();
  return row?.settings;
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
    .where((eb) => eb.and({ programme_id: programmeId, user_id: userId }))
    .where('role', 'in', ['participant', 'guardian'])
    .execute();
  return true;
}
