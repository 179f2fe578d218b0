import { sql } from 'kysely';
import type { Tx } from '../../../db/tenant.ts';

/** SQL of the social-return calculator: versioned parameter sets and the placements its outcomes come from. */

const VERSION = [
  'v.id',
  'v.parameter_set_id',
  'v.version',
  'v.parameters',
  'v.reason',
  'v.created_at',
  'u.name as created_by_name',
] as const;

function versions(trx: Tx, programmeId: string) {
  return trx
    .selectFrom('sroi_parameter_set_versions as v')
    .leftJoin('users as u', 'u.id', 'v.created_by')
    .select(VERSION)
    .where('v.programme_id', '=', programmeId);
}
export type VersionRow = Awaited<ReturnType<ReturnType<typeof versions>['executeTakeFirstOrThrow']>>;

export function listSets(trx: Tx, programmeId: string) {
  return trx
    .selectFrom('sroi_parameter_sets as s')
    .select(['s.id', 's.name', 's.created_at'])
    .select((eb) =>
      eb
        .selectFrom('sroi_parameter_set_versions as c')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('c.parameter_set_id', '=', 's.id')
        .as('version_count'),
    )
    .where('s.programme_id', '=', programmeId)
    .orderBy('s.name')
    .execute();
}
export type SetRow = Awaited<ReturnType<typeof listSets>>[number];

export function findSet(trx: Tx, programmeId: string, id: string) {
  return trx
    .selectFrom('sroi_parameter_sets')
    .select(['id', 'name', 'created_at'])
    .where((eb) => eb.and({ programme_id: programmeId, id }))
    .executeTakeFirst();
}

export function insertSet(trx: Tx, programmeId: string, name: string, userId: string) {
  return trx
    .insertInto('sroi_parameter_sets')
    .values({ programme_id: programmeId, name, created_by: userId })
    .returning(['id', 'name', 'created_at'])
    .executeTakeFirstOrThrow();
}

/** The next version number is taken inside the writing transaction; the unique key refuses a race. */
export async function insertVersion(
  trx: Tx,
  programmeId: string,
  setId: string,
  parameters: unknown,
  reason: string,
  userId: string,
): Promise<VersionRow> {
  const { next } = await trx
    .selectFrom('sroi_parameter_set_versions')
    .select(sql<number>`coalesce(max(version), 0) + 1`.as('next'))
    .where((eb) => eb.and({ programme_id: programmeId, parameter_set_id: setId }))
    .executeTakeFirstOrThrow();
  const { id } = await trx
    .insertInto('sroi_parameter_set_versions')
    .values({
      programme_id: programmeId,
      parameter_set_id: setId,
      version: Number(next),
      parameters: JSON.stringify(parameters),
      reason,
      created_by: userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return versions(trx, programmeId).where('v.id', '=', id).executeTakeFirstOrThrow();
}

export function listVersions(trx: Tx, programmeId: string, setId: string) {
  return versions(trx, programmeId).where('v.parameter_set_id', '=', setId).orderBy('v.version', 'desc').execute();
}

/** One version, or the latest when `version` is left out. */
export function findVersion(trx: Tx, programmeId: string, setId: string, version?: number) {
  let q = versions(trx, programmeId).where('v.parameter_set_id', '=', setId);
  if (version !== undefined) q = q.where('v.version', '=', version);
  return q.orderBy('v.version', 'desc').limit(1).executeTakeFirst();
}

/**
 * Placements that reached active and started by the end of the period, with their opening's kind.
 * Merged records' placements were moved to the surviving record; anonymised people stay in
 * (figures must not change when someone is anonymised). Nothing personal is read.
 */
export function placementFacts(trx: Tx, programmeId: string, to: string) {
  return trx
    .selectFrom('placements as pl')
    .innerJoin('participants as p', 'p.id', 'pl.participant_id')
    .innerJoin('openings as o', 'o.id', 'pl.opening_id')
    .select([
      'pl.participant_id',
      'o.kind as opening_kind',
      'pl.activated_at',
      'pl.starts_on',
      'pl.ends_on',
      'pl.ended_on',
      'pl.outcome',
      'pl.end_reason',
    ])
    .where('pl.programme_id', '=', programmeId)
    .where('p.merged_into', 'is', null)
    .where('pl.activated_at', 'is not', null)
    .where('pl.starts_on', '<=', to)
    .orderBy('pl.id')
    .execute();
}
