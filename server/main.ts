import type { Kysely } from 'kysely';
import { migrate } from '../db/migrate.ts';
import type { DB } from '../db/schema.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import { resolveEncryptionKey, type SecretBox } from './lib/crypto.ts';
import { DataDirLockedError } from './lib/lockfile.ts';
import { DatabaseUnreachableError, openDatabaseFromConfig, waitForDatabase } from './lib/open-database.ts';
import { prepareFirstRun } from './modules/setup/index.ts';

/**
 * Starts Jobbro: validate configuration, open the database (embedded PGlite unless DATABASE_URL),
 * migrate in embedded mode, serve HTTP, run background jobs, and shut down cleanly on a signal.
 */
export interface MainOptions {
  /** `npm run demo` seeds its dataset and prints the logins. */
  seed?: (ctx: { db: Kysely<DB>; secrets: SecretBox; app: FastifyInstance; config: Config }) => Promise<string[]>;
}

export async function main(options: MainOptions = {}) {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(78);
    }
    throw err;
  }

  let database;
  try {
    database = await openDatabaseFromConfig(config);
  } catch (err) {
    if (err instanceof DataDirLockedError) {
      console.error(err.message);
      process.exit(75);
    }
    throw err;
  }
  if (config.DATABASE_URL) {
    try {
      await waitForDatabase(database.db, config.DATABASE_URL, config.DATABASE_CONNECT_TIMEOUT_SECONDS * 1000);
    } catch (err) {
      if (err instanceof DatabaseUnreachableError) {
        console.error(err.message);
        await database.close().catch(() => {});
        process.exit(69);
      }
      throw err;
    }
  }

  // Embedded mode migrates on start; with DATABASE_URL, `npm run migrate` is a deploy step.
  if (database.driver === 'pglite') await migrate(database.db);
  const encryptionKey = resolveEncryptionKey(config.ENCRYPTION_KEY, config.DATA_DIR);
  const { app, services } = await buildApp({ config, db: database.db, encryptionKey });

  const seeded = options.seed ? await options.seed({ db: database.db, secrets: services.secrets, app, config }) : undefined;

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.shuttingDown = true;
    app.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 15_000).unref();
    try {
      await app.close();
      await database.close();
      clearTimeout(force);
      process.exit(0);
    } catch (err) {
      app.log.error({ err }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.PORT, host: config.HOST });
  if (config.JOBS_ENABLED) services.jobs.start();

  const setupLink = await prepareFirstRun(database.db, config.PUBLIC_URL);
  const lines = [
    `Jobbro is running at ${config.PUBLIC_URL} (${database.driver === 'pglite' ? `embedded database in ${config.DATA_DIR}` : 'PostgreSQL'})`,
  ];
  if (setupLink) lines.push('', 'First run: create the first administrator with this one-time link:', `  ${setupLink}`);
  if (seeded?.length) lines.push('', ...seeded);
  console.log(lines.join('\n'));
  return { app, database };
}

if (import.meta.main) await main();
