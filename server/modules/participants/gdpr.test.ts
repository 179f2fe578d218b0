import { sql } from 'kysely';
import { codesShown } from '../../../test/support/code-values.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '../../../db/tenant.ts';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { today } from '../../lib/clock.ts';
import { adult, auditAbout, createParticipant, daysAgo, programmeWithCoordinator, youth, yearsAgo } from './fixtures.ts';

let t: TestApp;
let env: Awaited<ReturnType<typeof programmeWithCoordinator>>;
beforeAll(async () => {
  t = await createTestApp();
  env = await programmeWithCoordinator(t);
});
afterAll(() => t.close());

const base = (id: string) => `/api/programmes/${env.p.id}/participants/${id}`;

let serial = 4320;
/** A youth with a bit of everything on the record. */
async function fullRecord(firstName: string) {
  const birthDate = yearsAgo(15, 20);
  const cpr = `${birthDate.slice(8, 10)}${birthDate.slice(5, 7)}${birthDate.slice(2, 4)}-${serial++}`;
  const p = await createParticipant(
    env.c,
    env.p.id,
    youth(env.site.id, {
      firstName,
      lastName: 'Jensen',
      birthDate,
      cpr,
      cprReason: 'Løn',
      email: 'ung@example.test',
      goals: 'Blive kok',
      skills: ['Dansk', 'Madlavning'],
      priority: true,
      priorityNote: 'Svær situation',
      educationStatus: 'none',
      availability: ['mon-am', 'wed-pm'],
      travelKm: 7,
      travelModes: ['bike', 'public_transport'],
    }),
  );
  const g = (await env.c.post(`${base(p.id)}/guardians`, { name: 'Hanne Jensen', relation: 'mother', phone: '+45 60606060' })).json();
  await env.c.post(`${base(p.id)}/consents`, {
    purpose: 'share_job_centre',
    allPartners: true,
    dataCategories: ['contact'],
    givenOn: daysAgo(4),
    givenBy: 'guardian',
    guardianId: g.id,
    method: 'paper',
  });
  await env.c.post(`${base(p.id)}/talks`, {
    heldOn: daysAgo(3),
    kind: 'intake',
    summary: 'Fortalte om <familien> & skolen',
    nextSteps: [{ description: 'Besøg køkkenet', dueOn: today(), ownerUserId: env.coordinator.id }],
  });
  await env.c.post(`${base(p.id)}/guardian-notices`, {
    guardianId: g.id,
    jobDescription: 'Køkkenhjælp',
    hours: 'Lørdag 10–14',
    risks: 'Knive',
    precautions: 'Oplæring',
    informedOn: daysAgo(2),
    cosignedOn: daysAgo(2),
  });
  await env.c.post(`${base(p.id)}/ladder`, { step: 2, onDate: today(), reason: 'Klar' });
  await env.c.get(base(p.id));
  return { p, g, cpr };
}

describe('access requests', () => {
  it('exports the complete record as a self-contained Danish HTML attachment, CPR masked, no staff names', async () => {
    const { p, cpr } = await fullRecord('Selma');
    const res = await env.c.get(`${base(p.id)}/export`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="jobbro-oplysninger-${p.id}.html"`);
    const html = res.body;
    expect(html).toMatch(/^<!doctype html>\n<html lang="da">/);
    for (const text of [
      'Dine oplysninger i Jobbro',
      'Selma',
      'Hanne Jensen',
      'Køkkenhjælp',
      'Deling med jobcenter',
      'Blive kok',
      'Svær situation',
      `${cpr.slice(0, 6)}-XXXX`,
      'Koordinator',
      'Udskrevet',
      'Butik og detailhandel',
    ]) {
      expect(html, text).toContain(text);
    }
    expect(html).toContain('Fortalte om &lt;familien&gt; &amp; skolen');
    expect(html).not.toContain(cpr.slice(7));
    expect(html).not.toContain('Kim Koordinator');
    expect(html).not.toContain(env.coordinator.email);
    expect(html).not.toMatch(/<script|src=|href=/);
    // Issue #16: every value is in words ("mandag formiddag", "cykel, bus og tog"), never a code.
    expect(codesShown(html)).toEqual([]);
    for (const text of [
      'Ingen uddannelse lige nu',
      'mandag formiddag, onsdag eftermiddag',
      '7 km · cykel, bus og tog',
      'Indskrevet i programmet',
      'Mor',
    ])
      expect(html, text).toContain(text);
  });

  it('exports JSON with every part and the audit events by role only, and audits the export', async () => {
    const { p } = await fullRecord('Jasmin');
    const res = await env.c.get(`${base(p.id)}/export?format=json`);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="jobbro-oplysninger-${p.id}.json"`);
    const data = res.json();
    expect(data.participant).toMatchObject({
      firstName: 'Jasmin',
      priority: { flagged: true, note: 'Svær situation' },
      interests: [
        { code: 'retail', name: 'Butik og detailhandel' },
        { code: 'kitchen', name: 'Køkken og madlavning' },
      ],
    });
    expect(data.ladder).toHaveLength(2);
    expect(data.talks[0]).toMatchObject({ kind: 'intake', nextSteps: [expect.objectContaining({ description: 'Besøg køkkenet' })] });
    expect(data.consents[0]).toMatchObject({ purpose: 'share_job_centre', guardianName: 'Hanne Jensen' });
    expect(data.guardians).toHaveLength(1);
    expect(data.guardianNotices).toHaveLength(1);
    for (const e of data.auditEvents) expect(Object.keys(e).sort()).toEqual(['action', 'actorRole', 'at', 'subjectType']);
    expect(data.auditEvents.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['create', 'read', 'update', 'export']),
    );
    expect(res.body).not.toContain(env.coordinator.id);
    expect((await auditAbout(t, p.id)).filter((e) => e.action === 'export')).toEqual([
      expect.objectContaining({ details: { format: 'json' } }),
    ]);
  });
});

describe('erasure', () => {
  it('anonymises the person and their guardians, keeping what statistics need', async () => {
    const { p } = await fullRecord('Slet');
    const before = (await env.c.get(base(p.id))).json();
    const res = await env.c.post(`${base(p.id)}/anonymise`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ id: p.id, anonymisedAt: expect.any(String) });
    const after = (await env.c.get(base(p.id))).json();
    expect(after).toMatchObject({
      // Issue #16: one clear "Anonymiseret person", not "Anonymiseret Anonymiseret".
      firstName: 'Anonymiseret',
      lastName: 'person',
      birthDate: `${before.birthDate.slice(0, 7)}-01`,
      email: null,
      phone: null,
      cpr: null,
      goals: null,
      skills: [],
      school: null,
      priority: { flagged: true, note: null },
      kind: 'youth',
      siteId: env.site.id,
      step: 2,
      status: 'active',
      interests: before.interests,
      anonymisedAt: expect.any(String),
    });
    expect(after.ladder.map((e: { onDate: string; toStep: number; ageOnDate: number }) => [e.onDate, e.toStep, e.ageOnDate])).toEqual(
      before.ladder.map((e: { onDate: string; toStep: number; ageOnDate: number }) => [e.onDate, e.toStep, e.ageOnDate]),
    );
    expect(after.talks.map((x: { kind: string; heldOn: string; summary: string }) => [x.kind, x.heldOn, x.summary])).toEqual([
      ['intake', daysAgo(3), ''],
    ]);
    expect(after.consents.map((c: { purpose: string; givenOn: string }) => [c.purpose, c.givenOn])).toEqual(
      before.consents.map((c: { purpose: string; givenOn: string }) => [c.purpose, c.givenOn]),
    );
    expect(after.guardians).toEqual([expect.objectContaining({ name: 'Anonymiseret', phone: null, relation: 'mother' })]);
    expect(after.guardianNotices[0]).toMatchObject({ jobDescription: '', informedOn: daysAgo(2), cosignedOn: daysAgo(2) });
    const row = await t.db.selectFrom('participants').select(['cpr_enc', 'cpr_hash']).where('id', '=', p.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ cpr_enc: null, cpr_hash: null });
    expect((await auditAbout(t, p.id)).find((e) => e.action === 'delete')).toMatchObject({
      details: { anonymised: true, reason: 'erasure_request', heldByLaw: [] },
    });

    expect((await env.c.post(`${base(p.id)}/anonymise`)).json().error.code).toBe('participant_anonymised');
    expect((await env.c.request('PATCH', base(p.id), { version: after.version, goals: 'x' })).json().error.code).toBe(
      'participant_anonymised',
    );
    const list = (await env.c.get(`/api/programmes/${env.p.id}/participants`)).json().participants;
    expect(list.map((x: { id: string }) => x.id)).not.toContain(p.id);
  });
});

describe('retention', () => {
  async function makeInactive(id: string, months: number) {
    const ago = sql<Date>`now() - make_interval(months => ${months}::int)`;
    await t.db
      .updateTable('ladder_events')
      .set({ on_date: sql<string>`(${ago})::date` })
      .where('participant_id', '=', id)
      .execute();
    await t.db.updateTable('participants').set({ created_at: ago, updated_at: ago }).where('id', '=', id).execute();
  }

  it('previews who would be anonymised, then runs it (administrators), as the scheduled job does for all programmes', async () => {
    const old = await createParticipant(env.c, env.p.id, adult(env.site.id, { firstName: 'Gammel', lastName: 'Inaktiv', email: null }));
    const recent = await createParticipant(env.c, env.p.id, adult(env.site.id, { firstName: 'Ny', email: null }));
    await makeInactive(old.id, 30);
    await makeInactive(recent.id, 12);

    const preview = await env.c.get(`/api/programmes/${env.p.id}/retention/preview`);
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({
      retentionMonths: 24,
      candidates: [{ id: old.id, firstName: 'Gammel', monthsInactive: 30, lastActivityOn: expect.any(String) }],
    });
    expect(preview.body).not.toContain('Inaktiv');
    expect((await env.c.post(`/api/programmes/${env.p.id}/retention/run`)).statusCode).toBe(403);

    const admin = await t.member(env.p.id, 'administrator');
    await admin.client.request('PATCH', `/api/programmes/${env.p.id}/settings`, { retentionMonths: 36 });
    expect((await admin.client.get(`/api/programmes/${env.p.id}/retention/preview`)).json().candidates).toEqual([]);
    await admin.client.request('PATCH', `/api/programmes/${env.p.id}/settings`, { retentionMonths: 24 });
    const run = await admin.client.post(`/api/programmes/${env.p.id}/retention/run`);
    expect(run.json()).toEqual({ anonymised: 1, ids: [old.id] });
    expect((await env.c.get(base(old.id))).json().firstName).toBe('Anonymiseret');
    expect((await env.c.get(base(recent.id))).json().firstName).toBe('Ny');

    const other = await programmeWithCoordinator(t);
    const elsewhere = await createParticipant(other.c, other.p.id, youth(other.site.id, { birthDate: yearsAgo(13, 10) }));
    await makeInactive(elsewhere.id, 25);
    await asSystem(t.db, (trx) => trx.insertInto('jobs').values({ queue: 'participants.retention', payload: '{}' }).execute());
    expect(await t.drainJobs()).toBeGreaterThanOrEqual(1);
    const job = await t.db
      .selectFrom('jobs')
      .select(['done_at', 'result'])
      .where('queue', '=', 'participants.retention')
      .executeTakeFirstOrThrow();
    expect(job).toMatchObject({ done_at: expect.any(Date), result: { anonymised: 1 } });
    const scrubbed = await t.db
      .selectFrom('participants')
      .select(['first_name', 'anonymised_at'])
      .where('id', '=', elsewhere.id)
      .executeTakeFirstOrThrow();
    expect(scrubbed.first_name).toBe('Anonymiseret');
    const audit = await auditAbout(t, elsewhere.id);
    expect(audit.at(-1)).toMatchObject({ action: 'delete', actor_role: null, details: { reason: 'retention' } });
  });
});
