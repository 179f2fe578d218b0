import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { openPglite, openPostgres, type Database } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';
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

/** The database named by DATABASE_URL did not answer within DATABASE_CONNECT_TIMEOUT_SECONDS. */
export class DatabaseUnreachableError extends Error {}

/** Where DATABASE_URL points, without its password: host, port and database name. */
export function describeDatabaseUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || '5432'}${u.pathname}`;
  } catch {
    return 'an unreadable URL';
  }
}

/** One line for why a connection failed; Node's AggregateError (IPv4 and IPv6 both refused) has an empty message. */
function causeOf(err: unknown): string {
  const e = err as { code?: string; message?: string; errors?: unknown[] };
  if (e.message) return e.message;
  if (Array.isArray(e.errors) && e.errors.length > 0) return causeOf(e.errors[0]);
  return e.code ?? String(err);
}

/**
 * PostgreSQL's pool connects lazily, so without this the server would say it is listening and then
 * crash on its first query. Ask the database once before serving; while it is starting up (compose,
 * a restarting host) retry with back-off from 250 ms up to 5 s, and give up after `timeoutMs` with
 * one line that names DATABASE_URL and the cause.
 */
export async function waitForDatabase(db: Kysely<DB>, url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let delay = 250;
  for (;;) {
    const remaining = deadline - Date.now();
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`no answer within ${Math.round(Math.max(remaining, 1000) / 1000)} s`)),
          Math.max(remaining, 1000),
        );
      });
      await Promise.race([sql`select 1`.execute(db), timeout]);
      return;
    } catch (err) {
      if (Date.now() + delay >= deadline) {
        throw new DatabaseUnreachableError(
          `Cannot reach the database at DATABASE_URL (${describeDatabaseUrl(url)}) after ${Math.round(timeoutMs / 1000)} s: ${causeOf(err)}`,
        );
      }
    } finally {
      clearTimeout(timer);
    }
    await new Promise((resolve) => setTimeout(resolve, delay));
    delay = Math.min(delay * 2, 5000);
  }
}
