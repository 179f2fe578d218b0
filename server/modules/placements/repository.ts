import { sql, type Insertable, type Updateable } from 'kysely';
import type { PlacementEventsTable, PlacementsTable } from '../../../db/schema-placements.ts';
import { OPEN_STATUSES } from '../../../shared/domain/placements/states.ts';
import type { Tx } from '../../../db/tenant.ts';
import { placementsWithParties } from '../../lib/placement-parties.ts';

/**
 * Placements with what every view needs: the opening (and its organisation), the participant's
 * facts (the presenter decides per viewer what leaves the server) and the assigned mentor.
 */
function placementQuery(trx: Tx) {
  return placementsWithParties(trx)
    .innerJoin('workplaces as w', 'w.id', 'o.workplace_id')
    .leftJoin('users as cu', 'cu.id', 'p.created_by')
    .leftJoin('sites as s', 's.id', 'pa.site_id')
    .selectAll('p')
    .select([
      'o.title as opening_title',
      'o.kind as opening_kind',
      'o.organisation_id',
      'org.name as organisation_name',
      'w.name as workplace_name',
      'w.address as workplace_address',
      'w.postal_code as workplace_postal_code',
      'o.status as opening_status',
      'o.tasks as opening_tasks',
      'o.hours_per_week as opening_hours_per_week',
      'o.weekly_schedule as opening_weekly_schedule',
      'o.wage_per_hour as opening_wage_per_hour',
      'o.wage_payer as opening_wage_payer',
      'o.starts_on as opening_starts_on',
      'o.ends_on as opening_ends_on',
      's.name as site_name',
      's.postal_code as site_postal_code',
      'pa.kind as participant_kind',
      'pa.first_name',
      'pa.last_name',
      'pa.birth_date',
      'pa.step',
      'pa.track',
      'pa.compulsory_school',
      'pa.compulsory_school_ends_on',
      'pa.user_id as participant_user_id',
      'pa.email',
      'pa.phone',
      'pa.address',
      'pa.school',
      'pa.education_status',
      'pa.interests',
      'pa.skills',
      'pa.languages',
      'pa.availability',
      'pa.max_weekly_hours',
      'pa.flex_job_approved',
      'pa.merged_into',
      'pa.anonymised_at',
      'm.name as mentor_name',
      'm.user_id as mentor_user_id',
      // The coordinator who proposed the placement: whom the employer calls when the person's own
      // contact details are not theirs to see.
      'cu.name as coordinator_name',
      'cu.email as coordinator_email',
    ]);
}

export function findPlacement(trx: Tx, programmeId: string, id: string) {
  return placementQuery(trx)
    .where((eb) => eb.and({ 'p.programme_id': programmeId, 'p.id': id }))
    .executeTakeFirst();
}
export type PlacementRow = NonNullable<Awaited<ReturnType<typeof findPlacement>>>;

export interface PlacementFilters {
  status?: string;
  openingId?: string;
  participantId?: string;
}

export function listPlacements(trx: Tx, programmeId: string, f: PlacementFilters = {}) {
  let q = placementQuery(trx).where('p.programme_id', '=', programmeId);
  if (f.status) q = q.where('p.status', '=', f.status);
  if (f.openingId) q = q.where('p.opening_id', '=', f.openingId);
  if (f.participantId) q = q.where('p.participant_id', '=', f.participantId);
  return q.orderBy('p.created_at', 'desc').orderBy('p.id').execute();
}

/** Placements in openings of the given (programme, organisation) pairs: the employer's view. */
export function listForOrganisations(trx: Tx, pairs: readonly { programmeId: string; organisationId: string }[], status?: string) {
  if (pairs.length === 0) return Promise.resolve([]);
  let q = placementQuery(trx).where((eb) =>
    eb.or(pairs.map((pair) => eb.and([eb('p.programme_id', '=', pair.programmeId), eb('o.organisation_id', '=', pair.organisationId)]))),
  );
  if (status) q = q.where('p.status', '=', status);
  return q.orderBy('p.created_at', 'desc').orderBy('p.id').execute();
}

/** Placements where the user is the assigned mentor. */
export function listForMentorUser(trx: Tx, userId: string, programmeIds: readonly string[]) {
  if (programmeIds.length === 0) return Promise.resolve([]);
  return placementQuery(trx)
    .where('m.user_id', '=', userId)
    .where('p.programme_id', 'in', [...programmeIds])
    .orderBy('p.created_at', 'desc')
    .execute();
}

/** Placements of the participant linked to this portal account, or of children whose guardian it is. */
export function listForPortalUser(trx: Tx, userId: string, programmeIds: readonly string[]) {
  if (programmeIds.length === 0) return Promise.resolve([]);
  return placementQuery(trx)
    .where('p.programme_id', 'in', [...programmeIds])
    .where((eb) =>
      eb.or([
        eb('pa.user_id', '=', userId),
        eb.exists(
          eb
            .selectFrom('guardians as g')
            .select('g.id')
            .whereRef('g.participant_id', '=', 'p.participant_id')
            .where('g.user_id', '=', userId)
            .where('g.removed_at', 'is', null),
        ),
      ]),
    )
    .orderBy('p.created_at', 'desc')
    .execute();
}

export function openPlacementFor(trx: Tx, participantId: string, openingId: string) {
  return trx
    .selectFrom('placements')
    .select(['id', 'status'])
    .where((eb) => eb.and({ participant_id: participantId, opening_id: openingId }))
    .where('status', 'in', [...OPEN_STATUSES])
    .executeTakeFirst();
}

const OPEN_PREDICATE = `status IN (${OPEN_STATUSES.map((s) => `'${s}'`).join(', ')})`;

/** Inserts a proposal; undefined when an open placement for the pair exists (even one committed meanwhile). */
export function insertPlacement(trx: Tx, values: Insertable<PlacementsTable>) {
  return (
    trx
      .insertInto('placements')
      .values(values)
      // The predicate is literal SQL so PostgreSQL can match it to the partial unique index.
      .onConflict((oc) => oc.columns(['participant_id', 'opening_id']).where(sql.raw<boolean>(OPEN_PREDICATE)).doNothing())
      .returning('id')
      .executeTakeFirst()
  );
}

/**
 * Optimistic locking: the update applies only if `version` is still current, and bumps it. Two
 * concurrent updates with the same version: the second waits for the first's row lock, re-reads
 * the row, no longer matches, and changes nothing (the service answers version_conflict).
 */
export function updatePlacement(trx: Tx, programmeId: string, id: string, version: number, values: Updateable<PlacementsTable>) {
  return trx
    .updateTable('placements')
    .set({ ...values, version: sql`version + 1`, updated_at: sql`now()` })
    .where((eb) => eb.and({ programme_id: programmeId, id, version }))
    .returning(['id', 'version', 'status'])
    .executeTakeFirst();
}

export async function currentVersion(trx: Tx, programmeId: string, id: string): Promise<number> {
  const row = await trx
    .selectFrom('placements')
    .select('version')
    .where((eb) => eb.and({ programme_id: programmeId, id }))
    .executeTakeFirst();
  return row?.version ?? 0;
}

export async function insertEvent(trx: Tx, values: Insertable<PlacementEventsTable>): Promise<void> {
  await trx.insertInto('placement_events').values(values).execute();
}

export function listEvents(trx: Tx, programmeId: string, placementId: string) {
  return trx
    .selectFrom('placement_events')
    .select(['id', 'action', 'from_status', 'to_status', 'party', 'actor_user_id', 'reason', 'note', 'version', 'at'])
    .where((eb) => eb.and({ programme_id: programmeId, placement_id: placementId }))
    .orderBy('at')
    .orderBy('version')
    .execute();
}
export type EventRow = Awaited<ReturnType<typeof listEvents>>[number];

export async function guardianUserIds(trx: Tx, programmeId: string, participantId: string): Promise<string[]> {
  const rows = await trx
    .selectFrom('guardians')
    .select('user_id')
    .where((eb) => eb.and({ programme_id: programmeId, participant_id: participantId }))
    .where('removed_at', 'is', null)
    .where('user_id', 'is not', null)
    .execute();
  return rows.map((r) => r.user_id!);
}

/** Unrevoked share_employer consents of these participants (the domain decides which are in force). */
export function employerConsents(trx: Tx, programmeId: string, participantIds: readonly string[]) {
  if (participantIds.length === 0) return Promise.resolve([]);
  return trx
    .selectFrom('consents')
    .select(['participant_id', 'purpose', 'given_on', 'given_by', 'revoked_at', 'organisation_ids', 'data_categories'])
    .where('programme_id', '=', programmeId)
    .where('participant_id', 'in', [...participantIds])
    .where('purpose', '=', 'share_employer')
    .where('revoked_at', 'is', null)
    .execute();
}
export type EmployerConsentRow = Awaited<ReturnType<typeof employerConsents>>[number];

export function findParticipantForProposal(trx: Tx, programmeId: string, participantId: string) {
  return trx
    .selectFrom('participants')
    .select(['id', 'kind', 'first_name', 'birth_date', 'status', 'merged_into', 'anonymised_at'])
    .where((eb) => eb.and({ programme_id: programmeId, id: participantId }))
    .executeTakeFirst();
}

export function findOpeningForProposal(trx: Tx, programmeId: string, openingId: string) {
  return trx
    .selectFrom('openings')
    .select(['id', 'organisation_id', 'title', 'status', 'min_age', 'max_age', 'starts_on'])
    .where((eb) => eb.and({ programme_id: programmeId, id: openingId }))
    .executeTakeFirst();
}

/** A mentor of the opening's organisation in the same programme (agreements may name only those). */
export function findMentorOf(trx: Tx, programmeId: string, organisationId: string, mentorId: string) {
  return trx
    .selectFrom('mentors')
    .select(['id', 'name', 'user_id', 'rate_per_hour', 'payer'])
    .where((eb) => eb.and({ programme_id: programmeId, organisation_id: organisationId, id: mentorId }))
    .executeTakeFirst();
}

/** Proposals the stale job has flagged and nobody has moved since (the to-do list shows them). */
export function flaggedProposals(trx: Tx, programmeId: string) {
  return trx
    .selectFrom('placements as p')
    .innerJoin('participants as pa', 'pa.id', 'p.participant_id')
    .innerJoin('openings as o', 'o.id', 'p.opening_id')
    .select(['p.id', 'p.participant_id', 'pa.first_name', 'pa.last_name', 'o.title', 'p.status_changed_at', 'p.stale_flagged_at'])
    .where('p.programme_id', '=', programmeId)
    .where('p.status', '=', 'proposed')
    .where('p.stale_flagged_at', 'is not', null)
    .orderBy('p.status_changed_at')
    .execute();
}

/** For the daily job (jobbro_system): every proposal in every programme, with when it last moved. */
export function allProposals(trx: Tx) {
  return trx
    .selectFrom('placements')
    .select(['id', 'programme_id', 'version', 'status_changed_at', 'stale_flagged_at'])
    .where('status', '=', 'proposed')
    .orderBy('status_changed_at')
    .execute();
}

export async function flagStale(trx: Tx, id: string): Promise<void> {
  await trx
    .updateTable('placements')
    .set({ stale_flagged_at: sql`now()` })
    .where('id', '=', id)
    .where('stale_flagged_at', 'is', null)
    .execute();
}

/** For the daily job: running placements whose end is within the notice period and not yet announced. */
export function endingUnannounced(trx: Tx, until: string) {
  return trx
    .selectFrom('placements')
    .select(['id', 'programme_id', 'ends_on'])
    .where('status', '=', 'active')
    .where('ending_notified_at', 'is', null)
    .where('ends_on', '<=', until)
    .execute();
}

export async function markEndingAnnounced(trx: Tx, id: string): Promise<void> {
  await trx
    .updateTable('placements')
    .set({ ending_notified_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

/** Places an opening's placements take: those agreed or running. */
export async function placesTaken(trx: Tx, programmeId: string, openingId: string): Promise<number> {
  const row = await trx
    .selectFrom('placements')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where((eb) => eb.and({ programme_id: programmeId, opening_id: openingId }))
    .where('status', 'in', ['agreed', 'active'])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function programmeName(trx: Tx, programmeId: string): Promise<string | undefined> {
  return (await trx.selectFrom('programmes').select('name').where('id', '=', programmeId).executeTakeFirst())?.name;
}

/** The person's placements, as a sub-query for scrubbing the rows that hang off them. */
function placementsOf(trx: Tx, programmeId: string, participantId: string) {
  return trx
    .selectFrom('placements')
    .select('id')
    .where((eb) => eb.and({ programme_id: programmeId, participant_id: participantId }));
}

/**
 * Anonymisation: the person's placements keep every row, status, date, code and number (placement
 * statistics do not change) but lose the match reasons and the notes on their history.
 */
export async function scrubPlacements(trx: Tx, programmeId: string, participantId: string) {
  await trx
    .updateTable('placements')
    .set({ match_reasons: '[]' })
    .where((eb) => eb.and({ programme_id: programmeId, participant_id: participantId }))
    .execute();
  // Histories are append-only for requests; the migration grants UPDATE on just this text column.
  await trx
    .updateTable('placement_events')
    .set({ note: null })
    .where('programme_id', '=', programmeId)
    .where('placement_id', 'in', placementsOf(trx, programmeId, participantId))
    .execute();
}

/**
 * A duplicate merge moves the merged record's placements (events, follow-ups, mentor hours and support requests hang off
 * the placement and move with it) to the survivor. The duplicates module calls this
 * so that only this module writes its tables; returns the rows moved per table.
 */
export async function movePlacements(trx: Tx, programmeId: string, fromId: string, toId: string): Promise<Record<string, number>> {
  const r0 = await trx
    .updateTable('placements')
    .set({ participant_id: toId })
    .where((eb) => eb.and({ programme_id: programmeId, participant_id: fromId }))
    .executeTakeFirst();
  return { placements: Number(r0.numUpdatedRows) };
}
