import { describe, expect, it } from 'vitest';
import { youth } from '../../server/modules/participants/fixtures.ts';
import type { Page } from '../support/browser.ts';
import { apiAs, E2E_PASSWORD, loginInBrowser, seedProgramme, seedUser, useE2e, visit } from '../support/e2e.ts';

/**
 * A shared office PC (issue #16, item 1): one tab, one person after another. Whatever the first
 * person saw (their name in the header, their role's menu, their pages) must be gone once the next
 * person logs in, by password or by a portal code, without a reload in between.
 */
const { server, browser } = useE2e();

const MENTOR_PAGE = 'Din mentorside';
const header = (page: Page) => page.getByRole('banner');
const menu = (page: Page) => page.getByRole('navigation', { name: 'Hovedmenu' });
const menuItems = async (page: Page) => (await menu(page).getByRole('link').allTextContents()).map((s) => s.trim());

async function logOut(page: Page) {
  await header(page).getByRole('button', { name: 'Log ud' }).click();
  await visit(page, 'Log ind');
  await expect.poll(() => menu(page).count()).toBe(0);
}

describe('one tab, one person after another', () => {
  it('keeps nothing of the previous user after logging out and in as someone else', async () => {
    const { programme, site } = await seedProgramme(server);
    const alma = await seedUser(server, { name: 'Alma Administrator', programmeId: programme.id, role: 'administrator' });
    const mona = await seedUser(server, { name: 'Mona Mentor', programmeId: programme.id, role: 'mentor' });
    const kim = await seedUser(server, { name: 'Kim Koordinator', programmeId: programme.id, role: 'coordinator' });
    const api = await apiAs(server, kim.id);
    const base = `/api/programmes/${programme.id}/participants`;
    const amira = await api('POST', base, youth(site.id, { firstName: 'Amira', lastName: 'Hansen' }));
    const code = (await api('POST', `${base}/${amira.id}/portal-codes`, { for: 'participant' })).code as string;

    const context = await browser.newContext({ locale: 'da-DK' });
    const page = await context.newPage();

    // The administrator works, with her menu and a page of her own open.
    await loginInBrowser(page, server.baseUrl, alma);
    await visit(page, 'Hej Alma Administrator');
    await expect.poll(() => header(page).textContent()).toContain('Alma Administrator');
    expect(await menuItems(page)).toContain('Programmer');
    await page.goto(`${server.baseUrl}/admin/programmes`);
    await visit(page, 'Programmer');
    await logOut(page);
    await expect.poll(() => header(page).textContent()).not.toContain('Alma');

    // The mentor logs in next in the same tab: her name and her menu, none of the administrator's.
    await loginInBrowser(page, server.baseUrl, mona);
    await page.waitForURL('**/mentor');
    await visit(page, MENTOR_PAGE);
    await expect.poll(() => header(page).textContent()).toContain('Mona Mentor');
    await expect.poll(() => menuItems(page)).toEqual(['Forside', 'Mentor']);
    expect(await page.locator('body').textContent()).not.toContain('Alma');
    expect(await page.locator('body').textContent()).not.toContain('Jobplaneten Testby – Administrér');
    // Nothing of the session is kept in the tab's storage for the next person.
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    await logOut(page);

    // A youth redeems a portal code in the same tab: their own page, nothing of the mentor's.
    await page.getByRole('link', { name: 'Har du fået en kode?' }).click();
    await visit(page, 'Har du fået en kode?');
    await page.getByLabel('Kode', { exact: true }).fill(code);
    await page.getByLabel('Brugernavn').fill('amira.h');
    await page.getByLabel('Adgangskode', { exact: true }).fill(E2E_PASSWORD);
    await page.getByLabel('Gentag adgangskode').fill(E2E_PASSWORD);
    await page.getByRole('button', { name: 'Lav mit login' }).click();
    await visit(page, 'Hej Amira');
    await expect.poll(() => header(page).textContent()).toContain('Amira Hansen');
    expect(await header(page).textContent()).not.toContain('Mona');
    await expect.poll(() => menuItems(page)).toEqual(['Forside', 'Mig', 'Beskeder']);
  });
});
