import { sql, type ExpressionBuilder } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import type { Tx } from '../../../db/tenant.ts';
import { removeMembership } from '../programmes/index.ts';
import { deleteWorkplacesOf } from '../workplaces/index.ts';
import type { Delivery } from '../../../shared/domain/employers/commitments.ts';
import type { OpeningKind } from '../../../shared/domain/employers/openings.ts';

// --- Companies ------------------------------------------------------------------------------------

function companyQuery(trx: Tx) {
  return trx
    .selectFrom('companies as c')
    .leftJoin('organisations as s', 's.id', 'c.supplier_to_organisation_id')
    .select((eb) => [
      'c.id',
      'c.programme_id',
      'c.organisation_id',
      'c.cvr',
      'c.name',
      'c.industry',
      'c.supplier_to_organisation_id',
      's.name as supplier_name',
      openOpenings(eb).as('open_openings'),
    ]);
}

function openOpenings(eb: ExpressionBuilder<DB & { c: DB['companies'] }, 'c'>) {
  return eb
    .selectFrom('openings as o')
    .select((e) => e.fn.countAll<number>().as('n'))
    .whereRef('o.programme_id', '=', 'c.programme_id')
    .whereRef('o.organisation_id', '=', 'c.organisation_id')
    .where('o.status', '=', 'open');
}

export interface CompanyFilters {
  q?: string;
  supplier?: string;
  industry?: string;
}

export function listCompanies(trx: Tx, programmeId: string, f: CompanyFilters) {
  let q = companyQuery(trx).where('c.programme_id', '=', programmeId);
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    q = q.where((eb) => eb.or([eb('c.name', 'ilike', like), eb('c.cvr', 'like', like.replace(/\s/g, ''))]));
  }
  if (f.supplier === 'true') q = q.where('c.supplier_to_organisation_id', 'is not', null);
  else if (f.supplier === 'false') q = q.where('c.supplier_to_organisation_id', 'is', null);
  else if (f.supplier) q = q.where('c.supplier_to_organisation_id', '=', f.supplier);
  if (f.industry) q = q.where(sql<string>`lower(c.industry)`, '=', f.industry.toLowerCase());
  return q.orderBy('c.name').execute();
}
export type CompanyRow = Awaited<ReturnType<typeof listCompanies>>[number];

export function findCompany(trx: Tx, programmeId: string, companyId: string) {
  return companyQuery(trx)
    .where((eb) => eb.and({ 'c.programme_id': programmeId, 'c.id': companyId }))
    .executeTakeFirst();
}

/** The companies an employer contact may see: the explicit organisation condition of the portal. */
export function companiesOfOrganisations(trx: Tx, pairs: readonly { programmeId: string; organisationId: string }[]) {
  if (pairs.length === 0) return Promise.resolve([]);
  return companyQuery(trx)
    .innerJoin('programmes as p', 'p.id', 'c.programme_id')
    .select('p.name as programme_name')
    .where((eb) =>
      eb.or(pairs.map((x) => eb.and([eb('c.programme_id', '=', x.programmeId), eb('c.organisation_id', '=', x.organisationId)]))),
    )
    .orderBy('c.name')
    .execute();
}

/** Finds or creates the company's shared organisation by CVR (see the migration's narrow door). */
export async function companyOrganisation(trx: Tx, cvr: string, name: string): Promise<string> {
  const { rows } = await sql<{ id: string }>`SELECT jobbro_company_organisation(${cvr}, ${name}) AS id`.execute(trx);
  return rows[0]!.id;
}

export async function insertCompany(
  trx: Tx,
  c: { programmeId: string; organisationId: string; cvr: string; name: string; industry: string; supplierTo: string | null },
) {
  const { id } = await trx
    .insertInto('companies')
    .values({
      programme_id: c.programmeId,
      organisation_id: c.organisationId,
      cvr: c.cvr,
      name: c.name,
      industry: c.industry,
      supplier_to_organisation_id: c.supplierTo,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return (await findCompany(trx, c.programmeId, id))!;
}

export async function updateCompany(
  trx: Tx,
  programmeId: string,
  companyId: string,
  set: { name?: string; industry?: string; supplierTo?: string | null },
) {
  await trx
    .updateTable('companies')
    .set({
      ...(set.name !== undefined ? { name: set.name } : {}),
      ...(set.industry !== undefined ? { industry: set.industry } : {}),
      ...(set.supplierTo !== undefined ? { supplier_to_organisation_id: set.supplierTo } : {}),
      updated_at: new Date(),
    })
    .where((eb) => eb.and({ programme_id: programmeId, id: companyId }))
    .execute();
  return findCompany(trx, programmeId, companyId);
}

export async function countOpenings(trx: Tx, programmeId: string, organisationId: string): Promise<number> {
  const row = await trx
    .selectFrom('openings')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where((eb) => eb.and({ programme_id: programmeId, organisation_id: organisationId }))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Removes the company from the programme with its workplaces and mentors (commitments and notes cascade). */
export async function deleteCompany(trx: Tx, programmeId: string, company: { id: string; organisation_id: string }) {
  await deleteWorkplacesOf(trx, programmeId, company.organisation_id);
  await trx.deleteFrom('companies').where('programme_id', '=', programmeId).where('id', '=', company.id).execute();
}

export function findPartner(trx: Tx, programmeId: string, organisationId: string) {
  return trx
    .selectFrom('programme_partners as pp')
    .innerJoin('organisations as o', 'o.id', 'pp.organisation_id')
    .select(['o.id', 'o.name', 'o.kind'])
    .where((eb) => eb.and({ 'pp.programme_id': programmeId, 'pp.organisation_id': organisationId }))
    .executeTakeFirst();
}

// --- Contacts -------------------------------------------------------------------------------------

export function listContacts(trx: Tx, programmeId: string, organisationId: string) {
  return trx
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.id as user_id', 'u.name', 'u.email'])
    .where((eb) => eb.and({ 'm.programme_id': programmeId, 'm.organisation_id': organisationId }))
    .where('m.role', '=', 'employer_contact')
    .orderBy('u.name')
    .execute();
}
export type ContactRow = Awaited<ReturnType<typeof listContacts>>[number];

export function listPendingContacts(trx: Tx, programmeId: string, organisationId: string) {
  return trx
    .selectFrom('invitations')
    .select(['id', 'email', 'expires_at'])
    .where((eb) => eb.and({ programme_id: programmeId, organisation_id: organisationId }))
    .where('role', '=', 'employer_contact')
    .where('accepted_at', 'is', null)
    .orderBy('email')
    .execute();
}
export type PendingContactRow = Awaited<ReturnType<typeof listPendingContacts>>[number];

export function removeContact(trx: Tx, programmeId: string, organisationId: string, userId: string): Promise<boolean> {
  return removeMembership(trx, { programmeId, organisationId, role: 'employer_contact', userId });
}

// --- Commitments and notes ------------------------------------------------------------------------

const COMMITMENT_COLUMNS = ['id', 'company_id', 'description', 'opening_kind', 'target_count', 'period_from', 'period_to'] as const;

export function listCommitments(trx: Tx, programmeId: string, companyId: string) {
  return trx
    .selectFrom('company_commitments')
    .select(COMMITMENT_COLUMNS)
    .where((eb) => eb.and({ programme_id: programmeId, company_id: companyId }))
    .orderBy('period_from')
    .orderBy('id')
    .execute();
}
export type CommitmentRow = Awaited<ReturnType<typeof listCommitments>>[number];

export function findCommitment(trx: Tx, programmeId: string, companyId: string, id: string) {
  return trx
    .selectFrom('company_commitments')
    .select(COMMITMENT_COLUMNS)
    .where((eb) => eb.and({ programme_id: programmeId, company_id: companyId, id }))
    .executeTakeFirst();
}

export interface CommitmentValues {
  description: string;
  openingKind: OpeningKind;
  targetCount: number;
  periodFrom: string;
  periodTo: string;
}

export function insertCommitment(trx: Tx, programmeId: string, companyId: string, c: CommitmentValues) {
  return trx
    .insertInto('company_commitments')
    .values({
      programme_id: programmeId,
      company_id: companyId,
      description: c.description,
      opening_kind: c.openingKind,
      target_count: c.targetCount,
      period_from: c.periodFrom,
      period_to: c.periodTo,
    })
    .returning(COMMITMENT_COLUMNS)
    .executeTakeFirstOrThrow();
}

export function updateCommitment(trx: Tx, programmeId: string, id: string, c: CommitmentValues) {
  return trx
    .updateTable('company_commitments')
    .set({
      description: c.description,
      opening_kind: c.openingKind,
      target_count: c.targetCount,
      period_from: c.periodFrom,
      period_to: c.periodTo,
      updated_at: new Date(),
    })
    .where((eb) => eb.and({ programme_id: programmeId, id }))
    .returning(COMMITMENT_COLUMNS)
    .executeTakeFirstOrThrow();
}

export async function deleteById(
  trx: Tx,
  table: 'company_commitments' | 'company_notes',
  programmeId: string,
  companyId: string,
  id: string,
) {
  const res = await trx
    .deleteFrom(table)
    .where((eb) => eb.and({ programme_id: programmeId, company_id: companyId, id }))
    .executeTakeFirst();
  return Number(res.numDeletedRows) > 0;
}

function noteQuery(trx: Tx) {
  return trx
    .selectFrom('company_notes as n')
    .leftJoin('users as u', 'u.id', 'n.author_user_id')
    .select(['n.id', 'n.company_id', 'n.noted_on', 'n.text', 'n.author_user_id', 'u.name as author_name', 'n.created_at']);
}

export function listNotes(trx: Tx, programmeId: string, companyId: string) {
  return noteQuery(trx)
    .where((eb) => eb.and({ 'n.programme_id': programmeId, 'n.company_id': companyId }))
    .orderBy('n.noted_on', 'desc')
    .orderBy('n.created_at', 'desc')
    .execute();
}
export type NoteRow = Awaited<ReturnType<typeof listNotes>>[number];

export function findNote(trx: Tx, programmeId: string, companyId: string, id: string) {
  return noteQuery(trx)
    .where((eb) => eb.and({ 'n.programme_id': programmeId, 'n.company_id': companyId, 'n.id': id }))
    .executeTakeFirst();
}

export async function insertNote(
  trx: Tx,
  programmeId: string,
  companyId: string,
  n: { notedOn: string; text: string; authorUserId: string },
) {
  const { id } = await trx
    .insertInto('company_notes')
    .values({ programme_id: programmeId, company_id: companyId, noted_on: n.notedOn, text: n.text, author_user_id: n.authorUserId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return (await findNote(trx, programmeId, companyId, id))!;
}

export async function updateNote(trx: Tx, programmeId: string, companyId: string, id: string, n: { notedOn?: string; text?: string }) {
  await trx
    .updateTable('company_notes')
    .set({ ...(n.notedOn ? { noted_on: n.notedOn } : {}), ...(n.text ? { text: n.text } : {}), updated_at: new Date() })
    .where((eb) => eb.and({ programme_id: programmeId, company_id: companyId, id }))
    .execute();
  return findNote(trx, programmeId, companyId, id);
}

// --- Deliveries -----------------------------------------------------------------------------------

/**
 * What an employer organisation has delivered, for its commitments. THE ONE PLACE TO SWAP: until
 * placements exist, a delivery is one of its openings reaching `filled` (counting its places, dated
 * by the Copenhagen day of the change). The placements issue replaces this body with placements
 * that reached `active` (count 1, dated by their start); `commitmentProgress` stays as it is.
 */
export async function loadDeliveries(trx: Tx, programmeId: string, organisationId: string): Promise<Delivery[]> {
  const rows = await trx
    .selectFrom('opening_status_changes as s')
    .innerJoin('openings as o', (j) => j.onRef('o.id', '=', 's.opening_id').onRef('o.programme_id', '=', 's.programme_id'))
    .select(['o.id', 'o.kind', 'o.places', 's.changed_on'])
    .where((eb) => eb.and({ 's.programme_id': programmeId, 'o.organisation_id': organisationId }))
    .where('s.to_status', '=', 'filled')
    .execute();
  return rows.map((r) => ({ unitId: r.id, kind: r.kind as OpeningKind, count: r.places, deliveredOn: r.changed_on }));
}
