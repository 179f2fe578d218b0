import { sql, type Selectable } from 'kysely';
import type { Tx } from '../../../db/tenant.ts';
import type { MatchAdjustmentsTable, MatchWeightSetsTable } from '../../../db/schema-matching.ts';

/** The only SQL of the matching module. Every query names its programme (RLS is the backstop). */

export type AdjustmentRow = Selectable<MatchAdjustmentsTable>;
export type WeightSetRow = Selectable<MatchWeightSetsTable>;

/** Statuses of a placement that hold a place and keep the person busy. */
export const OPEN_PLACEMENT_STATUSES = ['proposed', 'interview', 'offered', 'agreed', 'active'] as const;
/** Openings a coordinator can rank for. Filled and closed ones are history. */
export const RANKABLE_OPENING_STATUSES = ['open', 'draft', 'proposed'] as const;

/**
 * A cheap fingerprint of everything the ranking index reads for a programme: newest change and row
 * count per source table (counts catch deletions, max timestamps catch edits and revocations).
 */
/**
 * What the cached ranking index was built from: a counter that triggers bump on every write to
 * participants, openings, consents, sites, workplaces and placements of the programme (migration
 * 0005). One primary-key read, so checking freshness costs nothing next to ranking.
 */
export async function dataVersion(trx: Tx, programmeId: string): Promise<string> {
  const row = await trx.selectFrom('programme_data_versions').select('version').where('programme_id', '=', programmeId).executeTakeFirst();
  return String(row?.version ?? 0);
}

export async function participantsForRanking(trx: Tx, programmeId: string) {
  return trx
    .selectFrom('participants as p')
    .innerJoin('sites as s', 's.id', 'p.site_id')
    .select([
      'p.id',
      'p.kind',
      'p.first_name',
      'p.last_name',
      'p.birth_date',
      'p.compulsory_school',
      'p.compulsory_school_ends_on',
      'p.step',
      'p.track',
      'p.interests',
      'p.skills',
      'p.languages',
      'p.availability',
      'p.travel_km',
      'p.flex_job_approved',
      'p.priority',
      'p.site_id',
      's.name as site_name',
      's.postal_code',
      sql<string>`to_char(p.created_at AT TIME ZONE 'Europe/Copenhagen', 'YYYY-MM-DD')`.as('intake_on'),
    ])
    .select((eb) => [
      eb
        .selectFrom('placements as pl')
        .select(sql<string | null>`max(pl.ended_on)::text`.as('e'))
        .whereRef('pl.participant_id', '=', 'p.id')
        .where('pl.status', 'in', ['completed', 'ended_early'])
        .as('last_ended_on'),
      eb
        .exists(
          eb
            .selectFrom('placements as pl')
            .select('pl.id')
            .whereRef('pl.participant_id', '=', 'p.id')
            .where('pl.status', 'in', [...OPEN_PLACEMENT_STATUSES]),
        )
        .as('busy'),
    ])
    .where('p.programme_id', '=', programmeId)
    .where('p.status', '=', 'active')
    .where('p.merged_into', 'is', null)
    .where('p.anonymised_at', 'is', null)
    .orderBy('p.id')
    .execute();
}
export type RankingParticipantRow = Awaited<ReturnType<typeof participantsForRanking>>[number];

export async function employerConsents(trx: Tx, programmeId: string) {
  return trx
    .selectFrom('consents')
    .select(['participant_id', 'purpose', 'organisation_ids', 'given_on', 'given_by', 'revoked_at'])
    .where('programme_id', '=', programmeId)
    .where('purpose', '=', 'share_employer')
    .execute();
}

export async function openingsForRanking(trx: Tx, programmeId: string) {
  return trx
    .selectFrom('openings as o')
    .innerJoin('workplaces as w', 'w.id', 'o.workplace_id')
    .leftJoin('companies as c', (j) =>
      j.onRef('c.organisation_id', '=', 'o.organisation_id').onRef('c.programme_id', '=', 'o.programme_id'),
    )
    .selectAll('o')
    .select(['w.postal_code', 'c.name as company_name'])
    .select((eb) =>
      eb
        .selectFrom('placements as pl')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('pl.opening_id', '=', 'o.id')
        .where('pl.status', 'in', [...OPEN_PLACEMENT_STATUSES])
        .as('taken'),
    )
    .where('o.programme_id', '=', programmeId)
    .where('o.status', 'in', [...RANKABLE_OPENING_STATUSES])
    .orderBy('o.id')
    .execute();
}
export type RankingOpeningRow = Awaited<ReturnType<typeof openingsForRanking>>[number];

export async function participantStatus(trx: Tx, programmeId: string, id: string) {
  return trx
    .selectFrom('participants')
    .select(['status', 'merged_into', 'anonymised_at'])
    .where((eb) => eb.and({ programme_id: programmeId, id }))
    .executeTakeFirst();
}

export async function openingStatus(trx: Tx, programmeId: string, id: string) {
  return trx
    .selectFrom('openings')
    .select(['status'])
    .where((eb) => eb.and({ programme_id: programmeId, id }))
    .executeTakeFirst();
}

/** Names for ids kept in rounds (stored results hold ids only, so anonymisation reaches them). */
export async function participantNames(trx: Tx, programmeId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return trx
    .selectFrom('participants')
    .select(['id', 'first_name', 'last_name'])
    .where('programme_id', '=', programmeId)
    .where('id', 'in', [...ids])
    .execute();
}

export async function openingTitles(trx: Tx, programmeId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return trx
    .selectFrom('openings')
    .select(['id', 'title', 'status'])
    .where('programme_id', '=', programmeId)
    .where('id', 'in', [...ids])
    .execute();
}

// --- adjustments ------------------------------------------------------------------------------------

export async function liveAdjustments(
  trx: Tx,
  programmeId: string,
  filter: { openingId?: string; participantId?: string; includeRemoved?: boolean } = {},
) {
  let q = trx.selectFrom('match_adjustments').selectAll().where('programme_id', '=', programmeId);
  if (!filter.includeRemoved) q = q.where('removed_at', 'is', null);
  if (filter.openingId) q = q.where('opening_id', '=', filter.openingId);
  if (filter.participantId) q = q.where('participant_id', '=', filter.participantId);
  return q.orderBy('created_at').orderBy('id').execute();
}

export async function findLiveAdjustment(trx: Tx, programmeId: string, openingId: string, participantId: string, kind: string) {
  return trx
    .selectFrom('match_adjustments')
    .selectAll()
    .where((eb) => eb.and({ programme_id: programmeId, opening_id: openingId, participant_id: participantId }))
    .where('kind', '=', kind as AdjustmentRow['kind'])
    .where('removed_at', 'is', null)
    .executeTakeFirst();
}

export async function insertAdjustment(
  trx: Tx,
  values: {
    programme_id: string;
    opening_id: string;
    participant_id: string;
    kind: AdjustmentRow['kind'];
    rules: string[];
    reason: string;
    created_by: string;
  },
) {
  return trx.insertInto('match_adjustments').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function findAdjustment(trx: Tx, programmeId: string, id: string) {
  return trx
    .selectFrom('match_adjustments')
    .selectAll()
    .where((eb) => eb.and({ programme_id: programmeId, id }))
    .executeTakeFirst();
}

export async function removeAdjustment(trx: Tx, programmeId: string, id: string, by: string, reason: string) {
  return trx
    .updateTable('match_adjustments')
    .set({ removed_at: sql`now()`, removed_by: by, removal_reason: reason })
    .where((eb) => eb.and({ programme_id: programmeId, id }))
    .where('removed_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
}

// --- weight sets ------------------------------------------------------------------------------------

export async function weightSets(trx: Tx, programmeId: string) {
  return trx
    .selectFrom('match_weight_sets')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .orderBy('created_at', 'desc')
    .orderBy('version', 'desc')
    .execute();
}

export async function latestWeightSet(trx: Tx, programmeId: string) {
  return trx
    .selectFrom('match_weight_sets')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .orderBy('created_at', 'desc')
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function findWeightSet(trx: Tx, programmeId: string, name: string, version: number) {
  return trx
    .selectFrom('match_weight_sets')
    .selectAll()
    .where((eb) => eb.and({ programme_id: programmeId, name, version }))
    .executeTakeFirst();
}

export async function maxWeightSetVersion(trx: Tx, programmeId: string, name: string): Promise<number> {
  const row = await trx
    .selectFrom('match_weight_sets')
    .select(sql<number | null>`max(version)`.as('v'))
    .where((eb) => eb.and({ programme_id: programmeId, name }))
    .executeTakeFirst();
  return row?.v ?? 0;
}

export async function insertWeightSet(
  trx: Tx,
  values: {
    programme_id: string;
    name: string;
    version: number;
    weights: Record<string, number>;
    congestion: number;
    note: string | null;
    created_by: string;
  },
) {
  return trx
    .insertInto('match_weight_sets')
    .values({ ...values, weights: JSON.stringify(values.weights) })
    .returningAll()
    .executeTakeFirstOrThrow();
}

// --- preferences ------------------------------------------------------------------------------------

export async function preferencesOf(trx: Tx, programmeId: string, participantId: string) {
  return trx
    .selectFrom('match_preferences')
    .selectAll()
    .where((eb) => eb.and({ programme_id: programmeId, participant_id: participantId }))
    .executeTakeFirst();
}

export async function allPreferences(trx: Tx, programmeId: string) {
  return trx.selectFrom('match_preferences').select(['participant_id', 'opening_ids']).where('programme_id', '=', programmeId).execute();
}

export async function upsertPreferences(trx: Tx, programmeId: string, participantId: string, openingIds: string[], by: string) {
  return trx
    .insertInto('match_preferences')
    .values({ programme_id: programmeId, participant_id: participantId, opening_ids: openingIds, updated_by: by })
    .onConflict((oc) =>
      oc.columns(['programme_id', 'participant_id']).doUpdateSet({ opening_ids: openingIds, updated_by: by, updated_at: sql`now()` }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function openOpeningIds(trx: Tx, programmeId: string): Promise<string[]> {
  const rows = await trx
    .selectFrom('openings')
    .select('id')
    .where('programme_id', '=', programmeId)
    .where('status', '=', 'open')
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}
