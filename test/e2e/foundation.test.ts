import { describe, expect, it } from 'vitest';
import { currentTotp } from '../../server/modules/auth/totp.ts';
import { prepareFirstRun } from '../../server/modules/setup/service.ts';
import { checkA11y, type Page, UNIQUE_LANDMARKS } from '../support/browser.ts';
import { choose, useE2e } from '../support/e2e.ts';

/**
 * The foundation end to end, in Danish: first-run setup, the administrator's TOTP enrolment and
 * login, a programme, an invitation by e-mail, and the invited coordinator's first login.
 */
const { server, browser } = useE2e();

/** The next step's code: valid (one step of drift is allowed) and never a replay of the last one. */
const nextCode = (secret: string) => currentTotp(secret, Date.now() + 30_000);

async function visit(page: Page, heading: string | RegExp) {
  await expect.poll(() => page.locator('h1').first().textContent(), { timeout: 10_000 }).toMatch(heading);
  await checkA11y(page);
}

async function readSecret(page: Page): Promise<string> {
  const text = await page.getByTestId('totp-secret').textContent();
  return text!.replace(/\s+/g, '');
}

async function login(page: Page, email: string, password: string, secret: string) {
  await page.goto(`${server.baseUrl}/login`);
  await visit(page, 'Log ind');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Adgangskode').fill(password);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.getByLabel('Engangskode').waitFor();
  await checkA11y(page);
  await page.getByLabel('Engangskode').fill(nextCode(secret));
  await page.getByRole('button', { name: 'Bekræft' }).click();
}

describe('foundation in the browser', () => {
  it('sets up the first administrator, who enrols TOTP, invites a coordinator, who logs in', async () => {
    const admin = await browser.newContext({ locale: 'da-DK' });
    const page = await admin.newPage();
    const link = (await prepareFirstRun(server.db, server.baseUrl))!;

    await page.goto(link);
    await visit(page, /administrator/i);
    await page.getByLabel('Navn', { exact: true }).fill('Alma Administrator');
    await page.getByLabel('E-mail').fill('alma@example.test');
    await page.getByLabel('Adgangskode', { exact: true }).fill('en lang og sikker adgangskode');
    await page.getByLabel('Gentag adgangskode').fill('en lang og sikker adgangskode');
    await page.getByRole('button', { name: 'Opret administrator' }).click();

    // Log in: the administrator must enrol in two-factor authentication first.
    await visit(page, 'Log ind');
    await page.getByLabel('E-mail').fill('alma@example.test');
    await page.getByLabel('Adgangskode').fill('en lang og sikker adgangskode');
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByTestId('totp-secret').waitFor();
    await checkA11y(page);
    const adminSecret = await readSecret(page);
    await page.getByLabel('Engangskode').fill(currentTotp(adminSecret));
    await page.getByRole('button', { name: 'Bekræft' }).click();
    await visit(page, /Alma/);

    // Log out and in again, this time with a TOTP code.
    await page.getByRole('button', { name: 'Log ud' }).click();
    await visit(page, 'Log ind');
    await login(page, 'alma@example.test', 'en lang og sikker adgangskode', adminSecret);
    await visit(page, /Alma/);

    // Create a programme and invite a coordinator.
    await page.goto(`${server.baseUrl}/admin/programmes`);
    await visit(page, /Programmer/);
    await page.getByLabel('Navn', { exact: true }).fill('Jobplaneten Testby');
    await page.getByLabel('Startdato').fill('2026-01-01');
    await page.getByRole('button', { name: 'Opret program' }).click();
    await page.getByRole('link', { name: 'Jobplaneten Testby' }).click();
    await visit(page, 'Jobplaneten Testby');
    await checkA11y(page, UNIQUE_LANDMARKS);
    await page.getByLabel('E-mail').fill('kim@example.test');
    await page.getByRole('button', { name: /Rolle/ }).click();
    await page.getByRole('option', { name: 'Koordinator' }).click();
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await expect.poll(() => page.getByRole('cell', { name: 'kim@example.test' }).count()).toBe(1);
    await checkA11y(page);

    const mail = await server.smtp.waitFor('kim@example.test');
    expect(mail.subject).toBe('Invitation til Jobplaneten Testby i Jobbro');
    const invitationLink = /http:\/\/\S+\/invitation\/[\w-]+/.exec(mail.text)![0];

    // The coordinator accepts in a separate browser, enrols TOTP and lands on the home page.
    const coordinator = await browser.newContext({ locale: 'da-DK', viewport: { width: 390, height: 844 } });
    const cpage = await coordinator.newPage();
    await cpage.goto(invitationLink);
    await visit(cpage, /invitation/i);
    await cpage.getByLabel('Navn', { exact: true }).fill('Kim Koordinator');
    await cpage.getByLabel('Adgangskode', { exact: true }).fill('koordinatorens lange kode');
    await cpage.getByLabel('Gentag adgangskode').fill('koordinatorens lange kode');
    await cpage.getByRole('button', { name: 'Opret konto' }).click();
    await cpage.getByTestId('totp-secret').waitFor();
    const kimSecret = await readSecret(cpage);
    await cpage.getByLabel('Engangskode').fill(currentTotp(kimSecret));
    await cpage.getByRole('button', { name: 'Bekræft' }).click();
    await visit(cpage, /Kim/);
    await cpage.getByRole('button', { name: 'Log ud' }).click();
    await visit(cpage, 'Log ind');

    await login(cpage, 'kim@example.test', 'koordinatorens lange kode', kimSecret);
    await visit(cpage, /Kim/);
    await expect.poll(() => cpage.getByText('Jobplaneten Testby').count()).toBeGreaterThan(0);

    // The administrator sees all of it in the audit trail.
    await page.goto(`${server.baseUrl}/admin/audit`);
    await visit(page, /Log|Revision|Audit/i);
    await page.getByRole('button', { name: /Søg/ }).click();
    await expect.poll(() => page.getByRole('row').count()).toBeGreaterThan(3);
    await checkA11y(page);
    // Issue #16: the subject type is chosen in Danish and shown in Danish, never as a code.
    await choose(page, page.locator('main'), /Emnetype/, 'Program');
    await page.getByRole('button', { name: /Søg/ }).click();
    await page.waitForURL(/subjectType=programme/);
    await expect.poll(() => page.getByRole('cell', { name: /^Program/ }).count()).toBeGreaterThan(0);
    expect(await page.locator('main table').first().textContent()).not.toMatch(/\bprogramme\b/);

    // The English toggle works and is remembered.
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
    await admin.close();
    await coordinator.close();
  });
});
