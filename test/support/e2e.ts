import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import type { Browser, BrowserContext, BrowserContextOptions, Download, Locator } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { asSystem } from '../../db/tenant.ts';
import { hashToken, newToken } from '../../server/lib/crypto.ts';
import { hashPassword } from '../../server/modules/auth/passwords.ts';
import { currentTotp, newTotpSecret } from '../../server/modules/auth/totp.ts';
import { TOTP_REQUIRED_ROLES, type Role } from '../../shared/domain/access/roles.ts';
import { checkA11y, connectBrowser, type Page } from './browser.ts';
import { startTestServer } from './server.ts';
import { scanPage, scanPageInBothLanguages } from './text-scan.ts';

type TestServer = Awaited<ReturnType<typeof startTestServer>>;

/** What a browser test opens its contexts from: one per person (a desk, a phone), never shared between tests. */
export interface E2eBrowser {
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
}

/**
 * The setup every browser test file shares, in one call at the top of the file: one server of its
 * own (a fresh database, loopback SMTP, jobs running) and a connection to the run's one Chromium.
 * The contexts a test opens are closed after it (also when it failed half-way), so every test
 * starts from fresh ones. `server` is filled in before the file's own `beforeAll` hooks run.
 */
export function useE2e(): { server: TestServer; browser: E2eBrowser } {
  const server = {} as TestServer;
  const downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'jobbro-e2e-downloads-'));
  let shared: Browser | undefined;
  const open: BrowserContext[] = [];
  beforeAll(async () => {
    Object.assign(server, await startTestServer());
    shared = await connectBrowser();
  });
  afterEach(async (test) => {
    const contexts = open.splice(0);
    try {
      // What a test leaves on screen (after saving, say) is read too, unless the test already failed.
      if (test.task.result?.state !== 'fail' && !test.task.result?.errors?.length)
        for (const page of contexts.flatMap((c) => c.pages())) await scanIfApp(page);
    } finally {
      await Promise.all(contexts.map((context) => context.close()));
    }
  });
  afterAll(async () => {
    await shared?.close();
    await server.close?.();
    fs.rmSync(downloads, { recursive: true, force: true });
  });
  const browser: E2eBrowser = {
    async newContext(options) {
      if (!shared) throw new Error('useE2e: the browser is not connected yet (call it at the top of the file, use it in tests)');
      const context = await shared.newContext(options);
      open.push(context);
      context.on('page', (page) => page.on('download', (download) => keepLocally(download, downloads)));
      return context;
    },
  };
  return { server, browser };
}

/**
 * A browser shared over a WebSocket cannot hand out `download.path()` (Playwright refuses it for
 * remote browsers), so each download is saved into the file's folder as it arrives and `path()`
 * answers with that copy: the tests read their files as before. This listener is registered when
 * the page opens, before any `waitForEvent('download')` in a test, so it runs first.
 */
function keepLocally(download: Download, dir: string) {
  const file = path.join(dir, `${crypto.randomUUID()}-${download.suggestedFilename()}`);
  const saved = download.saveAs(file).then(() => file);
  saved.catch(() => undefined); // a failed download is reported by the test's own path() call
  download.path = () => saved;
}

export const E2E_PASSWORD = 'en lang og sikker adgangskode';

export interface E2eUser {
  id: string;
  email: string;
  name: string;
  totpSecret: string | null;
}

/**
 * Seeds the people a browser test starts from straight into the database: the login flow itself
 * is covered by the foundation test, so feature tests should not spend a minute re-enacting it.
 */
export async function seedUser(
  server: TestServer,
  opts: { name: string; programmeId?: string; role?: Role; organisationId?: string | null; email?: string },
): Promise<E2eUser> {
  const needsTotp = opts.role ? TOTP_REQUIRED_ROLES.includes(opts.role) : false;
  const secret = needsTotp ? newTotpSecret() : null;
  const email = opts.email ?? `${opts.name.split(' ')[0]!.toLowerCase()}-${newToken().slice(0, 6).toLowerCase()}@example.test`;
  const passwordHash = await hashPassword(E2E_PASSWORD);
  const id = await asSystem(server.db, async (trx) => {
    const user = await trx
      .insertInto('users')
      .values({
        email,
        name: opts.name,
        password_hash: passwordHash,
        totp_secret_enc: secret ? server.services.secrets.seal(secret) : null,
        totp_enabled: !!secret,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (opts.programmeId && opts.role) {
      await trx
        .insertInto('memberships')
        .values({ user_id: user.id, programme_id: opts.programmeId, role: opts.role, organisation_id: opts.organisationId ?? null })
        .execute();
    }
    return user.id;
  });
  return { id, email, name: opts.name, totpSecret: secret };
}

/** A programme with one site in Køge, as a coordinator would have set it up. */
export async function seedProgramme(server: TestServer, name = 'Jobplaneten Testby') {
  return asSystem(server.db, async (trx) => {
    const programme = await trx
      .insertInto('programmes')
      .values({ name, starts_on: '2026-01-01', ends_on: null })
      .returning(['id', 'name'])
      .executeTakeFirstOrThrow();
    const site = await trx
      .insertInto('sites')
      .values({ programme_id: programme.id, name: 'Ellemarken', address: 'Ellemarksvej 1', postal_code: '4600' })
      .returning(['id', 'name'])
      .executeTakeFirstOrThrow();
    return { programme, site };
  });
}

/**
 * Waits for the page's h1 to match, then runs axe on it (with `a11y`'s extra rules) and the text scan
 * (`text-scan.ts`) in Danish and English: every page a test visits is checked.
 */
export async function visit(page: Page, heading: string | RegExp, a11y?: Parameters<typeof checkA11y>[1]) {
  await page.locator('h1').filter({ hasText: heading }).first().waitFor({ timeout: 10_000 });
  await checkA11y(page, a11y);
  await scanPageInBothLanguages(page);
}

/** Scans a page left open at the end of a test, if it still shows the app (not a blank tab). */
async function scanIfApp(page: Page) {
  if (page.isClosed() || !/^https?:/.test(page.url())) return;
  await scanPage(page);
}

/**
 * Logs in through the real form, answering the TOTP step when the user has one. The code is taken
 * for the next 30-second step, which the server accepts (one step of drift) and which can never
 * replay a code an earlier login in the same test used.
 */
export async function loginInBrowser(page: Page, baseUrl: string, user: E2eUser) {
  await page.goto(`${baseUrl}/login`);
  await visit(page, 'Log ind');
  await page.getByLabel('E-mail').fill(user.email);
  await page.getByLabel('Adgangskode').fill(E2E_PASSWORD);
  await page.getByRole('button', { name: 'Log ind' }).click();
  if (user.totpSecret) {
    await page.getByLabel('Engangskode').fill(currentTotp(user.totpSecret, Date.now() + 30_000));
    await page.getByRole('button', { name: 'Bekræft' }).click();
  }
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/**
 * A caller of the real HTTP API as `userId`, with a session seeded into the database: browser
 * tests set up their data through the same validation, codes and audit as the UI, without
 * re-enacting a TOTP login for every helper user.
 */
export async function apiAs(server: TestServer, userId: string) {
  const token = newToken();
  await asSystem(server.db, (trx) =>
    trx
      .insertInto('sessions')
      .values({
        id: hashToken(token),
        user_id: userId,
        expires_at: sql<Date>`now() + interval '1 hour'`,
        mfa_verified: true,
        ip: '127.0.0.1',
        user_agent: 'e2e',
      })
      .execute(),
  );
  return async (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', path: string, body?: unknown) => {
    const res = await fetch(`${server.baseUrl}${path}`, {
      method,
      headers: {
        cookie: `jobbro_session=${token}`,
        origin: server.baseUrl,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await res.json();
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
    return json;
  };
}

/** Picks an option in a React Aria select by its label (the chosen option's name ends in a CSS check mark). */
export async function choose(page: Page, scope: Locator, label: RegExp, option: string) {
  await scope.getByRole('button', { name: label }).click();
  await page.getByRole('option', { name: new RegExp(`^${option}( ✓)?$`) }).click();
}

/** Ticks a radio by its visible label, as a person does (React Aria hides the native input). */
export async function pick(scope: Locator | Page, group: RegExp, option: string) {
  const radios = scope.getByRole('radiogroup', { name: group });
  await radios.locator('label').filter({ hasText: option }).first().click();
  await expect.poll(() => radios.getByRole('radio', { name: new RegExp(`^${option}`) }).isChecked()).toBe(true);
}
