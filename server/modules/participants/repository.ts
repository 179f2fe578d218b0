import { sql, type Insertable, type Updateable } from 'kysely';
import type { LadderEventsTable, ParticipantsTable } from '../../../db/schema.ts';
import type { Tx } from '../../../db/tenant.ts';

/** Every column a presenter may need. The CPR ciphertext and hash are not among them. */
const COLUMNS = [
  'id',
  'programme_id',
  'kind',
  'first_name',
  'last_name',
  'birth_date',
  'email',
  'phone',
  'address',
  'site_id',
  'school',
  'education_status',
  'compulsory_school',
  'compulsory_school_ends_on',
  'interests',
  'skills',
  'languages',
  'availability',
  'travel_km',
  'travel_modes',
  'goals',
  'benefit_type',
  'max_weekly_hours',
  'flex_job_approved',
  'readiness_notes',
  'priority',
  'priority_note',
  'step',
  'track',
  'status',
  'cpr_reason',
  'user_id',
  'version',
  'merged_into',
  'anonymised_at',
  'created_at',
  'updated_at',
] as const;
const hasCpr = sql<boolean>`(cpr_enc IS NOT NULL)`.as('has_cpr');

export function findParticipant(trx: Tx, programmeId: string, id: string) {
  return trx
    .selectFrom('participants')
    .select([...COLUMNS, hasCpr])
    .where('programme_id', '=', programmeId)
    .where('id', '=', id)
    .executeTakeFirst();
}
export type ParticipantRow = NonNullable<Awaited<ReturnType<typeof findParticipant>>>;

/** Only for the reveal endpoint and for checks against a new birth date. */
export function findCpr(trx: Tx, programmeId: string, id: string) {
  return trx
    .selectFrom('participants')
    .select(['cpr_enc', 'cpr_hash', 'cpr_reason'])
    .where('programme_id', '=', programmeId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function insertParticipant(trx: Tx, values: Insertable<ParticipantsTable>) {
  return trx
    .insertInto('participants')
    .values(values)
    .returning([...COLUMNS, hasCpr])
    .executeTakeFirstOrThrow();
}

/** Optimistic locking: the update applies only if `version` is still current, and bumps it. */
export function updateParticipant(
  trx: Tx,
  programmeId: string,
  id: string,
  version: number | undefined,
  values: Updateable<ParticipantsTable>,
) {
  let q = trx
    .updateTable('participants')
    .set({ ...values, version: sql`version + 1`, updated_at: sql`now()` })
    .where('programme_id', '=', programmeId)
    .where('id', '=', id);
  if (version !== undefined) q = q.where('version', '=', version);
  return q.returning([...COLUMNS, hasCpr]).executeTakeFirst();
}

export function siteInProgramme(trx: Tx, programmeId: string, siteId: string) {
  return trx.selectFrom('sites').select('id').where('programme_id', '=', programmeId).where('id', '=', siteId).executeTakeFirst();
}

export async function knownWorkAreas(trx: Tx, codes: readonly string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await trx
    .selectFrom('work_areas')
    .select('code')
    .where('code', 'in', [...codes])
    .execute();
  return new Set(rows.map((r) => r.code));
}

export function listWorkAreas(trx: Tx) {
  return trx.selectFrom('work_areas').select(['code', 'name_da', 'name_en', 'education_area']).orderBy('sort_order').execute();
}
export type WorkAreaRow = Awaited<ReturnType<typeof listWorkAreas>>[number];

// ---------------------------------------------------------------------------------------------
// Ladder

export function insertLadderEvent(trx: Tx, values: Insertable<LadderEventsTable>) {
  return trx.insertInto('ladder_events').values(values).returningAll().executeTakeFirstOrThrow();
}

export function listLadderEvents(trx: Tx, programmeId: string, participantId: string) {
  return trx
    .selectFrom('ladder_events')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('participant_id', '=', participantId)
    .orderBy('on_date')
    .orderBy('created_at')
    .execute();
}
export type LadderEventRow = Awaited<ReturnType<typeof listLadderEvents>>[number];

export function lastLadderDate(trx: Tx, programmeId: string, participantId: string) {
  return trx
    .selectFrom('ladder_events')
    .select((eb) => eb.fn.max('on_date').as('last'))
    .where('programme_id', '=', programmeId)
    .where('participant_id', '=', participantId)
    .executeTakeFirst();
}

// ---------------------------------------------------------------------------------------------
// Lists and sharing

export interface ListFilter {
  site?: string;
  kind?: string;
  step?: number;
  track?: string;
  status?: string;
  interest?: string;
}

/** The list's rows: current records only (not merged, not anonymised), filtered in SQL where it can be. */
export function listRows(trx: Tx, programmeId: string, f: ListFilter) {
  let q = trx
    .selectFrom('participants as p')
    .select([
      'p.id',
      'p.kind',
      'p.first_name',
      'p.last_name',
      'p.birth_date',
      'p.site_id',
      'p.status',
      'p.step',
      'p.track',
      'p.interests',
      'p.priority',
      'p.created_at',
      (eb) =>
        eb
          .selectFrom('talks as t')
          .select((e) => e.fn.max('t.held_on').as('m'))
          .whereRef('t.participant_id', '=', 'p.id')
          .as('last_talk_on'),
    ])
    .where('p.programme_id', '=', programmeId)
    .where('p.merged_into', 'is', null)
    .where('p.anonymised_at', 'is', null);
  if (f.site) q = q.where('p.site_id', '=', f.site);
  if (f.kind) q = q.where('p.kind', '=', f.kind as 'youth' | 'adult');
  if (f.step) q = q.where('p.step', '=', f.step);
  if (f.track) q = q.where('p.track', '=', f.track);
  if (f.status) q = q.where('p.status', '=', f.status);
  if (f.interest) q = q.where(sql<boolean>`p.interests @> ARRAY[${f.interest}]::text[]`);
  return q.orderBy('p.last_name').orderBy('p.first_name').execute();
}
export type ListRow = Awaited<ReturnType<typeof listRows>>[number];

/** Unrevoked job-centre consents: the caseworker's gate (the service checks scope and age). */
export function jobCentreConsents(trx: Tx, programmeId: string, participantId?: string) {
  let q = trx
    .selectFrom('consents as c')
    .innerJoin('participants as p', 'p.id', 'c.participant_id')
    .select([
      'c.participant_id',
      'c.organisation_ids',
      'c.data_categories',
      'c.given_on',
      'c.given_by',
      'c.revoked_at',
      'p.kind',
      'p.birth_date',
    ])
    .where('c.programme_id', '=', programmeId)
    .where('c.purpose', '=', 'share_job_centre')
    .where('c.revoked_at', 'is', null);
  if (participantId) q = q.where('c.participant_id', '=', participantId);
  return q.execute();
}
export type JobCentreConsentRow = Awaited<ReturnType<typeof jobCentreConsents>>[number];

/**
 * Anonymisation of the participant row: clears free text and identifiers, keeps codes, numbers,
 * flags and dates (so statistics do not change). The birth date keeps year and month (day → 1st);
 * ages at each ladder event are stored. `keep` names field groups a legal hold retains.
 */
export async function anonymiseRow(trx: Tx, programmeId: string, id: string, keep: ReadonlySet<string>, marker: string) {
  const keepName = keep.has('name');
  const keepContact = keep.has('contact');
  const keepCpr = keep.has('cpr');
  await sql`
    UPDATE participants SET
      first_name = CASE WHEN ${keepName} THEN first_name ELSE ${marker} END,
      last_name = CASE WHEN ${keepName} THEN last_name ELSE ${marker} END,
      birth_date = CASE WHEN ${keepName} THEN birth_date ELSE date_trunc('month', birth_date)::date END,
      email = CASE WHEN ${keepContact} THEN email END,
      phone = CASE WHEN ${keepContact} THEN phone END,
      address = CASE WHEN ${keepContact} THEN address END,
      cpr_enc = CASE WHEN ${keepCpr} THEN cpr_enc END,
      cpr_hash = CASE WHEN ${keepCpr} THEN cpr_hash END,
      cpr_reason = CASE WHEN ${keepCpr} THEN cpr_reason END,
      school = NULL, skills = '{}', languages = '{}', goals = NULL, readiness_notes = NULL, priority_note = NULL,
      anonymised_at = now(), version = version + 1, updated_at = now()
    WHERE programme_id = ${programmeId} AND id = ${id}`.execute(trx);
}

/**
 * Anonymisation: the ladder keeps every step, date and age (the statistics) but loses the free-text
 * reasons; the intake's reason is the code 'intake', which the journey view reads, and stays.
 */
export async function scrubLadderReasons(trx: Tx, programmeId: string, participantId: string, marker: string) {
  await trx
    .updateTable('ladder_events')
    .set({ reason: marker })
    .where('programme_id', '=', programmeId)
    .where('participant_id', '=', participantId)
    .where('reason', '<>', 'intake')
    .execute();
}
