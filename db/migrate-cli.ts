import { loadConfig } from '../server/config.ts';
import { openDatabaseFromConfig } from '../server/lib/open-database.ts';
import { migrate } from './migrate.ts';

/** `npm run migrate`: applies pending migrations to DATABASE_URL (or the embedded data dir). */
const config = loadConfig();
const database = await openDatabaseFromConfig(config);
try {
  const { applied } = await migrate(database.db);
  console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Database is up to date.');
} finally {
  await database.close();
}
