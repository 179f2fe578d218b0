/**
 * The person core: participant rows, their ladder events and the job-centre consents that gate a
 * caseworker's view. Every module that needs a person reads them here, below the modules that add to them.
 */
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
    .where((eb) => eb.and({ programme_id: programmeId, id }))
    .executeTakeFirst();
}
export type ParticipantRow = NonNullable<Awaited<ReturnType<typeof findParticipant>>>;

/** Only for the reveal endpoint and for checks against a new birth date. */
export function findCpr(trx: Tx, programmeId: string, id: string) {
  return trx
    .selectFrom('participants')
    .select(['cpr_enc', 'cpr_hash', 'cpr_reason'])
    .where((eb) => eb.and({ programme_id: programmeId, id }))
    .executeTakeFirst();
}

/**
 * Locks participant rows for the rest of the transaction, in id order (so two transactions locking
 * the same pair cannot deadlock). A merge or an erasure locks first and reads after: a simultaneous
 * one then waits, reads the record as the winner left it, and is refused instead of repeating it.
 */
export async function lockParticipants(trx: Tx, programmeId: string, ids: readonly string[]) {
  await trx
    .selectFrom('participants')
    .select('id')
    .where('programme_id', '=', programmeId)
    .where('id', 'in', [...ids])
    .orderBy('id')
    .forUpdate()
    .execute();
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
    .where((eb) => eb.and({ programme_id: programmeId, id }));
  if (version !== undefined) q = q.where('version', '=', version);
  return q.returning([...COLUMNS, hasCpr]).executeTakeFirst();
}

// ---------------------------------------------------------------------------------------------
// Ladder

export function insertLadderEvent(trx: Tx, values: Insertable<LadderEventsTable>) {
  return trx.insertInto('ladder_events').values(values).returningAll().executeTakeFirstOrThrow();
}

export function listLadderEvents(trx: Tx, programmeId: string, participantId: string) {
  return trx
    .selectFrom('ladder_events')
    .selectAll()
    .where((eb) => eb.and({ programme_id: programmeId, participant_id: participantId }))
    .orderBy('on_date')
    .orderBy('created_at')
    .execute();
}
export type LadderEventRow = Awaited<ReturnType<typeof listLadderEvents>>[number];

export function lastLadderDate(trx: Tx, programmeId: string, participantId: string) {
  return trx
    .selectFrom('ladder_events')
    .select((eb) => eb.fn.max('on_date').as('last'))
    .where((eb) => eb.and({ programme_id: programmeId, participant_id: participantId }))
    .executeTakeFirst();
}

// ---------------------------------------------------------------------------------------------
// Lists and sharing
// ---------------------------------------------------------------------------------------------
// Sharing

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
 * A duplicate merge moves the merged record's ladder events to the survivor. The duplicates module calls this
 * so that only this module writes its tables; returns the rows moved per table.
 */
export async function moveLadderEvents(trx: Tx, programmeId: string, fromId: string, toId: string): Promise<Record<string, number>> {
  const r0 = await trx
    .updateTable('ladder_events')
    .set({ participant_id: toId })
    .where((eb) => eb.and({ programme_id: programmeId, participant_id: fromId }))
    .executeTakeFirst();
  return { ladder_events: Number(r0.numUpdatedRows) };
}

/**
 * The surviving record keeps its own values and takes the other's where it has none (contact
 * details, school, notes, CPR, portal account); lists are united; priority holds if either had it.
 */
export function absorbDuplicate(trx: Tx, programmeId: string, survivorId: string, otherId: string) {
  const col = (c: string) => sql`COALESCE(s.${sql.ref(c)}, o.${sql.ref(c)})`;
  const union = (c: string) => sql`ARRAY(SELECT DISTINCT x FROM unnest(s.${sql.ref(c)} || o.${sql.ref(c)}) AS x ORDER BY x)`;
  const cprFromOther = sql`(s.cpr_enc IS NULL AND o.cpr_enc IS NOT NULL)`;
  return sql`
    UPDATE participants s SET
      email = ${col('email')}, phone = ${col('phone')}, address = ${col('address')}, school = ${col('school')},
      education_status = ${col('education_status')}, goals = ${col('goals')}, readiness_notes = ${col('readiness_notes')},
      user_id = ${col('user_id')},
      interests = ${union('interests')}, skills = ${union('skills')}, languages = ${union('languages')},
      priority = s.priority OR o.priority,
      cpr_enc = CASE WHEN ${cprFromOther} THEN o.cpr_enc ELSE s.cpr_enc END,
      cpr_hash = CASE WHEN ${cprFromOther} THEN o.cpr_hash ELSE s.cpr_hash END,
      cpr_reason = CASE WHEN ${cprFromOther} THEN o.cpr_reason ELSE s.cpr_reason END,
      version = s.version + 1, updated_at = now()
    FROM participants o
    WHERE s.programme_id = ${programmeId} AND s.id = ${survivorId} AND o.programme_id = ${programmeId} AND o.id = ${otherId}`.execute(trx);
}

/** The merged record stays (its history moved away) and points at the survivor. */
/** Marks `otherId` merged into the survivor; false when it was merged already (nothing changed). */
export async function markMerged(trx: Tx, programmeId: string, otherId: string, survivorId: string): Promise<boolean> {
  const result = await trx
    .updateTable('participants')
    .set({
      merged_into: survivorId,
      user_id: null,
      cpr_enc: null,
      cpr_hash: null,
      cpr_reason: null,
      version: sql`version + 1`,
      updated_at: sql`now()`,
    })
    .where((eb) => eb.and({ programme_id: programmeId, id: otherId }))
    .where('merged_into', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Work-area codes that exist: a person's interests are checked against them at intake and in the portal. */
export async function knownWorkAreas(trx: Tx, codes: readonly string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await trx
    .selectFrom('work_areas')
    .select('code')
    .where('code', 'in', [...codes])
    .execute();
  return new Set(rows.map((r) => r.code));
}

/** A portal account claims its person (the portal redeems a code). */
export function linkParticipant(trx: Tx, participantId: string, userId: string) {
  return trx
    .updateTable('participants')
    .set({ user_id: userId, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', participantId)
    .execute();
}

/** The person's own changes through the portal. */
export function updateOwn(trx: Tx, participantId: string, values: Updateable<ParticipantsTable>) {
  return trx
    .updateTable('participants')
    .set({ ...values, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', participantId)
    .execute();
}

/**
 * Anonymisation of the participant row: clears free text and identifiers, keeps codes, numbers,
 * flags and dates (so statistics do not change). The birth date keeps year and month (day → 1st);
 * ages at each ladder event are stored. `keep` names field groups a legal hold retains.
 */
export async function anonymiseRow(
  trx: Tx,
  programmeId: string,
  id: string,
  keep: ReadonlySet<string>,
  name: { firstName: string; lastName: string },
) {
  const keepName = keep.has('name');
  const keepContact = keep.has('contact');
  const keepCpr = keep.has('cpr');
  await sql`
    UPDATE participants SET
      first_name = CASE WHEN ${keepName} THEN first_name ELSE ${name.firstName} END,
      last_name = CASE WHEN ${keepName} THEN last_name ELSE ${name.lastName} END,
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
    .where((eb) => eb.and({ programme_id: programmeId, participant_id: participantId }))
    .where('reason', '<>', 'intake')
    .execute();
}

/** Anonymisation: the person's portal account no longer reaches the record. */
export async function unlinkPortalAccount(trx: Tx, programmeId: string, participantId: string) {
  await trx
    .updateTable('participants')
    .set({ user_id: null })
    .where((eb) => eb.and({ programme_id: programmeId, id: participantId }))
    .execute();
}
