import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, PASSWORD, type TestApp } from '../../../test/support/app.ts';
import { today } from '../../lib/clock.ts';
import { createParticipant, issues, programmeWithCoordinator, youth, yearsAgo, photoConsent } from './fixtures.ts';

let t: TestApp;
let env: Awaited<ReturnType<typeof programmeWithCoordinator>>;
beforeAll(async () => {
  t = await createTestApp();
  env = await programmeWithCoordinator(t);
});
beforeEach(async () => {
  await t.db.deleteFrom('rate_limits').execute();
});
afterAll(() => t.close());

const base = (id: string) => `/api/programmes/${env.p.id}/participants/${id}`;
const CODE = /^[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{4}-[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{4}$/;

async function codeFor(participantId: string, target: unknown = 'participant') {
  const res = await env.c.post(`${base(participantId)}/portal-codes`, { for: target });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

describe('portal codes', () => {
  it('creates a one-time code, stored hashed, that replaces the previous one', async () => {
    const p = await createParticipant(env.c, env.p.id, youth(env.site.id));
    const first = await codeFor(p.id);
    expect(first).toMatchObject({ code: expect.stringMatching(CODE), for: 'participant', guardianId: null });
    expect(new Date(first.expiresAt).getTime() - Date.now()).toBeGreaterThan(13.9 * 86400_000);
    const stored = await t.db.selectFrom('portal_codes').select('code_hash').where('participant_id', '=', p.id).execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]!.code_hash).not.toContain(first.code.replace('-', ''));
    const second = await codeFor(p.id);
    expect((await t.client().post('/api/portal/redeem', { code: first.code, password: PASSWORD })).json().error.code).toBe(
      'portal_code_invalid',
    );
    expect((await t.client().post('/api/portal/redeem', { code: second.code, password: 'short' })).json().error.code).toBe(
      'password_too_short',
    );
  });

  it('lets a youth without e-mail redeem a code, get a login name, and log in with it later', async () => {
    const p = await createParticipant(env.c, env.p.id, youth(env.site.id, { firstName: 'Ålea' }));
    const { code } = await codeFor(p.id);
    const c = t.client();
    const res = await c.post('/api/portal/redeem', { code: code.toLowerCase().replace('-', ' '), password: PASSWORD });
    expect(res.statusCode).toBe(201);
    const { stage, username } = res.json();
    expect(stage).toBe('full');
    expect(username).toMatch(/^aalea\d{4}$/);
    const me = (await c.get('/api/portal/me')).json();
    expect(me).toMatchObject({ user: { username, email: null }, children: [] });
    expect(me.self).toEqual([
      expect.objectContaining({
        id: p.id,
        firstName: 'Ålea',
        step: 1,
        programmeName: env.p.name,
        jobs: [],
        shifts: [],
        hours: [],
        activities: [],
        consents: [],
      }),
    ]);
    expect(me.self[0]).not.toHaveProperty('priority');
    expect((await t.client().post('/api/portal/redeem', { code, password: PASSWORD })).json().error.code).toBe('portal_code_invalid');
    expect((await env.c.post(`${base(p.id)}/portal-codes`, { for: 'participant' })).json().error.code).toBe('portal_already_linked');
    expect((await env.c.get(base(p.id))).json().hasPortalAccount).toBe(true);

    const login = await t.client().post('/api/auth/login', { email: username.toUpperCase(), password: PASSWORD });
    expect(login.json()).toEqual({ stage: 'full' });
    expect(
      (await t.client().post('/api/auth/login', { email: 'no spaces allowed', password: PASSWORD })).json().error.details.issues[0],
    ).toMatchObject({ path: ['email'], code: 'login_format' });

    // Own data only: staff endpoints stay closed.
    expect((await c.get(`/api/programmes/${env.p.id}/participants`)).statusCode).toBe(403);
    expect((await c.get(base(p.id))).statusCode).toBe(404);
  });

  it('refuses a login name in use, an expired code, and too many attempts', async () => {
    const a = await createParticipant(env.c, env.p.id, youth(env.site.id, { firstName: 'Navn' }));
    const b = await createParticipant(env.c, env.p.id, youth(env.site.id, { firstName: 'Andet' }));
    expect(
      (await t.client().post('/api/portal/redeem', { code: (await codeFor(a.id)).code, username: 'navn.a', password: PASSWORD }))
        .statusCode,
    ).toBe(201);
    const taken = await t.client().post('/api/portal/redeem', { code: (await codeFor(b.id)).code, username: 'navn.a', password: PASSWORD });
    expect(taken.json().error).toMatchObject({ code: 'conflict', details: { field: 'username' } });
    expect(issues(await t.client().post('/api/portal/redeem', { code: 'ABCD-EFGH', username: 'x', password: PASSWORD }))).toEqual({
      username: 'username_format',
    });
    const { code } = await codeFor(b.id);
    await t.db
      .updateTable('portal_codes')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('participant_id', '=', b.id)
      .execute();
    expect((await t.client().post('/api/portal/redeem', { code, password: PASSWORD })).json().error.code).toBe('portal_code_invalid');
    await t.db.deleteFrom('rate_limits').execute();
    const attempts = [];
    for (let i = 0; i < 11; i++)
      attempts.push((await t.client().post('/api/portal/redeem', { code: 'ZZZZ-ZZZZ', password: PASSWORD })).json().error.code);
    expect(attempts.slice(0, 10).every((c) => c === 'portal_code_invalid')).toBe(true);
    expect(attempts[10]).toBe('rate_limited');
  });
});

const NAMES = ['Asta', 'Bo', 'Cecilie', 'Dennis', 'Ellen', 'Frej', 'Gry', 'Holger', 'Ida', 'Jens', 'Karla'];

describe('the per-address limit on redemptions', () => {
  it('counts failed redemptions only, so a club behind one address can redeem more codes than the limit', async () => {
    const codes = [];
    for (let i = 0; i < 11; i++)
      codes.push(
        (
          await codeFor(
            (
              await createParticipant(
                env.c,
                env.p.id,
                youth(env.site.id, { firstName: NAMES[i], lastName: `${NAMES[i]}sen`, birthDate: yearsAgo(14, 30 + 20 * i) }),
              )
            ).id,
          )
        ).code,
      );
    for (const code of codes) expect((await t.client().post('/api/portal/redeem', { code, password: PASSWORD })).statusCode).toBe(201);
    const attempts = [];
    for (let i = 0; i < 11; i++)
      attempts.push((await t.client().post('/api/portal/redeem', { code: 'ZZZZ-ZZZZ', password: PASSWORD })).json().error.code);
    expect(attempts.slice(0, 10).every((c) => c === 'portal_code_invalid')).toBe(true);
    expect(attempts[10]).toBe('rate_limited');
  });
});

describe('the participant’s own page', () => {
  it('lets a participant update contact details, availability and interests, and withdraw their consent', async () => {
    const p = await createParticipant(env.c, env.p.id, youth(env.site.id, { firstName: 'Selv' }));
    const consent = (await env.c.post(`${base(p.id)}/consents`, photoConsent())).json();
    const c = t.client();
    await c.post('/api/portal/redeem', { code: (await codeFor(p.id)).code, password: PASSWORD });
    const res = await c.request('PATCH', '/api/portal/me', {
      phone: '+45 99887766',
      availability: ['fri-pm', 'sat-am'],
      interests: ['it'],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().self[0]).toMatchObject({ phone: '+45 99887766', availability: ['fri-pm', 'sat-am'], interests: ['it'] });
    expect((await env.c.get(base(p.id))).json()).toMatchObject({ phone: '+45 99887766', version: 3 });
    expect(issues(await c.request('PATCH', '/api/portal/me', { interests: ['space'], availability: ['mon-night'] }))).toEqual({
      'availability.0': 'availability_slot',
    });
    expect(issues(await c.request('PATCH', '/api/portal/me', { interests: ['space'] }))).toEqual({ 'interests.0': 'interest_unknown' });

    const other = t.client();
    const q = await createParticipant(env.c, env.p.id, youth(env.site.id, { firstName: 'Fremmed' }));
    await other.post('/api/portal/redeem', { code: (await codeFor(q.id)).code, password: PASSWORD });
    expect((await other.post(`/api/portal/consents/${consent.id}/revoke`)).statusCode).toBe(404);
    const revoked = await c.post(`/api/portal/consents/${consent.id}/revoke`);
    expect(revoked.json()).toMatchObject({ id: consent.id, inForce: false, organisationNames: [] });
    expect((await env.c.get(base(p.id))).json().consents[0].inForce).toBe(false);
  });

  it('is closed to staff', async () => {
    expect((await env.c.get('/api/portal/me')).statusCode).toBe(403);
  });
});

describe('guardians in the portal', () => {
  it('lets a guardian see their children and give or withdraw consent; a second code links the same account', async () => {
    const child = await createParticipant(env.c, env.p.id, youth(env.site.id, { firstName: 'Barn', lastName: 'Olsen' }));
    const sibling = await createParticipant(
      env.c,
      env.p.id,
      youth(env.site.id, { firstName: 'Søskende', lastName: 'Olsen', birthDate: yearsAgo(16) }),
    );
    const g1 = (
      await env.c.post(`${base(child.id)}/guardians`, { name: 'Mette Olsen', relation: 'mother', email: 'mette@example.test' })
    ).json();
    const g2 = (
      await env.c.post(`${base(sibling.id)}/guardians`, { name: 'Mette Olsen', relation: 'mother', email: 'mette@example.test' })
    ).json();
    const first = await codeFor(child.id, { guardianId: g1.id });
    expect(first).toMatchObject({ for: 'guardian', guardianId: g1.id });
    const c = t.client();
    const redeemed = await c.post('/api/portal/redeem', {
      code: first.code,
      username: 'mette.olsen',
      email: 'mette@example.test',
      password: PASSWORD,
    });
    expect(redeemed.json()).toEqual({ stage: 'full', username: 'mette.olsen' });
    expect((await c.post('/api/portal/redeem', { code: (await codeFor(sibling.id, { guardianId: g2.id })).code })).json()).toEqual({
      stage: 'full',
      username: 'mette.olsen',
    });
    const me = (await c.get('/api/portal/me')).json();
    expect(me.user).toMatchObject({ username: 'mette.olsen', email: 'mette@example.test' });
    expect(me.self).toEqual([]);
    expect(me.children.map((x: { firstName: string }) => x.firstName).sort()).toEqual(['Barn', 'Søskende']);
    expect(await t.db.selectFrom('users').select('id').where('username', '=', 'mette.olsen').execute()).toHaveLength(1);

    // Choosing no partner shares with nobody: refused, never read as every partner (issue #16, item 2).
    expect(
      issues(await c.post(`/api/portal/children/${child.id}/consents`, { purpose: 'evaluation', dataCategories: ['ladder'] })),
    ).toEqual({
      organisationIds: 'consent_partners_required',
    });
    expect(
      issues(
        await c.post(`/api/portal/children/${child.id}/consents`, {
          purpose: 'evaluation',
          dataCategories: ['ladder'],
          allPartners: true,
          organisationIds: ['00000000-0000-4000-8000-000000000000'],
        }),
      ),
    ).toEqual({ organisationIds: 'consent_partners_all_or_some' });
    expect(await t.db.selectFrom('consents').select('id').where('participant_id', '=', child.id).execute()).toEqual([]);
    const given = await c.post(`/api/portal/children/${child.id}/consents`, {
      purpose: 'evaluation',
      dataCategories: ['ladder'],
      allPartners: true,
    });
    expect(given.statusCode).toBe(201);
    expect(given.json()).toMatchObject({
      purpose: 'evaluation',
      givenBy: 'guardian',
      guardianId: g1.id,
      method: 'portal',
      givenOn: today(),
      inForce: true,
    });
    expect(
      issues(
        await c.post(`/api/portal/children/${child.id}/consents`, {
          purpose: 'evaluation',
          dataCategories: ['ladder'],
          organisationIds: ['00000000-0000-4000-8000-000000000000'],
        }),
      ),
    ).toEqual({ 'organisationIds.0': 'organisation_not_partner' });
    const stranger = await createParticipant(env.c, env.p.id, youth(env.site.id, { firstName: 'Ikke', lastName: 'Mit' }));
    expect(
      (await c.post(`/api/portal/children/${stranger.id}/consents`, { purpose: 'photos', dataCategories: ['profile'], allPartners: true }))
        .statusCode,
    ).toBe(404);
    expect((await c.post(`/api/portal/consents/${given.json().id}/revoke`)).json().inForce).toBe(false);
    expect((await env.c.get(base(child.id))).json().guardians[0].hasPortalAccount).toBe(true);
  });

  it('disables the portal account when the person is anonymised', async () => {
    const p = await createParticipant(env.c, env.p.id, youth(env.site.id, { firstName: 'Forsvind' }));
    const c = t.client();
    const { username } = (await c.post('/api/portal/redeem', { code: (await codeFor(p.id)).code, password: PASSWORD })).json();
    await env.c.post(`${base(p.id)}/anonymise`);
    expect((await c.get('/api/portal/me')).statusCode).toBe(403);
    await t.drainJobs();
    const user = await t.db
      .selectFrom('users')
      .select(['name', 'username', 'disabled_at', 'password_hash'])
      .where('username', 'like', 'deleted-%')
      .execute();
    expect(user).toEqual([expect.objectContaining({ name: 'Anonymiseret', password_hash: null, disabled_at: expect.any(Date) })]);
    expect((await t.client().post('/api/auth/login', { email: username, password: PASSWORD })).statusCode).toBe(401);
  });
});
