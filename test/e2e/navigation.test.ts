import { describe, expect, it } from 'vitest';
import { asSystem } from '../../db/tenant.ts';
import { youth } from '../../server/modules/participants/fixtures.ts';
import { checkA11y, type Page, UNIQUE_LANDMARKS } from '../support/browser.ts';
import { apiAs, loginInBrowser, seedProgramme, seedUser, useE2e, visit } from '../support/e2e.ts';

/**
 * Navigation inside a programme (issue #15), in Danish: a coordinator reaches every section of the
 * programme from its menu, one click from whichever page they are on; a detail page shows where it
 * sits; switching programme keeps the section; and on a phone the menu folds behind a button and
 * still works. axe (with unique landmarks) runs on every page visited.
 */
const { server, browser } = useE2e();

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** Each section's menu link and the h1 of the page it opens, in menu order. */
const SECTIONS: [string, string][] = [
  ['Overblik', 'Jobplaneten Køge'],
  ['Deltagere', 'Deltagere'],
  ['Virksomheder', 'Virksomheder'],
  ['Jobopslag', 'Opslag'],
  ['Forløb', 'Forløb'],
  ['Matchning', 'Matchrunder'],
  ['Aktiviteter', 'Aktiviteter'],
  ['Timer og løn', 'Timer og løn'],
  ['Hotline', 'Henvendelser fra virksomheder'],
  ['Resultater', 'Resultater'],
  ['Samfundsafkast', 'Samfundsøkonomisk afkast'],
  ['Beskeder', 'Beskeder'],
  ['Indstillinger', 'Indstillinger for programmet'],
];

const menu = (page: Page) => page.getByRole('navigation', { name: 'Programmenu' });

/** Gives a seeded user a role in a second programme, as an administrator's invitation would. */
async function addMembership(userId: string, programmeId: string) {
  await asSystem(server.db, (trx) =>
    trx
      .insertInto('memberships')
      .values({ user_id: userId, programme_id: programmeId, role: 'coordinator', organisation_id: null })
      .execute(),
  );
}

describe('navigation inside a programme', () => {
  it('reaches every section from the menu, shows breadcrumbs, switches programme in the same section, and folds on a phone', async () => {
    const { programme, site } = await seedProgramme(server, 'Jobplaneten Køge');
    const other = await seedProgramme(server, 'Jobløft Viborg');
    const p = programme.id;
    const kim = await seedUser(server, { name: 'Kim Koordinator', programmeId: p, role: 'coordinator' });
    await addMembership(kim.id, other.programme.id);
    // The phone is a colleague's (a second TOTP login by Kim could reuse his code's time step).
    const lea = await seedUser(server, { name: 'Lea Koordinator', programmeId: p, role: 'coordinator' });
    const api = await apiAs(server, kim.id);
    await api(
      'POST',
      `/api/programmes/${p}/participants`,
      youth(site.id, { firstName: 'Amira', lastName: 'Holmgaard', confirmNotDuplicate: true }),
    );

    // ---- Every section, one click each from the page before. ----------------------------------------
    const desk = await browser.newContext({ locale: 'da-DK' });
    const page = await desk.newPage();
    await loginInBrowser(page, server.baseUrl, kim);
    // The start page lists the programmes; the menu appears inside one.
    expect(await menu(page).count()).toBe(0);
    await page.goto(`${server.baseUrl}/programmes/${p}`);
    await visit(page, 'Jobplaneten Køge', UNIQUE_LANDMARKS);
    expect(await menu(page).getByText('Jobplaneten Køge').isVisible()).toBe(true);
    for (const [link, heading] of SECTIONS) {
      await menu(page).getByRole('link', { name: link, exact: true }).click();
      await visit(page, heading, UNIQUE_LANDMARKS);
      expect(await menu(page).getByRole('link', { name: link, exact: true }).getAttribute('aria-current')).toBe('page');
      // The programme stays in view on every page, Beskeder (which is not a programme's page) too.
      expect(await menu(page).getByText('Jobplaneten Køge').isVisible()).toBe(true);
    }

    // ---- A detail page says where it sits. ----------------------------------------------------------
    await menu(page).getByRole('link', { name: 'Deltagere', exact: true }).click();
    await visit(page, 'Deltagere', UNIQUE_LANDMARKS);
    await page
      .getByRole('main')
      .getByRole('link', { name: /Amira Holmgaard/ })
      .first()
      .click();
    await visit(page, 'Amira Holmgaard', UNIQUE_LANDMARKS);
    const crumbs = page.getByRole('navigation', { name: 'Brødkrummesti' });
    expect(await crumbs.getByRole('link').allTextContents()).toEqual(['Jobplaneten Køge', 'Deltagere']);
    expect(await menu(page).getByRole('link', { name: 'Deltagere', exact: true }).getAttribute('aria-current')).toBe('true');
    await crumbs.getByRole('link', { name: 'Deltagere' }).click();
    await visit(page, 'Deltagere', UNIQUE_LANDMARKS);

    // ---- Switching programme keeps the section. -----------------------------------------------------
    await menu(page).getByRole('link', { name: 'Virksomheder', exact: true }).click();
    await visit(page, 'Virksomheder', UNIQUE_LANDMARKS);
    await menu(page).getByText('Skift program').click();
    await menu(page).getByRole('link', { name: 'Jobløft Viborg' }).click();
    await page.waitForURL(`${server.baseUrl}/programmes/${other.programme.id}/companies`);
    await visit(page, 'Virksomheder', UNIQUE_LANDMARKS);
    expect(await menu(page).getByText('Jobløft Viborg').first().isVisible()).toBe(true);
    expect(await page.getByTestId('page-lead').textContent()).toBe('Jobløft Viborg');

    // ---- On a phone the sections fold behind a button, and still lead everywhere. -------------------
    const phone = await browser.newContext({ locale: 'da-DK', ...PHONE });
    const mobile = await phone.newPage();
    await loginInBrowser(mobile, server.baseUrl, lea);
    await mobile.goto(`${server.baseUrl}/programmes/${p}`);
    await visit(mobile, 'Jobplaneten Køge', UNIQUE_LANDMARKS);
    const toggle = menu(mobile).getByRole('button', { name: 'Programmenu' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await menu(mobile).getByRole('link', { name: 'Aktiviteter', exact: true }).isVisible()).toBe(false);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await checkA11y(mobile, UNIQUE_LANDMARKS);
    await menu(mobile).getByRole('link', { name: 'Aktiviteter', exact: true }).click();
    await visit(mobile, 'Aktiviteter', UNIQUE_LANDMARKS);
    // The chosen page shows, with the menu folded again; the keyboard opens it as well.
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.focus();
    await mobile.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await menu(mobile).getByRole('link', { name: 'Forløb', exact: true }).click();
    await visit(mobile, 'Forløb', UNIQUE_LANDMARKS);
    // Nothing is wider than the phone.
    expect(await mobile.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
