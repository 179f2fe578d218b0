import { describe, expect, it } from 'vitest';
import { validCvr } from '../../server/modules/companies/fixtures.ts';
import { today } from '../../server/lib/clock.ts';
import { youth } from '../../server/modules/participants/fixtures.ts';
import { addDays } from '../../shared/domain/calendar/local-time.ts';
import { checkA11y, type Page, UNIQUE_LANDMARKS } from '../support/browser.ts';
import { apiAs, choose, loginInBrowser, seedProgramme, seedUser, visit, useE2e } from '../support/e2e.ts';

/**
 * Activities end to end, in Danish: a coordinator creates a professional course with two sessions,
 * invites three young people and registers them, is refused a fourth over capacity, then takes
 * attendance on a phone ("Alle til stede", untick one, save) and finds it kept after a reload.
 */
const { server, browser } = useE2e();

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** Ticks or unticks a React Aria checkbox by clicking its visible label, as a person does. */
async function tick(page: Page, name: string) {
  await page.locator('label').filter({ hasText: name }).first().click();
}
const isTicked = (page: Page, name: string) => page.getByRole('checkbox', { name }).isChecked();

describe('activities in the browser', () => {
  it('creates a course, invites and registers three, refuses a fourth over capacity, and takes attendance on a phone', async () => {
    const { programme, site } = await seedProgramme(server, 'Jobplaneten Køge');
    const p = programme.id;
    const kim = await seedUser(server, { name: 'Kim Koordinator', programmeId: p, role: 'coordinator' });
    // A colleague takes attendance on her phone (a second TOTP login by Kim could reuse his code's time step).
    const lea = await seedUser(server, { name: 'Lea Koordinator', programmeId: p, role: 'coordinator' });
    const api = await apiAs(server, kim.id);
    await api('POST', `/api/programmes/${p}/companies`, { cvr: validCvr(), name: 'Tømrer Hansen ApS', industry: 'Byggeri' });
    for (const firstName of ['Amira', 'Bilal', 'Cecilie', 'Dennis']) {
      await api(
        'POST',
        `/api/programmes/${p}/participants`,
        youth(site.id, { firstName, lastName: 'Holmgaard', confirmNotDuplicate: true }),
      );
    }
    // Attendance is taken on the first session's own day; the second is a week ahead, too early for it.
    const day1 = today();
    const day2 = addDays(today(), 7);

    // ---- Create the course from the list. ------------------------------------------------------------
    const desk = await browser.newContext({ locale: 'da-DK' });
    const page = await desk.newPage();
    await loginInBrowser(page, server.baseUrl, kim);
    await page.getByRole('link', { name: /^Aktiviteter/ }).click();
    await visit(page, 'Aktiviteter');
    await page.getByRole('link', { name: 'Opret aktivitet' }).click();
    await visit(page, 'Opret aktivitet');
    const main = page.locator('main');
    await choose(page, main, /Type$/, 'Fagligt forløb');
    await page.getByLabel('Titel').fill('Fagligt forløb: tømrer');
    await page.getByLabel('Sted', { exact: true }).fill('Værkstedet, Ellemarksvej 3');
    await choose(page, main, /Værtsvirksomhed$/, 'Tømrer Hansen ApS');
    await page.getByLabel('Antal pladser').fill('3');
    const first = page.getByRole('group', { name: 'Mødegang 1' });
    await first.getByLabel('Dato').fill(day1);
    await first.getByLabel('Fra kl.').fill('15:00');
    await first.getByLabel('Til kl.').fill('17:00');
    await page.getByRole('button', { name: 'Tilføj mødegang' }).click();
    const second = page.getByRole('group', { name: 'Mødegang 2' });
    await second.getByLabel('Dato').fill(day2);
    await second.getByLabel('Fra kl.').fill('15:00');
    await second.getByLabel('Til kl.').fill('17:00');
    await page.getByRole('button', { name: 'Opret aktivitet' }).click();
    await visit(page, 'Fagligt forløb: tømrer', UNIQUE_LANDMARKS);
    // Attendance is offered for today's session only; next week's says from which day.
    await expect.poll(() => page.getByRole('link', { name: /^Tag fremmøde/ }).count()).toBe(1);
    await page.getByText('Fra mødegangens dag').waitFor();
    const activityUrl = page.url();

    // ---- Invite three through the search, then register them. -------------------------------------------
    await page.getByRole('searchbox', { name: 'Søg efter deltager' }).fill('Holmgaard');
    for (const name of ['Amira Holmgaard', 'Bilal Holmgaard', 'Cecilie Holmgaard']) await tick(page, name);
    await page.getByRole('button', { name: 'Invitér valgte (3)' }).click();
    await page.getByText('3 deltagere er inviteret.').waitFor();
    for (const name of ['Amira Holmgaard', 'Bilal Holmgaard', 'Cecilie Holmgaard']) {
      await page.getByRole('button', { name: `Tilmeld: ${name}` }).click();
      await page.getByRole('button', { name: `Afmeld: ${name}` }).waitFor();
    }
    await page.getByText('3 tilmeldt af 3 pladser').waitFor();
    await checkA11y(page);

    // A fourth is invited, but the course is full: refused in Danish, nobody moves.
    await tick(page, 'Dennis Holmgaard');
    await page.getByRole('button', { name: 'Invitér valgte (1)' }).click();
    await page.getByRole('button', { name: 'Tilmeld: Dennis Holmgaard' }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Aktiviteten er fuld' }).count()).toBe(1);
    await page.getByText('3 tilmeldt af 3 pladser').waitFor();
    await checkA11y(page);

    // ---- Attendance on a phone. ------------------------------------------------------------------------
    const phone = await browser.newContext({ locale: 'da-DK', ...PHONE });
    const mobile = await phone.newPage();
    await loginInBrowser(mobile, server.baseUrl, lea);
    await mobile.goto(activityUrl);
    await visit(mobile, 'Fagligt forløb: tømrer', UNIQUE_LANDMARKS);
    await mobile
      .getByRole('link', { name: /^Tag fremmøde/ })
      .first()
      .click();
    await visit(mobile, 'Fremmøde');
    await mobile.getByRole('button', { name: 'Alle til stede' }).click();
    await mobile.getByText('3 af 3 til stede').waitFor();
    await tick(mobile, 'Bilal Holmgaard');
    await mobile.getByText('2 af 3 til stede').waitFor();
    await mobile.getByRole('button', { name: 'Gem fremmøde' }).click();
    await mobile.getByText('Fremmødet er gemt.').waitFor();
    expect(await mobile.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await mobile.reload();
    await visit(mobile, 'Fremmøde');
    await mobile.getByText('2 af 3 til stede').waitFor();
    expect(await isTicked(mobile, 'Amira Holmgaard')).toBe(true);
    expect(await isTicked(mobile, 'Bilal Holmgaard')).toBe(false);
    expect(await isTicked(mobile, 'Cecilie Holmgaard')).toBe(true);

    // The activity page shows the count; the funnel page opens (nobody has attended a past session yet).
    await page.goto(activityUrl);
    await visit(page, 'Fagligt forløb: tømrer', UNIQUE_LANDMARKS);
    await page.getByText('2 til stede af 3').waitFor();
    await page.goto(`${server.baseUrl}/programmes/${p}/aktiviteter/tragt`);
    await visit(page, 'Fra aktivitet til job');
    await page.getByRole('rowheader', { name: 'Fagligt forløb' }).waitFor();
    await phone.close();
    await desk.close();
  });
});
