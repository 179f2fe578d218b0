import type { Tx } from '../../../db/tenant.ts';

// --- Workplaces -----------------------------------------------------------------------------------

function workplaceQuery(trx: Tx) {
  return trx
    .selectFrom('workplaces as w')
    .innerJoin('organisations as o', 'o.id', 'w.organisation_id')
    .select([
      'w.id',
      'w.programme_id',
      'w.organisation_id',
      'o.name as organisation_name',
      'o.kind as organisation_kind',
      'w.name',
      'w.address',
      'w.postal_code',
      'w.p_number',
    ]);
}

export function listWorkplaces(trx: Tx, programmeId: string, organisationId?: string) {
  let q = workplaceQuery(trx).where('w.programme_id', '=', programmeId);
  if (organisationId) q = q.where('w.organisation_id', '=', organisationId);
  return q.orderBy('o.name').orderBy('w.name').execute();
}
export type WorkplaceRow = Awaited<ReturnType<typeof listWorkplaces>>[number];

export function findWorkplace(trx: Tx, programmeId: string, id: string) {
  return workplaceQuery(trx)
    .where((eb) => eb.and({ 'w.programme_id': programmeId, 'w.id': id }))
    .executeTakeFirst();
}

export interface WorkplaceValues {
  name: string;
  address: string;
  postalCode: string;
  pNumber: string | null;
}

export async function insertWorkplace(trx: Tx, programmeId: string, organisationId: string, w: WorkplaceValues) {
  const { id } = await trx
    .insertInto('workplaces')
    .values({
      programme_id: programmeId,
      organisation_id: organisationId,
      name: w.name,
      address: w.address,
      postal_code: w.postalCode,
      p_number: w.pNumber,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return (await findWorkplace(trx, programmeId, id))!;
}

export async function updateWorkplace(trx: Tx, programmeId: string, id: string, w: WorkplaceValues) {
  await trx
    .updateTable('workplaces')
    .set({ name: w.name, address: w.address, postal_code: w.postalCode, p_number: w.pNumber, updated_at: new Date() })
    .where((eb) => eb.and({ programme_id: programmeId, id }))
    .execute();
  return (await findWorkplace(trx, programmeId, id))!;
}

export async function deleteWorkplace(trx: Tx, programmeId: string, id: string) {
  await trx
    .deleteFrom('workplaces')
    .where((eb) => eb.and({ programme_id: programmeId, id }))
    .execute();
}

/** Is the organisation an employer in the programme: a company there, or a partner of a kind that has workplaces? */
export async function employerOrganisation(trx: Tx, programmeId: string, organisationId: string, partnerKinds: readonly string[]) {
  const company = await trx
    .selectFrom('companies')
    .select('organisation_id')
    .where((eb) => eb.and({ programme_id: programmeId, organisation_id: organisationId }))
    .executeTakeFirst();
  if (company) return true;
  const partner = await trx
    .selectFrom('programme_partners as pp')
    .innerJoin('organisations as o', 'o.id', 'pp.organisation_id')
    .select('o.id')
    .where((eb) => eb.and({ 'pp.programme_id': programmeId, 'pp.organisation_id': organisationId }))
    .where('o.kind', 'in', [...partnerKinds])
    .executeTakeFirst();
  return !!partner;
}

// --- Mentors --------------------------------------------------------------------------------------

function mentorQuery(trx: Tx) {
  return trx
    .selectFrom('mentors as m')
    .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
    .select([
      'm.id',
      'm.programme_id',
      'm.organisation_id',
      'o.name as organisation_name',
      'm.workplace_id',
      'm.user_id',
      'm.name',
      'm.email',
      'm.phone',
      'm.hours_per_week',
      'm.rate_per_hour',
      'm.payer',
    ]);
}

export function listMentors(trx: Tx, programmeId: string, organisationId?: string) {
  let q = mentorQuery(trx).where('m.programme_id', '=', programmeId);
  if (organisationId) q = q.where('m.organisation_id', '=', organisationId);
  return q.orderBy('m.name').execute();
}
export type MentorRow = Awaited<ReturnType<typeof listMentors>>[number];

export function findMentor(trx: Tx, programmeId: string, id: string) {
  return mentorQuery(trx)
    .where((eb) => eb.and({ 'm.programme_id': programmeId, 'm.id': id }))
    .executeTakeFirst();
}

/** A mentor's own records, across the programmes where they hold the mentor role. */
export function mentorRecordsOfUser(trx: Tx, userId: string, programmeIds: readonly string[]) {
  if (programmeIds.length === 0) return Promise.resolve([]);
  return mentorQuery(trx)
    .innerJoin('programmes as p', 'p.id', 'm.programme_id')
    .select('p.name as programme_name')
    .where('m.user_id', '=', userId)
    .where('m.programme_id', 'in', [...programmeIds])
    .orderBy('p.name')
    .execute();
}

export interface MentorValues {
  workplaceId: string | null;
  userId: string | null;
  name: string;
  email: string | null;
  phone: string | null;
  hoursPerWeek: number;
  ratePerHour: number;
  payer: string;
}

function mentorColumns(m: MentorValues) {
  return {
    workplace_id: m.workplaceId,
    user_id: m.userId,
    name: m.name,
    email: m.email,
    phone: m.phone,
    hours_per_week: m.hoursPerWeek,
    rate_per_hour: m.ratePerHour,
    payer: m.payer,
  };
}

export async function insertMentor(trx: Tx, programmeId: string, organisationId: string, m: MentorValues) {
  const { id } = await trx
    .insertInto('mentors')
    .values({ programme_id: programmeId, organisation_id: organisationId, ...mentorColumns(m) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return (await findMentor(trx, programmeId, id))!;
}

export async function updateMentor(trx: Tx, programmeId: string, id: string, m: MentorValues) {
  await trx
    .updateTable('mentors')
    .set({ ...mentorColumns(m), updated_at: new Date() })
    .where((eb) => eb.and({ programme_id: programmeId, id }))
    .execute();
  return (await findMentor(trx, programmeId, id))!;
}

export async function deleteMentor(trx: Tx, programmeId: string, id: string) {
  await trx
    .deleteFrom('mentors')
    .where((eb) => eb.and({ programme_id: programmeId, id }))
    .execute();
}

export function hasMembership(trx: Tx, programmeId: string, userId: string, role: string) {
  return trx
    .selectFrom('memberships')
    .select('id')
    .where((eb) => eb.and({ programme_id: programmeId, user_id: userId, role }))
    .executeTakeFirst();
}

/** A company leaving the programme takes its workplaces and mentors with it (companies calls this). */
export async function deleteWorkplacesOf(trx: Tx, programmeId: string, organisationId: string): Promise<void> {
  await trx
    .deleteFrom('mentors')
    .where((eb) => eb.and({ programme_id: programmeId, organisation_id: organisationId }))
    .execute();
  await trx
    .deleteFrom('workplaces')
    .where((eb) => eb.and({ programme_id: programmeId, organisation_id: organisationId }))
    .execute();
}
