import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/database.ts';
import { createTestDatabase } from '../../../test/support/db.ts';
import { ANONYMISE_CONTRIBUTIONS } from './contributions.ts';

/**
 * Every text-like column of every table with personal data is either scrubbed by some module's
 * anonymisation contribution or declared not personal, with a reason. A migration that adds a
 * free-text column about participants fails here until its module says what erasure does to it.
 *
 * Tables with personal data: those that reach `participants` through foreign keys (their
 * guardians, talks, placements, the placements' support requests…), plus portal accounts.
 */
const PORTAL_ACCOUNT_TABLES = ['users', 'sessions'];
const TEXT_TYPES = ['text', 'character varying', 'character', 'json', 'jsonb', 'bytea', 'citext'];
const TEXT_ARRAYS = ['_text', '_varchar', '_bpchar', '_citext', '_json', '_jsonb'];

let database: Database;
let columns: { table: string; column: string }[];

beforeAll(async () => {
  database = await createTestDatabase();
  const { rows } = await sql<{ table_name: string; column_name: string }>`
    WITH RECURSIVE fk AS (
      SELECT conrelid::regclass::text AS child, confrelid::regclass::text AS parent FROM pg_constraint WHERE contype = 'f'
    ), personal(name) AS (
      SELECT 'participants'
      UNION SELECT fk.child FROM fk JOIN personal ON fk.parent = personal.name
    )
    SELECT c.table_name, c.column_name FROM information_schema.columns c
    JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
    WHERE c.table_schema = 'public'
      AND (c.table_name IN (SELECT name FROM personal) OR c.table_name = ANY(${PORTAL_ACCOUNT_TABLES}))
      AND (c.data_type = ANY(${TEXT_TYPES}) OR c.udt_name = 'citext' OR (c.data_type = 'ARRAY' AND c.udt_name = ANY(${TEXT_ARRAYS})))
    ORDER BY c.table_name, c.column_name`.execute(database.db);
  columns = rows.map((r) => ({ table: r.table_name, column: r.column_name }));
});
afterAll(() => database.close());

/** table.column → the modules that declared it, as scrubbed or as not personal. */
function declared(kind: 'scrubs' | 'notPersonal'): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of ANONYMISE_CONTRIBUTIONS) {
    for (const [table, cols] of Object.entries(part[kind])) {
      for (const column of Object.keys(cols)) out.set(`${table}.${column}`, [...(out.get(`${table}.${column}`) ?? []), part.module]);
    }
  }
  return out;
}

describe('anonymisation covers every personal text column', () => {
  it('finds the personal tables', () => {
    const tables = new Set(columns.map((c) => c.table));
    for (const t of ['participants', 'guardians', 'talks', 'placements', 'support_request_notes', 'shifts', 'users'])
      expect(tables).toContain(t);
  });

  it('has a scrub rule or a not-personal reason for each', () => {
    const scrubs = declared('scrubs');
    const exempt = declared('notPersonal');
    const missing = columns.map((c) => `${c.table}.${c.column}`).filter((k) => !scrubs.has(k) && !exempt.has(k));
    expect(missing).toEqual([]);
  });

  it('declares each column once, by one module, with a reason when it is not personal', () => {
    const all = [...declared('scrubs')].concat([...declared('notPersonal')]);
    const twice = new Map<string, string[]>();
    for (const [k, modules] of all) twice.set(k, [...(twice.get(k) ?? []), ...modules]);
    expect([...twice].filter(([, modules]) => modules.length > 1)).toEqual([]);
    const blank = ANONYMISE_CONTRIBUTIONS.flatMap((p) =>
      Object.entries(p.notPersonal).flatMap(([t, cols]) =>
        Object.entries(cols)
          .filter(([, why]) => why.trim().length < 5)
          .map(([c]) => `${t}.${c}`),
      ),
    );
    expect(blank).toEqual([]);
  });

  it('names only columns that exist', async () => {
    const { rows } = await sql<{ k: string }>`
      SELECT table_name || '.' || column_name AS k FROM information_schema.columns WHERE table_schema = 'public'`.execute(database.db);
    const existing = new Set(rows.map((r) => r.k));
    const stale = [...declared('scrubs').keys(), ...declared('notPersonal').keys()].filter((k) => !existing.has(k));
    expect(stale).toEqual([]);
  });
});
