import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';

/** The cheapest round trip that proves the database answers (readiness, not a tenant query). */
export async function ping(db: Kysely<DB>): Promise<void> {
  await sql`SELECT 1`.execute(db);
}
