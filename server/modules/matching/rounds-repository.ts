import { sql, type Selectable } from 'kysely';
import type { Tx } from '../../../db/tenant.ts';
import type { MatchRoundsTable } from '../../../db/schema-matching.ts';

/** The SQL of batch rounds (`match_rounds`), apart from the ranking reads in `repository.ts`. */

export type RoundRow = Selectable<MatchRoundsTable>;

export async function insertRound(
  trx: Tx,
  values: {
    programme_id: string;
    mode: RoundRow['mode'];
    on_date: string;
    seed: number;
    lottery_share: number;
    priority_reserve_share: number;
    long_wait_days: number;
    weight_set_name: string;
    weight_set_version: number;
    opening_ids: string[];
    participant_ids: string[] | null;
    previous_round_id: string | null;
    created_by: string;
  },
) {
  return trx.insertInto('match_rounds').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function findRound(trx: Tx, programmeId: string, id: string, options: { forUpdate?: boolean } = {}) {
  const q = trx
    .selectFrom('match_rounds')
    .selectAll()
    .where((eb) => eb.and({ programme_id: programmeId, id }));
  return (options.forUpdate ? q.forUpdate() : q).executeTakeFirst();
}

/** The job's look-up: it knows only the round id (jobbro_system, across programmes). */
export async function findRoundById(trx: Tx, id: string) {
  return trx.selectFrom('match_rounds').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listRounds(trx: Tx, programmeId: string) {
  return trx
    .selectFrom('match_rounds')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(200)
    .execute();
}

/** The newest finished round before `before` (the default "previous run" of a report's diff). */
export async function previousFinishedRound(trx: Tx, programmeId: string, before: Date, exceptId: string) {
  return trx
    .selectFrom('match_rounds')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('status', 'in', ['ready', 'published'])
    .where('created_at', '<=', before)
    .where('id', '<>', exceptId)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function updateRound(
  trx: Tx,
  id: string,
  values: Partial<{
    status: RoundRow['status'];
    progress: number;
    input_hash: string;
    result: string;
    report: string;
    error: string | null;
    /** Stamps take the database's clock: pass 'now'. */
    started_at: 'now';
    finished_at: 'now';
    published_at: 'now';
    published_by: string;
  }>,
  /** Only while the round is in this status; the result says whether it was (false: a simultaneous change won). */
  whenStatus?: RoundRow['status'],
): Promise<boolean> {
  const stamps = Object.fromEntries(
    (['started_at', 'finished_at', 'published_at'] as const).filter((k) => values[k] === 'now').map((k) => [k, sql`now()`]),
  );
  const r = await trx
    .updateTable('match_rounds')
    .set({ ...values, ...stamps, updated_at: sql`now()` } as never)
    .where('id', '=', id)
    .$if(whenStatus !== undefined, (q) => q.where('status', '=', whenStatus!))
    .executeTakeFirst();
  return r.numUpdatedRows > 0n;
}

/** The job claims a draft round once (a retried or duplicated job finds it no longer draft). */
export async function claimRound(trx: Tx, id: string) {
  return trx
    .updateTable('match_rounds')
    .set({ status: 'running', progress: 5, started_at: sql`now()`, updated_at: sql`now()` })
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .returningAll()
    .executeTakeFirst();
}
