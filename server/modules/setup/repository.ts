import { sql } from 'kysely';
import type { Tx } from '../../../db/tenant.ts';

/** First run is "no user exists yet"; any user at all ends it. */
export async function hasUsers(trx: Tx): Promise<boolean> {
  return !!(await trx.selectFrom('users').select('id').limit(1).executeTakeFirst());
}

/** Serialises concurrent setup attempts, so exactly one first administrator is created. */
export async function lockUsers(trx: Tx): Promise<void> {
  await sql`LOCK TABLE users IN SHARE ROW EXCLUSIVE MODE`.execute(trx);
}
