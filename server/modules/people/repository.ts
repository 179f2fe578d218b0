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
