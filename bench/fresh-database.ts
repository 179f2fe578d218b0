import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { openPglite, openPostgres, type Database } from '../db/database.ts';
import { adminQuery, withDatabase } from '../test/support/global-db.ts';

/**
 * A fresh database for one benchmark run; closing drops it (PostgreSQL, when `DATABASE_URL` or
 * `TEST_DATABASE_URL` names a server) or removes its directory (embedded PGlite). Every bench starts
 * from nothing so runs compare; `name` keeps simultaneous benches apart. The caller migrates it.
 */
export async function freshDatabase(name: string): Promise<Database & { label: string }> {
  const adminUrl = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL;
  if (adminUrl) {
    const db = `jobbro_bench_${name}_${process.pid}`;
    await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    await adminQuery(adminUrl, `CREATE DATABASE ${db}`);
    const database = openPostgres(withDatabase(adminUrl, db), 5);
    const version = (await sql<{ v: string }>`SELECT current_setting('server_version') AS v`.execute(database.db)).rows[0]!.v;
    return {
      ...database,
      label: `PostgreSQL ${version} (temporary database ${db})`,
      async close() {
        await database.close();
        await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `jobbro-bench-${name}-`));
  const database = await openPglite({ dataDir: path.join(dir, 'pgdata') });
  return {
    ...database,
    label: `embedded PGlite (${dir})`,
    async close() {
      await database.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
