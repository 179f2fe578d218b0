import { sql } from 'kysely';
import type { Tx } from '../../../db/tenant.ts';

/**
 * SQL of evaluation exports: the keys, and the raw facts the pseudonymised dataset is built from.
 * The fact queries select codes, dates and counts only — never names, contacts, CPR, addresses or
 * free-text columns — so even the rows in memory hold nothing the dataset must not.
 */

export function listKeys(trx: Tx, programmeId: string) {
  return trx
    .selectFrom('evaluation_keys')
    .select(['id', 'name', 'created_at'])
    .where('programme_id', '=', programmeId)
    .orderBy('name')
    .execute();
}
export type KeyRow = Awaited<ReturnType<typeof listKeys>>[number];

export function insertKey(trx: Tx, programmeId: string, name: string, secretEnc: string, userId: string) {
  return trx
    .insertInto('evaluation_keys')
    .values({ programme_id: programmeId, name, secret_enc: secretEnc, created_by: userId })
    .returning(['id', 'name', 'created_at'])
    .executeTakeFirstOrThrow();
}

export function findKeyWithSecret(trx: Tx, programmeId: string, id: string) {
  return trx
    .selectFrom('evaluation_keys')
    .select(['id', 'name', 'secret_enc'])
    .where((eb) => eb.and({ programme_id: programmeId, id }))
    .executeTakeFirst();
}

/** Live records only: merged records live on in the record they were merged into; anonymised people are out. */
export function participants(trx: Tx, programmeId: string) {
  return trx
    .selectFrom('participants')
    .select(['id', 'kind', 'birth_date', 'site_id', 'step', 'track', 'status'])
    .where('programme_id', '=', programmeId)
    .where('merged_into', 'is', null)
    .where('anonymised_at', 'is', null)
    .execute();
}

export function siteIds(trx: Tx, programmeId: string) {
  return trx.selectFrom('sites').select('id').where('programme_id', '=', programmeId).orderBy('created_at').orderBy('id').execute();
}

export function evaluationConsents(trx: Tx, programmeId: string) {
  return trx
    .selectFrom('consents')
    .select(['participant_id', 'given_on', 'given_by', 'revoked_at'])
    .where('programme_id', '=', programmeId)
    .where('purpose', '=', 'evaluation')
    .execute();
}

/** Placements of the given people, with the opening's kind and the ladder step they stood on at the start. */
export function placements(trx: Tx, programmeId: string, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return trx
    .selectFrom('placements as pl')
    .innerJoin('openings as o', 'o.id', 'pl.opening_id')
    .select([
      'pl.participant_id',
      'o.kind as opening_kind',
      'pl.starts_on',
      'pl.ends_on',
      'pl.ended_on',
      'pl.status',
      'pl.outcome',
      'pl.end_reason',
      'pl.hours_per_week',
      'pl.wage_payer',
    ])
    .select((eb) =>
      eb
        .selectFrom('ladder_events as le')
        .select('le.to_step')
        .whereRef('le.participant_id', '=', 'pl.participant_id')
        .where('le.kind', '=', 'step')
        .where('le.on_date', '<=', sql<string>`coalesce(pl.starts_on, pl.created_at::date)`)
        .orderBy('le.on_date', 'desc')
        .orderBy('le.created_at', 'desc')
        .limit(1)
        .as('step'),
    )
    .where('pl.programme_id', '=', programmeId)
    .where('pl.participant_id', 'in', ids)
    .execute();
}

/** Approved shifts not replaced by an approved correction, attributed through the placement (which a merge moves). */
export function approvedShifts(trx: Tx, programmeId: string, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return trx
    .selectFrom('shifts as s')
    .innerJoin('placements as p', 'p.id', 's.placement_id')
    .select(['p.participant_id', 's.work_date', 's.start_time', 's.end_time', 's.break_minutes'])
    .where('s.programme_id', '=', programmeId)
    .where('s.status', '=', 'approved')
    .where('p.participant_id', 'in', ids)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb.selectFrom('shifts as c').select('c.id').whereRef('c.corrects_shift_id', '=', 's.id').where('c.status', '=', 'approved'),
        ),
      ),
    )
    .execute();
}

/** Sessions attended per person and kind of activity. */
export function attendance(trx: Tx, programmeId: string, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return trx
    .selectFrom('activity_attendance as a')
    .innerJoin('activity_sessions as s', 's.id', 'a.session_id')
    .innerJoin('activities as act', 'act.id', 's.activity_id')
    .select(['a.participant_id', 'act.kind'])
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('a.programme_id', '=', programmeId)
    .where('a.present', '=', true)
    .where('a.participant_id', 'in', ids)
    .groupBy(['a.participant_id', 'act.kind'])
    .execute();
}
