import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem, withTenant } from '../../../db/tenant.ts';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { enforceAuditRetention } from './service.ts';
import { auditAbout, createParticipant, programmeWithCoordinator, youth } from '../participants/fixtures.ts';

let t: TestApp;
async function ok(res: Promise<{ statusCode: number; body: string; json(): any }>) {
  const r = await res;
  if (r.statusCode !== 200) throw new Error(`${r.statusCode} ${r.body}`);
  return r.json();
}
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('the audit trail', () => {
  it('records reads, searches and writes with actor, role, subject, programme, request id and IP', async () => {
    const p = await t.createProgramme();
    const admin = await t.member(p.id, 'administrator', { name: 'Ada Admin' });
    const site = await admin.client.post(`/api/programmes/${p.id}/sites`, {
      name: 'Ellemarken',
      address: 'Ellemarksvej 1',
      postalCode: '4600',
    });
    const requestId = site.headers['x-request-id'];
    await admin.client.get(`/api/programmes/${p.id}/members`);
    const search = await admin.client.get(`/api/audit?programmeId=${p.id}&action=create`);
    expect(search.statusCode).toBe(200);
    const created = search.json().events.find((e: { subjectType: string }) => e.subjectType === 'site');
    expect(created).toMatchObject({
      actorUserId: admin.id,
      actorName: 'Ada Admin',
      actorRole: 'administrator',
      action: 'create',
      subjectId: site.json().id,
      programmeId: p.id,
      requestId,
      ip: '127.0.0.1',
    });
    const all = (await admin.client.get(`/api/audit?programmeId=${p.id}`)).json().events;
    expect(all.map((e: { action: string; subjectType: string }) => `${e.action}:${e.subjectType}`)).toEqual(
      expect.arrayContaining(['read:member_list', 'search:audit_event', 'create:site']),
    );
    // Issue #16: the subject type is a choice from the closed list, not free English text.
    const sites = (await admin.client.get(`/api/audit?programmeId=${p.id}&subjectType=site`)).json().events;
    expect(sites.map((e: { subjectType: string }) => e.subjectType)).toEqual(['site']);
    const free = await admin.client.get(`/api/audit?programmeId=${p.id}&subjectType=Deltager`);
    expect(free.statusCode).toBe(400);
    const searchEvent = all.find((e: { action: string }) => e.action === 'search');
    expect(searchEvent.details.criteria).toMatchObject({ programmeId: p.id, action: 'create' });
  });

  it('names the subjects the reader may open, and audits each person it names as read (issue #16)', async () => {
    const env = await programmeWithCoordinator(t, 'Jobplaneten Navne');
    const person = await createParticipant(env.c, env.p.id, youth(env.site.id, { firstName: 'Zelma', lastName: 'Ørsted' }));
    const admin = await t.member(env.p.id, 'administrator');
    const before = (await auditAbout(t, person.id)).length;
    const events = (await ok(admin.client.get(`/api/audit?programmeId=${env.p.id}&subjectType=participant`))).events;
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(e).toMatchObject({ subjectId: person.id, subject: { label: 'Zelma Ørsted', on: null } });
    const about = await auditAbout(t, person.id);
    expect(about.slice(before)).toEqual([
      expect.objectContaining({
        action: 'read',
        subject_type: 'participant',
        actor_role: 'administrator',
        details: { via: 'audit_search' },
      }),
    ]);
    // Subjects without a page of their own keep no name.
    const sites = (await ok(admin.client.get(`/api/audit?programmeId=${env.p.id}&subjectType=site`))).events;
    expect(sites.map((e: { subject: unknown }) => e.subject)).toEqual([null]);
  });

  it('pages through results and filters by date', async () => {
    const p = await t.createProgramme();
    const admin = await t.member(p.id, 'administrator');
    for (let i = 0; i < 5; i++) await admin.client.get(`/api/programmes/${p.id}/members`);
    const first = (await admin.client.get(`/api/audit?programmeId=${p.id}&action=read&limit=3`)).json();
    expect(first.events).toHaveLength(3);
    const second = (await admin.client.get(`/api/audit?programmeId=${p.id}&action=read&limit=3&before=${first.nextBefore}`)).json();
    expect(second.events).toHaveLength(2);
    expect(second.nextBefore).toBeNull();
    const future = (await admin.client.get(`/api/audit?programmeId=${p.id}&from=2999-01-01`)).json();
    expect(future.events).toEqual([]);
  });

  it('is searchable by administrators only', async () => {
    const p = await t.createProgramme();
    const coordinator = await t.member(p.id, 'coordinator');
    const res = await coordinator.client.get(`/api/audit?programmeId=${p.id}`);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('forbidden');
  });

  it('is append-only: request and system roles cannot update, the app role cannot delete, the owner cannot update', async () => {
    const p = await t.createProgramme();
    const admin = await t.member(p.id, 'administrator');
    await admin.client.get(`/api/programmes/${p.id}/members`);
    const scope = { userId: admin.id, programmeIds: [p.id], isPlatformAdmin: false };
    await expect(withTenant(t.db, scope, (trx) => sql`UPDATE audit_events SET action = 'x'`.execute(trx))).rejects.toThrow(
      /permission denied/,
    );
    await expect(withTenant(t.db, scope, (trx) => sql`DELETE FROM audit_events`.execute(trx))).rejects.toThrow(/permission denied/);
    await expect(asSystem(t.db, (trx) => sql`UPDATE audit_events SET action = 'x'`.execute(trx))).rejects.toThrow(/permission denied/);
    // Even the table owner (the migration user) is stopped by the trigger.
    await expect(sql`UPDATE audit_events SET action = 'x'`.execute(t.db)).rejects.toThrow(/append-only/);
  });

  it('gives a person the events about them without naming the staff involved', async () => {
    const p = await t.createProgramme();
    const user = await t.member(p.id, 'caseworker', { name: 'Carl Caseworker' });
    await t.client().post('/api/auth/login', { email: user.email, password: 'wrong password!' });
    const res = await user.client.get('/api/me/access-request');
    expect(res.statusCode).toBe(200);
    const events = res.json().events;
    expect(events.some((e: { action: string }) => e.action === 'login_failed')).toBe(true);
    for (const e of events) expect(Object.keys(e).sort()).toEqual(['action', 'actorRole', 'at', 'programmeId', 'subjectType']);
  });

  it('drops events past the retention period in the scheduled job, and keeps newer ones', async () => {
    const p = await t.createProgramme();
    await asSystem(t.db, (trx) =>
      trx
        .insertInto('audit_events')
        .values([
          { action: 'read', subject_type: 'old', programme_id: p.id, at: new Date(Date.now() - 200 * 86400_000) },
          { action: 'read', subject_type: 'recent', programme_id: p.id, at: new Date(Date.now() - 10 * 86400_000) },
        ])
        .execute(),
    );
    await enforceAuditRetention(t.db, 183);
    const left = await t.db.selectFrom('audit_events').select('subject_type').where('programme_id', '=', p.id).execute();
    expect(left.map((r) => r.subject_type)).toEqual(['recent']);
  });

  it('runs retention through the job queue on its schedule', async () => {
    await asSystem(t.db, (trx) => trx.insertInto('jobs').values({ queue: 'audit.retention', payload: '{}' }).execute());
    expect(await t.drainJobs()).toBeGreaterThanOrEqual(1);
    const job = await t.db
      .selectFrom('jobs')
      .select(['done_at', 'result'])
      .where('queue', '=', 'audit.retention')
      .executeTakeFirstOrThrow();
    expect(job.done_at).not.toBeNull();
    expect(job.result).toHaveProperty('deleted');
  });
});
