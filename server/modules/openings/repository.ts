import type { Tx } from '../../../db/tenant.ts';
import type { ScheduleEntryJson } from '../../../db/schema-employers.ts';
import type { OpeningStatus } from '../../../shared/domain/employers/openings.ts';
import type { OpeningFlags } from '../../../shared/schemas/openings.ts';

function openingQuery(trx: Tx) {
  return trx
    .selectFrom('openings as o')
    .innerJoin('workplaces as w', 'w.id', 'o.workplace_id')
    .innerJoin('organisations as org', 'org.id', 'o.organisation_id')
    .leftJoin('companies as c', (j) =>
      j.onRef('c.programme_id', '=', 'o.programme_id').onRef('c.organisation_id', '=', 'o.organisation_id'),
    )
    .selectAll('o')
    .select(['w.name as workplace_name', 'w.postal_code as workplace_postal_code', 'org.name as organisation_name', 'c.id as company_id']);
}

export interface OpeningFilters {
  status?: OpeningStatus;
  companyId?: string;
  organisationId?: string;
  kind?: string;
  step?: number;
}

export function listOpenings(trx: Tx, programmeId: string, f: OpeningFilters = {}) {
  let q = openingQuery(trx).where('o.programme_id', '=', programmeId);
  if (f.status) q = q.where('o.status', '=', f.status);
  if (f.companyId) q = q.where('c.id', '=', f.companyId);
  if (f.organisationId) q = q.where('o.organisation_id', '=', f.organisationId);
  if (f.kind) q = q.where('o.kind', '=', f.kind);
  if (f.step) q = q.where('o.ladder_step', '=', f.step);
  return q.orderBy('o.starts_on').orderBy('o.title').orderBy('o.id').execute();
}
export type OpeningRow = Awaited<ReturnType<typeof listOpenings>>[number];

export function findOpening(trx: Tx, programmeId: string, id: string) {
  return openingQuery(trx)
    .where((eb) => eb.and({ 'o.programme_id': programmeId, 'o.id': id }))
    .executeTakeFirst();
}

/** Locks the opening for a read-check-write (status changes, edits with a version). */
export function lockOpening(trx: Tx, programmeId: string, id: string) {
  return trx
    .selectFrom('openings')
    .select(['id', 'version', 'status'])
    .where((eb) => eb.and({ programme_id: programmeId, id }))
    .forUpdate()
    .executeTakeFirst();
}

/** Every stored field of an opening, in the API's terms. */
export interface OpeningValues {
  workplaceId: string;
  organisationId: string;
  kind: string;
  ladderStep: number | null;
  title: string;
  tasks: string;
  taskTags: string[];
  requirements: string;
  minAge: number;
  maxAge: number | null;
  hoursPerWeek: number;
  weeklySchedule: ScheduleEntryJson[];
  places: number;
  startsOn: string;
  endsOn: string;
  wagePerHour: number | null;
  wagePayer: string | null;
  adultStaffPresent: boolean;
  onlyOutOfCompulsorySchool: boolean;
  flags: OpeningFlags;
}

/** The opening's safety and legal flags from its columns: what the rules, the ranking and the documents judge. */
export function flagsOf(o: FlagColumns): OpeningFlags {
  return {
    lightWorkOnly: o.light_work_only,
    machinesOrChemicals: o.machines_or_chemicals,
    riskAssessmentDoneOn: o.risk_assessment_done_on,
    alcoholServed: o.alcohol_served,
    liftingOver12kg: o.lifting_over_12kg,
    loneWork: o.lone_work,
    moneyHandling: o.money_handling,
    contactWithChildrenUnder15: o.contact_with_children_under_15,
    childProtectionCertificate: o.child_certificate_obtained,
  };
}
type FlagColumns = Pick<
  OpeningRow,
  | 'light_work_only'
  | 'machines_or_chemicals'
  | 'risk_assessment_done_on'
  | 'alcohol_served'
  | 'lifting_over_12kg'
  | 'lone_work'
  | 'money_handling'
  | 'contact_with_children_under_15'
  | 'child_certificate_obtained'
>;

export function valuesOf(o: OpeningRow): OpeningValues {
  return {
    workplaceId: o.workplace_id,
    organisationId: o.organisation_id,
    kind: o.kind,
    ladderStep: o.ladder_step,
    title: o.title,
    tasks: o.tasks,
    taskTags: o.task_tags,
    requirements: o.requirements,
    minAge: o.min_age,
    maxAge: o.max_age,
    hoursPerWeek: o.hours_per_week,
    weeklySchedule: o.weekly_schedule,
    places: o.places,
    startsOn: o.starts_on,
    endsOn: o.ends_on,
    wagePerHour: o.wage_per_hour,
    wagePayer: o.wage_payer,
    adultStaffPresent: o.adult_staff_present,
    onlyOutOfCompulsorySchool: o.only_out_of_compulsory_school,
    flags: flagsOf(o),
  };
}

function columnsOf(v: OpeningValues) {
  return {
    workplace_id: v.workplaceId,
    organisation_id: v.organisationId,
    kind: v.kind,
    ladder_step: v.ladderStep,
    title: v.title,
    tasks: v.tasks,
    task_tags: JSON.stringify(v.taskTags),
    requirements: v.requirements,
    min_age: v.minAge,
    max_age: v.maxAge,
    hours_per_week: v.hoursPerWeek,
    weekly_schedule: JSON.stringify(v.weeklySchedule),
    places: v.places,
    starts_on: v.startsOn,
    ends_on: v.endsOn,
    wage_per_hour: v.wagePerHour,
    wage_payer: v.wagePayer,
    adult_staff_present: v.adultStaffPresent,
    only_out_of_compulsory_school: v.onlyOutOfCompulsorySchool,
    light_work_only: v.flags.lightWorkOnly,
    machines_or_chemicals: v.flags.machinesOrChemicals,
    risk_assessment_done_on: v.flags.riskAssessmentDoneOn,
    alcohol_served: v.flags.alcoholServed,
    lifting_over_12kg: v.flags.liftingOver12kg,
    lone_work: v.flags.loneWork,
    money_handling: v.flags.moneyHandling,
    contact_with_children_under_15: v.flags.contactWithChildrenUnder15,
    child_certificate_obtained: v.flags.childProtectionCertificate,
  };
}

export async function insertOpening(trx: Tx, programmeId: string, v: OpeningValues, status: OpeningStatus, proposedBy: string | null) {
  const { id } = await trx
    .insertInto('openings')
    .values({ programme_id: programmeId, ...columnsOf(v), status, proposed_by: proposedBy })
    .returning('id')
    .executeTakeFirstOrThrow();
  return (await findOpening(trx, programmeId, id))!;
}

/** Writes the new values and bumps the version; the caller holds the row lock and checked the version. */
export async function updateOpening(trx: Tx, programmeId: string, id: string, v: OpeningValues) {
  await trx
    .updateTable('openings')
    .set((eb) => ({ ...columnsOf(v), version: eb('version', '+', 1), updated_at: new Date() }))
    .where((eb) => eb.and({ programme_id: programmeId, id }))
    .execute();
  return (await findOpening(trx, programmeId, id))!;
}

/**
 * Moves the opening from `from` to `status`. Undefined when it is no longer in `from`: a simultaneous
 * change won, and the caller answers 409 instead of recording a transition that did not happen.
 */
export async function setStatus(
  trx: Tx,
  programmeId: string,
  id: string,
  from: OpeningStatus,
  status: OpeningStatus,
  rejectionReason: string | null,
) {
  const r = await trx
    .updateTable('openings')
    .set((eb) => ({ status, rejection_reason: rejectionReason, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('programme_id', '=', programmeId)
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  return r.numUpdatedRows > 0n ? findOpening(trx, programmeId, id) : undefined;
}

export function insertStatusChange(
  trx: Tx,
  c: {
    programmeId: string;
    openingId: string;
    from: OpeningStatus | null;
    to: OpeningStatus;
    on: string;
    by: string | null;
    reason?: string | null;
  },
) {
  return trx
    .insertInto('opening_status_changes')
    .values({
      programme_id: c.programmeId,
      opening_id: c.openingId,
      from_status: c.from,
      to_status: c.to,
      changed_on: c.on,
      changed_by: c.by,
      reason: c.reason ?? null,
    })
    .execute();
}

/** The latest status change: tells whether placements (rather than a person) filled the opening. */
export function lastStatusChange(trx: Tx, programmeId: string, openingId: string) {
  return trx
    .selectFrom('opening_status_changes')
    .select(['to_status', 'reason'])
    .where((eb) => eb.and({ programme_id: programmeId, opening_id: openingId }))
    .orderBy('changed_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

export async function deleteOpening(trx: Tx, programmeId: string, id: string) {
  await trx
    .deleteFrom('openings')
    .where((eb) => eb.and({ programme_id: programmeId, id }))
    .execute();
}

/** Who hears about an opening: the programme's coordinators, or the company's contacts. */
export function recipients(
  trx: Tx,
  programmeId: string,
  who: { role: 'coordinator' } | { role: 'employer_contact'; organisationId: string },
) {
  let q = trx
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.email', 'u.name', 'u.locale'])
    .where('m.programme_id', '=', programmeId)
    .where('m.role', '=', who.role)
    .where('u.disabled_at', 'is', null)
    .where('u.email', '<>', '');
  if (who.role === 'employer_contact') q = q.where('m.organisation_id', '=', who.organisationId);
  return q.orderBy('u.email').execute();
}
