import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentTotp } from '../../server/modules/auth/totp.ts';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../scripts/demo-seed.ts';
import { freePort, startProcess, type Started } from '../support/process.ts';

/**
 * `npm run demo` on embedded PGlite: the README's logins work and each one sees the fictional
 * programme data it should. The dataset is fed through the real API, so this also proves that the
 * demo passes the app's own validation and young-worker legality checks.
 */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobbro-demo-'));
let base: string;
let demo: Started;

async function call(pathname: string, init: { method?: string; body?: unknown; cookie?: string } = {}) {
  const res = await fetch(base + pathname, {
    method: init.method ?? 'GET',
    headers: { 'content-type': 'application/json', origin: base, ...(init.cookie ? { cookie: init.cookie } : {}) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return { status: res.status, json: (await res.json().catch(() => null)) as any, cookie: res.headers.get('set-cookie')?.split(';')[0] };
}

async function login(email: string, totp: boolean): Promise<string> {
  const res = await call('/api/auth/login', { method: 'POST', body: { email, password: DEMO_PASSWORD } });
  expect(res.status).toBe(200);
  if (!totp) return res.cookie!;
  const verified = await call('/api/auth/totp/verify', {
    method: 'POST',
    body: { code: currentTotp(DEMO_TOTP_SECRET) },
    cookie: res.cookie,
  });
  expect(verified.status).toBe(200);
  return verified.cookie ?? res.cookie!;
}

beforeAll(async () => {
  const port = await freePort();
  base = `http://localhost:${port}`;
  demo = await startProcess(['scripts/start.ts', '--demo'], { DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn' });
});
afterAll(() => {
  demo?.child.kill('SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('npm run demo', () => {
  it('prints the demo logins', () => {
    expect(demo.output()).toContain('koordinator.koge@demo.jobbro.dk');
    expect(demo.output()).toContain(DEMO_PASSWORD);
  });

  it('gives the Køge coordinator participants, companies and open openings', async () => {
    const cookie = await login('koordinator.koge@demo.jobbro.dk', true);
    const me = (await call('/api/auth/me', { cookie })).json;
    const koge = me.memberships.find((m: { programmeName: string }) => m.programmeName === 'Jobplaneten Køge (demo)').programmeId;
    const list = (await call(`/api/programmes/${koge}/participants`, { cookie })).json;
    expect(list.total).toBe(32);
    expect(list.participants.some((p: { firstName: string }) => p.firstName === 'Dina')).toBe(true);
    const companies = (await call(`/api/programmes/${koge}/companies`, { cookie })).json;
    expect(companies.companies.length).toBe(3);
    const openings = (await call(`/api/programmes/${koge}/openings?status=open`, { cookie })).json;
    expect(openings.openings.length).toBe(5);
  });

  it('links the participant and employer logins to their records', async () => {
    const dina = await login('deltager@demo.jobbro.dk', false);
    const portal = await call('/api/portal/me', { cookie: dina });
    expect(portal.status).toBe(200);
    expect(JSON.stringify(portal.json)).toContain('Dina');

    const employer = await login('arbejdsgiver@demo.jobbro.dk', false);
    const companies = (await call('/api/employer/companies', { cookie: employer })).json;
    expect(JSON.stringify(companies)).toContain('Tømrerfirmaet Bjælken');
  });

  it('shows the participant and her guardian her job, approved hours, earnings and an upcoming activity on first login', async () => {
    const dina = await login('deltager@demo.jobbro.dk', false);
    const own = (await call('/api/portal/me', { cookie: dina })).json;
    const self = own.self[0];
    expect(self.firstName).toBe('Dina');
    expect(self.jobs).toEqual([expect.objectContaining({ status: 'active', title: 'Lommepengejob: gårdmandshjælper' })]);
    expect(self.shifts.length).toBeGreaterThan(0);
    expect(self.earnings.length).toBeGreaterThan(0);
    expect(self.earnings.every((e: { total: number }) => e.total > 0)).toBe(true);
    expect(self.activities).toEqual(
      expect.arrayContaining([expect.objectContaining({ title: 'Informationsmøde for unge og forældre', registration: 'registered' })]),
    );

    const frida = await login('foraelder@demo.jobbro.dk', false);
    const parent = (await call('/api/portal/me', { cookie: frida })).json;
    const child = parent.children.find((c: { firstName: string }) => c.firstName === 'Dina');
    for (const key of ['jobs', 'shifts', 'earnings', 'activities']) expect(child[key]).toEqual(self[key]);
  });
});
