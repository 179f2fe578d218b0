import fs from 'node:fs';
import path from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import { PGlitePool } from './pglite-pool.ts';
import type { DB } from './schema.ts';

export type Driver = 'pg' | 'pglite';

export interface Database {
  db: Kysely<DB>;
  driver: Driver;
  /** The embedded instance, for dumps in tests. */
  pglite?: PGlite;
  close(): Promise<void>;
}

// Both drivers return the same JavaScript shapes: dates as 'YYYY-MM-DD' strings (no time zone can
// shift a birth date), int8 and numeric as numbers (counts and money fit well within 2^53).
const DATE_OID = 1082;
const INT8_OID = 20;
const NUMERIC_OID = 1700;
pg.types.setTypeParser(DATE_OID, (v: string) => v);
pg.types.setTypeParser(INT8_OID, (v: string) => Number(v));
pg.types.setTypeParser(NUMERIC_OID, (v: string) => Number(v));

const pgliteParsers = {
  [pgliteTypes.DATE]: (v: string) => v,
  [pgliteTypes.INT8]: (v: string) => Number(v),
  [pgliteTypes.NUMERIC]: (v: string) => Number(v),
};

/** Opens real PostgreSQL through `pg`. The pool size is small: the app is I/O-light per request. */
export function openPostgres(url: string, max = 10): Database {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle connection dropped by the server (restart, failover) must not crash the process;
  // the pool replaces it on next use.
  pool.on('error', (err) => console.warn(`PostgreSQL connection lost: ${err.message}`));
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return { db, driver: 'pg', close: () => db.destroy() };
}

/**
 * Opens PGlite in-process. `dataDir` undefined means in-memory; `loadDataDir` restores a dump
 * (the test harness clones a migrated template this way).
 */
export async function openPglite(options: { dataDir?: string; loadDataDir?: Blob } = {}): Promise<Database> {
  if (options.dataDir) fs.mkdirSync(path.dirname(options.dataDir), { recursive: true });
  const pglite = await PGlite.create({
    dataDir: options.dataDir,
    loadDataDir: options.loadDataDir,
    parsers: pgliteParsers,
  });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: new PGlitePool(pglite) as never }) });
  return {
    db,
    driver: 'pglite',
    pglite,
    async close() {
      await db.destroy();
      await pglite.close();
    },
  };
}
