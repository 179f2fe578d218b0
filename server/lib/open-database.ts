import path from 'node:path';
import { openPglite, openPostgres, type Database } from '../../db/database.ts';
import type { Config } from '../config.ts';
import { acquireDataDirLock } from './lockfile.ts';

/** Chooses the driver: real PostgreSQL when DATABASE_URL is set, else embedded PGlite in DATA_DIR. */
export async function openDatabaseFromConfig(config: Config): Promise<Database> {
  if (config.DATABASE_URL) return openPostgres(config.DATABASE_URL);
  const release = acquireDataDirLock(config.DATA_DIR);
  try {
    const database = await openPglite({ dataDir: path.join(config.DATA_DIR, 'pg') });
    return {
      ...database,
      async close() {
        try {
          await database.close();
        } finally {
          release();
        }
      },
    };
  } catch (err) {
    release();
    throw err;
  }
}
