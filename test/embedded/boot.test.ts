import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startProcess, type Started } from '../support/process.ts';
import { openBrowser, checkA11y, type Browser } from '../support/browser.ts';

/**
 * The two-command path: `npm start` on embedded PGlite with data in a directory. Boots the real
 * app in a child process, as a newcomer would.
 */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobbro-embedded-'));
let port: number;
let base: string;
let first: Started;
let browser: Browser;

async function api(pathname: string, init: { method?: string; body?: unknown; cookie?: string } = {}) {
  const res = await fetch(base + pathname, {
    method: init.method ?? 'GET',
    headers: { 'content-type': 'application/json', origin: base, ...(init.cookie ? { cookie: init.cookie } : {}) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return { status: res.status, json: (await res.json().catch(() => null)) as any, cookie: res.headers.get('set-cookie')?.split(';')[0] };
}

beforeAll(async () => {
  port = await freePort();
  base = `http://localhost:${port}`;
  first = await startProcess('scripts/start.ts', { DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn' });
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  first?.child.kill('SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start on embedded PGlite', () => {
  it('prints where it runs and a one-time setup link on first run', () => {
    expect(first.output()).toContain(`Jobbro is running at ${base} (embedded database in ${dataDir})`);
    expect(first.output()).toMatch(new RegExp(`${base}/setup/[\\w-]{40,}`));
    expect(fs.existsSync(path.join(dataDir, 'pg'))).toBe(true);
  });

  it('serves the Danish login page', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/login`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Log ind');
    expect(await page.getAttribute('html', 'lang')).toBe('da');
    await checkA11y(page);
    await page.close();
  });

  it('completes first-run setup and logs the administrator in', async () => {
    const token = /\/setup\/([\w-]+)/.exec(first.output())![1];
    const setup = await api('/api/setup', {
      method: 'POST',
      body: { token, name: 'Første Admin', email: 'admin@example.test', password: 'a long enough password' },
    });
    expect(setup.status).toBe(201);
    const login = await api('/api/auth/login', {
      method: 'POST',
      body: { email: 'admin@example.test', password: 'a long enough password' },
    });
    expect(login.json).toEqual({ stage: 'totp_setup_required' });
  });

  it('refuses a second process on the same data directory with a clear message', async () => {
    const second = await startProcess('scripts/start.ts', { DATA_DIR: dataDir, PORT: String(await freePort()), LOG_LEVEL: 'warn' });
    expect(await second.exited).toBe(75);
    expect(second.output()).toContain('is already in use by another Jobbro process');
    expect((await api('/healthz')).status).toBe(200);
  });

  it('shuts down cleanly on SIGTERM and keeps its data for the next start', async () => {
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(fs.existsSync(path.join(dataDir, 'jobbro.lock'))).toBe(false);

    const again = await startProcess('scripts/start.ts', { DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn' });
    try {
      expect(again.output()).not.toContain('/setup/');
      expect((await api('/api/setup/status')).json).toEqual({ needed: false });
      const login = await api('/api/auth/login', {
        method: 'POST',
        body: { email: 'admin@example.test', password: 'a long enough password' },
      });
      expect(login.status).toBe(200);
      expect((await api('/readyz')).json).toEqual({ status: 'ready' });
    } finally {
      again.child.kill('SIGTERM');
      expect(await again.exited).toBe(0);
    }
  });

  it('stops with a clear message on a bad configuration value', async () => {
    const bad = await startProcess('scripts/start.ts', { DATA_DIR: dataDir, PORT: 'eighty' });
    expect(await bad.exited).toBe(78);
    expect(bad.output()).toContain('PORT: expected a whole number (got "eighty")');
  });
});
