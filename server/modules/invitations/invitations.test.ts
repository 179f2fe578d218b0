import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, PASSWORD, type TestApp } from '../../../test/support/app.ts';
import { currentTotp } from '../auth/index.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ TRUST_PROXY: 'true' });
});
afterAll(() => t.close());

async function linkFor(email: string) {
  await t.drainJobs();
  const mail = await t.smtp.waitFor(email);
  return { mail, token: /invitation\/([\w-]+)/.exec(mail.text)![1]! };
}

describe('invitations', () => {
  it('e-mails a Danish invitation; accepting creates the account, membership and a session', async () => {
    const p = await t.createProgramme('Jobplaneten Testby');
    const admin = await t.member(p.id, 'administrator', { name: 'Ada Admin' });
    const res = await admin.client.post(`/api/programmes/${p.id}/invitations`, {
      email: 'Ny.Koordinator@Example.test',
      role: 'coordinator',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ email: 'ny.koordinator@example.test', role: 'coordinator', acceptedAt: null });

    const { mail, token } = await linkFor('ny.koordinator@example.test');
    expect(mail.subject).toBe('Invitation til Jobplaneten Testby i Jobbro');
    expect(mail.text).toContain('Ada Admin har inviteret dig til Jobplaneten Testby i Jobbro som koordinator.');

    const c = t.client();
    const lookup = await c.post('/api/invitations/lookup', { token });
    expect(lookup.json()).toEqual({
      email: 'ny.koordinator@example.test',
      role: 'coordinator',
      programmeName: 'Jobplaneten Testby',
      existingUser: false,
    });
    const nameless = await c.post('/api/invitations/accept', { token, password: PASSWORD });
    expect(nameless.json().error.details.issues).toEqual([expect.objectContaining({ path: ['name'], code: 'name_required' })]);
    const short = await c.post('/api/invitations/accept', { token, name: 'Kim', password: 'short' });
    expect(short.json().error.code).toBe('password_too_short');
    const accepted = await c.post('/api/invitations/accept', { token, name: 'Kim Koordinator', password: PASSWORD });
    expect(accepted.statusCode).toBe(201);
    expect(accepted.json()).toEqual({ stage: 'totp_setup_required' });
    const setup = (await c.post('/api/auth/totp/setup')).json();
    expect((await c.post('/api/auth/totp/enable', { code: currentTotp(setup.secret) })).json()).toEqual({ stage: 'full' });
    const me = (await c.get('/api/auth/me')).json();
    expect(me.memberships).toEqual([{ programmeId: p.id, programmeName: 'Jobplaneten Testby', role: 'coordinator', organisationId: null }]);

    const again = await t.client().post('/api/invitations/accept', { token, name: 'Kim', password: PASSWORD });
    expect(again.statusCode).toBe(404);
    expect(again.json().error.code).toBe('invitation_invalid');
  });

  it('lets an existing user accept with their own password', async () => {
    const p = await t.createProgramme();
    const admin = await t.member(p.id, 'administrator');
    const existing = await t.createUser({ email: 'existing@example.test' });
    await admin.client.post(`/api/programmes/${p.id}/invitations`, { email: 'existing@example.test', role: 'evaluator' });
    const { token } = await linkFor('existing@example.test');
    expect((await t.client().post('/api/invitations/lookup', { token })).json().existingUser).toBe(true);
    const wrong = await t.client().post('/api/invitations/accept', { token, name: 'x', password: 'not my password' });
    expect(wrong.json().error.code).toBe('invalid_credentials');
    const ok = await t.client().post('/api/invitations/accept', { token, password: PASSWORD });
    expect(ok.statusCode).toBe(201);
    const roles = await t.db.selectFrom('memberships').select('role').where('user_id', '=', existing.id).execute();
    expect(roles).toEqual([{ role: 'evaluator' }]);
  });

  it('answers one of several simultaneous accepts of one invitation with 201 and audits only that one (issue #17)', async () => {
    const p = await t.createProgramme();
    const admin = await t.member(p.id, 'administrator');
    await admin.client.post(`/api/programmes/${p.id}/invitations`, { email: 'race@example.test', role: 'mentor' });
    const { token } = await linkFor('race@example.test');
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => t.client().post('/api/invitations/accept', { token, name: 'Rask Mentor', password: PASSWORD })),
    );
    expect(responses.filter((r) => r.statusCode === 201)).toHaveLength(1);
    const lost = responses.filter((r) => r.statusCode !== 201);
    expect(lost.map((r) => [r.statusCode, r.json().error.code])).toEqual(Array(4).fill([404, 'invitation_invalid']));
    const inv = await t.db.selectFrom('invitations').select('id').where('email', '=', 'race@example.test').executeTakeFirstOrThrow();
    const audited = await t.db
      .selectFrom('audit_events')
      .select('id')
      .where('subject_type', '=', 'invitation')
      .where('action', '=', 'update')
      .where('subject_id', '=', inv.id)
      .execute();
    expect(audited).toHaveLength(1);
    const users = await t.db.selectFrom('users').select('id').where('email', '=', 'race@example.test').execute();
    expect(users).toHaveLength(1);
  });

  it('counts wrong passwords on acceptance toward the same lock and per-address limit as the login form', async () => {
    const p = await t.createProgramme();
    const admin = await t.member(p.id, 'administrator');
    const existing = await t.createUser({ email: 'guessed@example.test' });
    await admin.client.post(`/api/programmes/${p.id}/invitations`, { email: 'guessed@example.test', role: 'evaluator' });
    const { token } = await linkFor('guessed@example.test');
    const from = { 'x-forwarded-for': '192.0.2.44' };
    const codes = [];
    for (let i = 0; i < t.config.LOGIN_MAX_FAILURES; i++)
      codes.push((await t.client().post('/api/invitations/accept', { token, password: 'not my password' }, from)).json().error.code);
    expect(codes).toEqual([...Array(t.config.LOGIN_MAX_FAILURES - 1).fill('invalid_credentials'), 'account_locked']);
    expect((await t.client().post('/api/invitations/accept', { token, password: PASSWORD }, from)).statusCode).toBe(423);
    expect((await t.client().post('/api/auth/login', { email: existing.email, password: PASSWORD }, from)).statusCode).toBe(423);
    const failures = await t.db.selectFrom('rate_limits').select('hits').where('key', '=', 'login:ip:192.0.2.44').execute();
    expect(failures.reduce((n, r) => n + r.hits, 0)).toBe(t.config.LOGIN_MAX_FAILURES);
  });

  it('refuses a duplicate open invitation and a role above the inviter', async () => {
    const p = await t.createProgramme();
    const coordinator = await t.member(p.id, 'coordinator');
    const first = await coordinator.client.post(`/api/programmes/${p.id}/invitations`, { email: 'dup@example.test', role: 'mentor' });
    expect(first.statusCode).toBe(201);
    const dup = await coordinator.client.post(`/api/programmes/${p.id}/invitations`, { email: 'dup@example.test', role: 'mentor' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('invitation_exists');
    const up = await coordinator.client.post(`/api/programmes/${p.id}/invitations`, { email: 'boss@example.test', role: 'administrator' });
    expect(up.statusCode).toBe(403);
    const list = (await coordinator.client.get(`/api/programmes/${p.id}/invitations`)).json().invitations;
    expect(list.map((i: { email: string }) => i.email)).toEqual(['dup@example.test']);
  });

  it('refuses roles that cannot invite, and expired links', async () => {
    const p = await t.createProgramme();
    const mentor = await t.member(p.id, 'mentor');
    expect((await mentor.client.post(`/api/programmes/${p.id}/invitations`, { email: 'x@example.test', role: 'mentor' })).statusCode).toBe(
      403,
    );
    const admin = await t.member(p.id, 'administrator');
    await admin.client.post(`/api/programmes/${p.id}/invitations`, { email: 'late@example.test', role: 'funder' });
    const { token } = await linkFor('late@example.test');
    await t.db
      .updateTable('invitations')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('email', '=', 'late@example.test')
      .execute();
    const res = await t.client().post('/api/invitations/lookup', { token });
    expect(res.statusCode).toBe(410);
    expect(res.json().error.code).toBe('invitation_expired');
  });

  it('rejects a malformed e-mail and an unknown role with field paths', async () => {
    const p = await t.createProgramme();
    const admin = await t.member(p.id, 'administrator');
    const res = await admin.client.post(`/api/programmes/${p.id}/invitations`, { email: 'nope', role: 'king' });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .error.details.issues.map((i: { path: string[] }) => i.path[0])
        .sort(),
    ).toEqual(['email', 'role']);
  });
});
