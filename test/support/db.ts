import crypto from 'node:crypto';
import fs from 'node:fs';
import { inject } from 'vitest';
import { openPglite, openPostgres, type Database } from '../../db/database.ts';
import { adminQuery, withDatabase } from './global-db.ts';

/**
 * A fresh, migrated database for one test file, cloned from the run's template: PostgreSQL by
 * default, PGlite when JOBBRO_TEST_DRIVER=pglite. Closing drops it.
 */
export async function createTestDatabase(): Promise<Database & { url?: string }> {
  const driver = inject('testDriver');
  const template = inject('testTemplate');
  if (driver === 'pglite') {
    const blob = new Blob([fs.readFileSync(template)]);
    return openPglite({ loadDataDir: blob });
  }
  const adminUrl = inject('testAdminUrl');
  const runId = template.replace('jobbro_tpl_', '');
  const name = `jobbro_t_${runId}_${crypto.randomBytes(4).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${name} TEMPLATE ${template}`);
  const url = withDatabase(adminUrl, name);
  const database = openPostgres(url, 5);
  return {
    ...database,
    url,
    async close() {
      await database.close();
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
