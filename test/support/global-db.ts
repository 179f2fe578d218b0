import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openPglite, openPostgres } from '../../db/database.ts';
import { migrate } from '../../db/migrate.ts';
import { DEFAULT_ADMIN_URL } from './env.ts';

/**
 * Migrates one template per run. PostgreSQL: a template database that each test file clones
 * (CREATE DATABASE … TEMPLATE, milliseconds). PGlite: a dumped data directory each file loads.
 * Without a reachable PostgreSQL (and outside CI) the db suite falls back to PGlite, so
 * `npm test` passes on a machine with nothing but Node.
 */
export default async function setup(project: TestProject) {
  const adminUrl = process.env.TEST_DATABASE_URL ?? DEFAULT_ADMIN_URL;
  let driver = process.env.JOBBRO_TEST_DRIVER === 'pglite' ? 'pglite' : 'pg';
  if (driver === 'pg' && !(await reachable(adminUrl))) {
    if (process.env.CI) throw new Error(`CI: PostgreSQL is not reachable at ${adminUrl}`);
    console.warn(`PostgreSQL is not reachable at ${adminUrl}: running the database tests on embedded PGlite instead.`);
    driver = 'pglite';
  }
  project.provide('testAdminUrl', adminUrl);
  project.provide('testDriver', driver as 'pg' | 'pglite');

  if (driver === 'pglite') {
    const database = await openPglite();
    await migrate(database.db);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jobbro-tpl-')), 'template.tar.gz');
    const dump = await database.pglite?.dumpDataDir('gzip');
    if (!dump) throw new Error('PGlite dump unavailable');
    fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    await database.close();
    project.provide('testTemplate', file);
    return () => fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }

  const template = `jobbro_tpl_${process.pid}`;
  await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${template}`);
  await adminQuery(adminUrl, `CREATE DATABASE ${template}`);
  const database = openPostgres(withDatabase(adminUrl, template), 1);
  await migrate(database.db);
  await database.close();
  project.provide('testTemplate', template);
  return async () => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    const { rows } = await client.query(`SELECT datname FROM pg_database WHERE datname LIKE 'jobbro_t_${process.pid}_%' OR datname = $1`, [
      template,
    ]);
    for (const r of rows) await client.query(`DROP DATABASE IF EXISTS ${r.datname} WITH (FORCE)`);
    await client.end();
  };
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}
