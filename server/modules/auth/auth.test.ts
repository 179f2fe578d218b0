import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, PASSWORD, type TestApp } from '../../../test/support/app.ts';
import { currentTotp } from './totp.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ LOGIN_MAX_FAILURES: '3', LOGIN_RATE_LIMIT_PER_IP: '8', TRUST_PROXY: 'true' });
});
afterAll(() => t.close());

describe('login', () => {
  it('logs a user without required TOTP straight in', async () => {
    const p = await t.createProgramme();
    const user = await t.createUser();
    await t.addMembership(user.id, p.id, 'employer_contact');
    const c = t.client();
    const res = await c.post('/api/auth/login', { email: user.email, password: PASSWORD });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ stage: 'full' });
    const me = await c.get('/api/auth/me');
    expect(me.json()).toMatchObject({
      stage: 'full',
      user: { email: user.email },
      memberships: [{ programmeId: p.id, role: 'employer_contact' }],
    });
  });

  it('asks for TOTP when enabled, and only a valid code completes the login', async () => {
    const user = await t.createUser({ totp: true, platformAdmin: true });
    const c = t.client();
    expect((await c.post('/api/auth/login', { email: user.email, password: PASSWORD })).json()).toEqual({ stage: 'totp_required' });
    expect((await c.get('/api/programmes')).json().error.code).toBe('mfa_required');
    const wrong = await c.post('/api/auth/totp/verify', { code: '000000' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.code).toBe('totp_invalid');
    const ok = await c.post('/api/auth/totp/verify', { code: currentTotp(user.totpSecret!) });
    expect(ok.json()).toEqual({ stage: 'full' });
    expect((await c.get('/api/programmes')).statusCode).toBe(200);
  });

  it('refuses a replayed TOTP code', async () => {
    const user = await t.createUser({ totp: true });
    const code = currentTotp(user.totpSecret!);
    const a = t.client();
    await a.post('/api/auth/login', { email: user.email, password: PASSWORD });
    expect((await a.post('/api/auth/totp/verify', { code })).statusCode).toBe(200);
    const b = t.client();
    await b.post('/api/auth/login', { email: user.email, password: PASSWORD });
    expect((await b.post('/api/auth/totp/verify', { code })).json().error.code).toBe('totp_invalid');
  });

  it('makes coordinators enrol in TOTP before anything else', async () => {
    const p = await t.createProgramme();
    const user = await t.createUser();
    await t.addMembership(user.id, p.id, 'coordinator');
    const c = t.client();
    expect((await c.post('/api/auth/login', { email: user.email, password: PASSWORD })).json()).toEqual({ stage: 'totp_setup_required' });
    expect((await c.get(`/api/programmes/${p.id}`)).statusCode).toBe(401);
    const setup = (await c.post('/api/auth/totp/setup')).json();
    expect(setup.otpauthUrl).toMatch(/^otpauth:\/\/totp\//);
    expect(setup.qrSvg).toContain('<svg');
    const enabled = await c.post('/api/auth/totp/enable', { code: currentTotp(setup.secret) });
    expect(enabled.json()).toEqual({ stage: 'full' });
    expect((await c.get(`/api/programmes/${p.id}`)).statusCode).toBe(200);
  });

  it('issues a new session token when the TOTP code completes the login, and the pending one stops working', async () => {
    const user = await t.createUser({ totp: true });
    const c = t.client();
    await c.post('/api/auth/login', { email: user.email, password: PASSWORD });
    const pending = c.cookies.get('jobbro_session')!;
    const ok = await c.post('/api/auth/totp/verify', { code: currentTotp(user.totpSecret!) });
    expect(ok.json()).toEqual({ stage: 'full' });
    const full = c.cookies.get('jobbro_session')!;
    expect(full).not.toBe(pending);
    expect((await c.get('/api/auth/me')).json().stage).toBe('full');
    const old = t.client();
    old.cookies.set('jobbro_session', pending);
    expect((await old.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('issues a new session token when TOTP enrolment completes, and the pending one stops working', async () => {
    const user = await t.createUser();
    const p = await t.createProgramme();
    await t.addMembership(user.id, p.id, 'coordinator');
    const c = t.client();
    await c.post('/api/auth/login', { email: user.email, password: PASSWORD });
    const pending = c.cookies.get('jobbro_session')!;
    const setup = (await c.post('/api/auth/totp/setup')).json();
    expect((await c.post('/api/auth/totp/enable', { code: currentTotp(setup.secret) })).json()).toEqual({ stage: 'full' });
    expect(c.cookies.get('jobbro_session')).not.toBe(pending);
    expect((await c.get(`/api/programmes/${p.id}`)).statusCode).toBe(200);
    const old = t.client();
    old.cookies.set('jobbro_session', pending);
    expect((await old.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('gives the same answer for an unknown e-mail and a wrong password, and audits both', async () => {
    const user = await t.createUser();
    const unknown = await t.client().post('/api/auth/login', { email: 'nobody@example.test', password: 'whatever-long' });
    const wrong = await t.client().post('/api/auth/login', { email: user.email, password: 'wrong password!' });
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json().error.code).toBe('invalid_credentials');
    expect(wrong.json().error.code).toBe('invalid_credentials');
    const events = await t.db
      .selectFrom('audit_events')
      .select(['action', 'subject_id', 'details', 'ip', 'request_id'])
      .where('action', '=', 'login_failed')
      .execute();
    expect(events.some((e) => e.subject_id === user.id && e.ip && e.request_id)).toBe(true);
    expect(events.some((e) => (e.details as { email?: string }).email === 'nobody@example.test')).toBe(true);
  });

  it('locks the account after repeated failures, and a correct password does not unlock it', async () => {
    const user = await t.createUser();
    const c = t.client();
    const codes = [];
    for (let i = 0; i < 3; i++)
      codes.push((await c.post('/api/auth/login', { email: user.email, password: 'wrong password!' })).json().error.code);
    expect(codes).toEqual(['invalid_credentials', 'invalid_credentials', 'account_locked']);
    const res = await c.post('/api/auth/login', { email: user.email, password: PASSWORD });
    expect(res.statusCode).toBe(423);
    expect(res.json().error.details.lockedUntil).toBeTruthy();
  });

  it('counts only failed logins toward the per-IP limit, so many people behind one address can log in', async () => {
    const from = { 'x-forwarded-for': '198.51.100.3' };
    const users = [];
    for (let i = 0; i <= t.config.LOGIN_RATE_LIMIT_PER_IP; i++) users.push(await t.createUser());
    for (const user of users)
      expect((await t.client().post('/api/auth/login', { email: user.email, password: PASSWORD }, from)).statusCode).toBe(200);
    const codes = [];
    for (let i = 0; i <= t.config.LOGIN_RATE_LIMIT_PER_IP; i++)
      codes.push(
        (await t.client().post('/api/auth/login', { email: `nobody${i}@example.test`, password: 'wrong password!' }, from)).statusCode,
      );
    expect(codes).toEqual([...Array(t.config.LOGIN_RATE_LIMIT_PER_IP).fill(401), 429]);
  });

  it('validates the body with field paths', async () => {
    const res = await t.client().post('/api/auth/login', { email: 'not an e-mail' });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.details.issues.map((i: { path: string[] }) => i.path.join('.'))).toEqual(
      expect.arrayContaining(['email', 'password']),
    );
  });

  it('logs out and forgets the session', async () => {
    const user = await t.createUser();
    const c = await t.loginAs(user.id);
    expect((await c.get('/api/auth/me')).statusCode).toBe(200);
    expect((await c.post('/api/auth/logout')).statusCode).toBe(204);
    expect((await c.get('/api/auth/me')).statusCode).toBe(401);
  });
});

describe('lockout', () => {
  const from = (ip: string) => ({ 'x-forwarded-for': ip });
  const attempt = (email: string, password: string, ip: string) => t.client().post('/api/auth/login', { email, password }, from(ip));
  /** What a client can tell apart: the status and the body, with the lock's moment reduced to its presence. */
  const answer = (res: { statusCode: number; json(): any }) => {
    const { error } = res.json();
    return { status: res.statusCode, code: error.code, message: error.message, details: Object.keys(error.details ?? {}) };
  };

  it('answers an unknown address exactly like a real account, also once it locks', async () => {
    const user = await t.createUser();
    const real = [];
    const unknown = [];
    for (let i = 0; i < 4; i++) {
      real.push(answer(await attempt(user.email, 'wrong password!', '203.0.113.10')));
      unknown.push(answer(await attempt('ghost-account@example.test', 'wrong password!', '203.0.113.10')));
    }
    expect(unknown).toEqual(real);
    expect(real.map((a) => a.status)).toEqual([401, 401, 423, 423]);
  });

  it('locks only the address that guessed, and backs off exponentially', async () => {
    const user = await t.createUser({ platformAdmin: true });
    for (let i = 0; i < 3; i++) await attempt(user.email, 'wrong password!', '203.0.113.20');
    expect((await attempt(user.email, PASSWORD, '203.0.113.20')).statusCode).toBe(423);
    expect((await attempt(user.email, PASSWORD, '203.0.113.21')).statusCode).toBe(200);

    // Once the first lock has run out, a single further failure locks again, for twice as long.
    await t.db
      .updateTable('login_failures')
      .set({ locked_until: new Date(Date.now() - 1000) })
      .execute();
    const again = await attempt(user.email, 'wrong password!', '203.0.113.20');
    expect(again.statusCode).toBe(423);
    const minutes = (Date.parse(again.json().error.details.lockedUntil) - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(1.5 * t.config.LOGIN_LOCK_MINUTES);
    expect(minutes).toBeLessThanOrEqual(2 * t.config.LOGIN_LOCK_MINUTES);
  });

  it('has a softer ceiling per account for guesses from many addresses, and a password reset lifts it', async () => {
    const user = await t.createUser();
    const sources = ['203.0.113.31', '203.0.113.32', '203.0.113.33', '203.0.113.34'];
    const codes = [];
    for (const ip of sources) for (let i = 0; i < 3; i++) codes.push((await attempt(user.email, 'wrong password!', ip)).statusCode);
    expect(codes).toEqual([401, 401, 423, 401, 401, 423, 401, 401, 423, 401, 401, 423]);
    const locked = await attempt(user.email, PASSWORD, '203.0.113.35');
    expect(locked.statusCode).toBe(423);
    const minutes = (Date.parse(locked.json().error.details.lockedUntil) - Date.now()) / 60_000;
    expect(minutes).toBeLessThanOrEqual(4 * t.config.LOGIN_LOCK_MINUTES);

    expect((await t.client().post('/api/auth/password-reset/request', { email: user.email })).statusCode).toBe(202);
    await t.drainJobs();
    const token = /password-reset\/([\w-]+)/.exec((await t.smtp.waitFor(user.email)).text)![1]!;
    await t.client().post('/api/auth/password-reset/confirm', { token, password: 'a brand new passphrase' });
    expect((await attempt(user.email, 'a brand new passphrase', '203.0.113.31')).statusCode).toBe(200);
  });
});

describe('CSRF', () => {
  it('refuses a cross-site state change that carries the session cookie', async () => {
    const user = await t.createUser({ platformAdmin: true });
    const c = await t.loginAs(user.id);
    const cross = await c.post('/api/organisations', { name: 'Evil', kind: 'company' }, { 'sec-fetch-site': 'cross-site' });
    expect(cross.statusCode).toBe(403);
    expect(cross.json().error.code).toBe('csrf_rejected');
    c.origin = 'https://evil.example';
    expect((await c.post('/api/organisations', { name: 'Evil', kind: 'company' })).json().error.code).toBe('csrf_rejected');
    c.origin = null;
    expect((await c.post('/api/organisations', { name: 'Evil', kind: 'company' })).json().error.code).toBe('csrf_rejected');
    c.origin = 'http://localhost:3000';
    expect((await c.post('/api/organisations', { name: 'Fine ApS', kind: 'company' })).statusCode).toBe(201);
  });
});

describe('password reset', () => {
  it('mails a one-time link that sets a new password and ends other sessions', async () => {
    const user = await t.createUser({ name: 'Åse Ørsted' });
    const old = await t.loginAs(user.id);
    expect((await t.client().post('/api/auth/password-reset/request', { email: user.email })).statusCode).toBe(202);
    expect((await t.client().post('/api/auth/password-reset/request', { email: 'ghost@example.test' })).statusCode).toBe(202);
    await t.drainJobs();
    const mail = await t.smtp.waitFor(user.email);
    expect(mail.subject).toBe('Nulstil din adgangskode til Jobbro');
    expect(mail.text).toContain('Hej Åse Ørsted');
    const token = /password-reset\/([\w-]+)/.exec(mail.text)![1]!;
    const short = await t.client().post('/api/auth/password-reset/confirm', { token, password: 'short' });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.details.issues[0].code).toBe('password_too_short');
    const ok = await t.client().post('/api/auth/password-reset/confirm', { token, password: 'a brand new passphrase' });
    expect(ok.statusCode).toBe(204);
    expect(
      (await t.client().post('/api/auth/password-reset/confirm', { token, password: 'another new passphrase' })).json().error.code,
    ).toBe('token_invalid');
    expect((await old.get('/api/auth/me')).statusCode).toBe(401);
    expect((await t.client().post('/api/auth/login', { email: user.email, password: 'a brand new passphrase' })).json().stage).toBe('full');
    const job = await t.db.selectFrom('jobs').select('payload').where('queue', '=', 'mail.send').executeTakeFirstOrThrow();
    expect(job.payload).toEqual({});
  });
});

describe('session cookie over HTTPS', () => {
  it('uses a __Host- cookie: Secure, HttpOnly, SameSite=Lax, Path=/ and no Domain', async () => {
    const https = await createTestApp({ PUBLIC_URL: 'https://jobbro.example.dk' });
    try {
      const user = await https.createUser();
      const c = https.client();
      c.origin = 'https://jobbro.example.dk';
      const res = await c.post('/api/auth/login', { email: user.email, password: PASSWORD });
      const cookie = String(res.headers['set-cookie']);
      expect(cookie).toMatch(/^__Host-jobbro_session=[\w-]{43};/);
      expect(cookie).toMatch(/; Secure/);
      expect(cookie).toMatch(/; HttpOnly/);
      expect(cookie).toMatch(/; SameSite=Lax/);
      expect(cookie).toMatch(/; Path=\//);
      expect(cookie).not.toMatch(/Domain=/i);
      expect((await c.get('/api/auth/me')).statusCode).toBe(200);
    } finally {
      await https.close();
    }
  });
});
