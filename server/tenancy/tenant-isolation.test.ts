import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../../db/tenant.ts';
import { createTestApp, type TestApp } from '../../test/support/app.ts';

/**
 * Tenant A tries to read, list, update and delete tenant B's rows: through the API, and with raw
 * SQL under the app role (as if a service had forgotten its WHERE clause). Zero rows may leak.
 */
let t: TestApp;
let a: { id: string }, b: { id: string };
let adminA: Awaited<ReturnType<TestApp['member']>>;
let siteB: string;

beforeAll(async () => {
  t = await createTestApp();
  a = await t.createProgramme('Tenant A');
  b = await t.createProgramme('Tenant B');
  adminA = await t.member(a.id, 'administrator');
  const adminB = await t.member(b.id, 'administrator');
  const res = await adminB.client.post(`/api/programmes/${b.id}/sites`, { name: 'Område B', address: 'Vej 1', postalCode: '8800' });
  expect(res.statusCode).toBe(201);
  siteB = res.json().id;
  await adminA.client.post(`/api/programmes/${a.id}/sites`, { name: 'Område A', address: 'Vej 2', postalCode: '4600' });
  await adminB.client.post(`/api/programmes/${b.id}/invitations`, { email: 'someone@example.test', role: 'caseworker' });
  await adminB.client.get(`/api/programmes/${b.id}/members`);
});
afterAll(() => t.close());

describe('through the API', () => {
  it('does not reveal that the other programme exists', async () => {
    for (const url of [`/api/programmes/${b.id}`, `/api/programmes/${b.id}/members`, `/api/programmes/${b.id}/invitations`]) {
      const res = await adminA.client.get(url);
      expect(res.statusCode, url).toBe(404);
      expect(JSON.stringify(res.json())).not.toContain('Tenant B');
    }
  });

  it('lists only its own programmes', async () => {
    const res = await adminA.client.get('/api/programmes');
    expect(res.json().programmes.map((p: { id: string }) => p.id)).toEqual([a.id]);
  });

  it('cannot write into the other programme', async () => {
    const site = await adminA.client.post(`/api/programmes/${b.id}/sites`, { name: 'Indtrængen', address: 'x', postalCode: '8000' });
    expect(site.statusCode).toBe(404);
    const inv = await adminA.client.post(`/api/programmes/${b.id}/invitations`, { email: 'x@example.test', role: 'coordinator' });
    expect(inv.statusCode).toBe(404);
  });

  it('cannot search the other programme’s audit trail', async () => {
    expect((await adminA.client.get(`/api/audit?programmeId=${b.id}`)).statusCode).toBe(404);
    const own = (await adminA.client.get('/api/audit')).json();
    expect(own.events.length).toBeGreaterThan(0);
    expect(own.events.every((e: { programmeId: string | null }) => e.programmeId === a.id)).toBe(true);
  });
});

describe('with raw SQL under the app role', () => {
  const scopeA = () => ({ userId: adminA.id, programmeIds: [a.id], isPlatformAdmin: false });

  it('reads and lists nothing of tenant B, whatever the query', async () => {
    await withTenant(t.db, scopeA(), async (trx) => {
      const tables = (await trx.selectFrom('tenant_tables').select('table_name').execute()).map((r) => r.table_name);
      for (const table of tables) {
        const col = table === 'programmes' ? 'id' : 'programme_id';
        const { rows } = await sql<{
          n: number;
        }>`SELECT count(*)::int AS n FROM ${sql.table(table)} WHERE ${sql.ref(col)} = ${b.id}`.execute(trx);
        expect(rows[0]!.n, table).toBe(0);
      }
      const all = await sql<{ id: string }>`SELECT id FROM sites`.execute(trx);
      expect(all.rows.map((r) => r.id)).not.toContain(siteB);
    });
  });

  it('updates and deletes nothing of tenant B', async () => {
    await withTenant(t.db, scopeA(), async (trx) => {
      const upd = await sql`UPDATE sites SET name = 'hacked' WHERE id = ${siteB}`.execute(trx);
      expect(Number(upd.numAffectedRows ?? 0)).toBe(0);
      const del = await sql`DELETE FROM sites WHERE programme_id = ${b.id}`.execute(trx);
      expect(Number(del.numAffectedRows ?? 0)).toBe(0);
      const delInv = await sql`DELETE FROM invitations`.execute(trx);
      expect(Number(delInv.numAffectedRows ?? 0)).toBe(0);
    });
    const still = await t.db.selectFrom('sites').select('name').where('id', '=', siteB).executeTakeFirst();
    expect(still?.name).toBe('Område B');
  });

  it('cannot insert rows into tenant B', async () => {
    await expect(
      withTenant(t.db, scopeA(), (trx) =>
        sql`INSERT INTO sites (programme_id, name, address, postal_code) VALUES (${b.id}, 'x', 'y', '8000')`.execute(trx),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('sees nothing at all with no tenant set', async () => {
    await withTenant(t.db, { userId: adminA.id, programmeIds: [], isPlatformAdmin: false }, async (trx) => {
      const { rows } = await sql<{
        n: number;
      }>`SELECT (SELECT count(*) FROM sites) + (SELECT count(*) FROM memberships WHERE user_id <> ${adminA.id}) + (SELECT count(*) FROM audit_events) AS n`.execute(
        trx,
      );
      expect(Number(rows[0]!.n)).toBe(0);
    });
  });
});

describe('the database guarantees', () => {
  it('has row-level security enabled and forced on every tenant table', async () => {
    const { rows } = await sql<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean }>`
      SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity
      FROM pg_class c JOIN tenant_tables t ON t.table_name = c.relname
      WHERE c.relnamespace = 'public'::regnamespace`.execute(t.db);
    expect(rows.length).toBeGreaterThanOrEqual(6);
    for (const r of rows) expect([r.relname, r.relrowsecurity, r.relforcerowsecurity]).toEqual([r.relname, true, true]);
  });

  it('lists every table with a programme_id column as a tenant table', async () => {
    const { rows } = await sql<{ table_name: string }>`
      SELECT c.table_name FROM information_schema.columns c
      WHERE c.table_schema = 'public' AND c.column_name = 'programme_id'
        AND c.table_name NOT IN (SELECT table_name FROM tenant_tables)`.execute(t.db);
    expect(rows).toEqual([]);
  });

  it('runs requests as a role that is neither superuser nor BYPASSRLS', async () => {
    const { rows } = await sql<{ rolname: string; rolsuper: boolean; rolbypassrls: boolean }>`
      SELECT rolname, rolsuper, rolbypassrls FROM pg_roles WHERE rolname IN ('jobbro_app', 'jobbro_system') ORDER BY rolname`.execute(t.db);
    expect(rows).toEqual([
      { rolname: 'jobbro_app', rolsuper: false, rolbypassrls: false },
      { rolname: 'jobbro_system', rolsuper: false, rolbypassrls: false },
    ]);
    const who = await withTenant(t.db, { userId: adminA.id, programmeIds: [a.id], isPlatformAdmin: false }, (trx) =>
      sql<{ u: string }>`SELECT current_user AS u`.execute(trx),
    );
    expect(who.rows[0]!.u).toBe('jobbro_app');
  });
});
