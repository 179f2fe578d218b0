import { describe, expect, it } from 'vitest';
import { today } from '../../server/lib/clock.ts';
import { youth } from '../../server/modules/participants/fixtures.ts';
import { checkA11y, type Page } from '../support/browser.ts';
import { apiAs, E2E_PASSWORD, seedProgramme, seedUser, visit, useE2e } from '../support/e2e.ts';

/**
 * The participant and guardian portal on a phone, in Danish: a youth redeems the code from their
 * coordinator, logs in with the login name, sees their step and changes their availability; their
 * mother redeems her code, sees the child's consents, gives one and withdraws one.
 */
const { server, browser } = useE2e();

const PHONE = { width: 390, height: 844 };

async function fillNewLogin(page: Page, code: string, username: string, repeat = E2E_PASSWORD) {
  await page.getByLabel('Kode', { exact: true }).fill(code);
  await page.getByLabel('Brugernavn').fill(username);
  await page.getByLabel('Adgangskode', { exact: true }).fill(E2E_PASSWORD);
  await page.getByLabel('Gentag adgangskode').fill(repeat);
  await page.getByRole('button', { name: 'Lav mit login' }).click();
}

/** A consent's card on the guardian's page, found by its plain-language title. */
const consentCard = (page: Page, title: string) => page.getByTestId('consent').filter({ has: page.getByRole('heading', { name: title }) });

describe('participant and guardian portal on a phone', () => {
  it('lets a youth redeem a code and update availability, and a guardian give and withdraw consent', async () => {
    const { programme, site } = await seedProgramme(server);
    const kim = await seedUser(server, { name: 'Kim Koordinator', programmeId: programme.id, role: 'coordinator' });
    const api = await apiAs(server, kim.id);
    const base = `/api/programmes/${programme.id}/participants`;
    const amira = await api(
      'POST',
      base,
      youth(site.id, { firstName: 'Amira', lastName: 'Hansen', availability: ['mon-pm', 'wed-pm', 'sat-am'] }),
    );
    const mette = await api('POST', `${base}/${amira.id}/guardians`, {
      name: 'Mette Hansen',
      relation: 'mother',
      phone: '+45 22 33 44 55',
    });
    await api('POST', `${base}/${amira.id}/consents`, {
      purpose: 'photos',
      allPartners: true,
      dataCategories: ['profile'],
      givenOn: today(),
      givenBy: 'participant',
      method: 'paper',
    });
    const youthCode = (await api('POST', `${base}/${amira.id}/portal-codes`, { for: 'participant' })).code as string;
    const guardianCode = (await api('POST', `${base}/${amira.id}/portal-codes`, { for: { guardianId: mette.id } })).code as string;

    // ---- The youth redeems the code on their phone ---------------------------------------------
    const youthContext = await browser.newContext({ locale: 'da-DK', viewport: PHONE });
    const page = await youthContext.newPage();
    await page.goto(`${server.baseUrl}/login`);
    await visit(page, 'Log ind');
    await page.getByRole('link', { name: 'Har du fået en kode?' }).click();
    await visit(page, 'Har du fået en kode?');

    await fillNewLogin(page, youthCode, 'amira.h', 'en anden adgangskode');
    await page.getByRole('alert').getByText('De to adgangskoder er ikke ens.').waitFor();
    await checkA11y(page);

    await fillNewLogin(page, 'ABCD-EFGH', 'amira.h');
    await page
      .getByRole('alert')
      .getByText(/Koden virker ikke/)
      .first()
      .waitFor();
    await checkA11y(page);

    await fillNewLogin(page, youthCode.toLowerCase(), 'amira.h');
    await visit(page, 'Hej Amira');
    await page.getByText('Husk dit brugernavn: amira.h').waitFor();
    await page.getByText('Du er på trin 1 af 4.').waitFor();
    await page.getByText(/Du har ikke haft et job gennem Jobbro endnu/).waitFor();
    await consentCard(page, 'Tage og bruge billeder').getByText('Gælder', { exact: true }).waitFor();

    // ---- Later: log in with the login name -------------------------------------------------------
    await page.getByRole('button', { name: 'Log ud' }).click();
    await visit(page, 'Log ind');
    await page.getByLabel('E-mail eller brugernavn').fill('Amira.H');
    await page.getByLabel('Adgangskode').fill(E2E_PASSWORD);
    await page.getByRole('button', { name: 'Log ind' }).click();
    // The home page sends people who are only participants or guardians on to their own page.
    await page.waitForURL((url) => url.pathname === '/mig');
    await visit(page, 'Hej Amira');

    // ---- Update availability ---------------------------------------------------------------------
    await page.getByRole('link', { name: 'Ret dine oplysninger' }).click();
    await visit(page, 'Ret dine oplysninger');
    await expect.poll(() => page.getByLabel('Mandag eftermiddag').isChecked()).toBe(true);
    await page.getByLabel('Mandag eftermiddag').uncheck();
    await page.getByLabel('Fredag eftermiddag').check();
    await page.getByLabel('Fredag aften').check();
    await page.getByLabel('Telefon').fill('12 34');
    await page.getByRole('button', { name: 'Gem' }).click();
    await page.getByRole('alert').getByRole('link').first().waitFor();
    await expect.poll(() => page.getByLabel('Telefon').getAttribute('aria-invalid')).toBe('true');
    await checkA11y(page);
    await page.getByLabel('Telefon').fill('+45 99 88 77 66');
    await page.getByRole('button', { name: 'Gem' }).click();
    await visit(page, 'Hej Amira');
    await page.getByText('Dine oplysninger er gemt.').waitFor();
    await page.getByText('Ons: eftermiddag · Fre: eftermiddag, aften · Lør: formiddag').waitFor();

    const saved = await api('GET', `${base}/${amira.id}`);
    expect(saved).toMatchObject({ phone: '+45 99 88 77 66' });
    expect([...saved.availability].sort()).toEqual(['fri-eve', 'fri-pm', 'sat-am', 'wed-pm']);
    await youthContext.close();

    // ---- The guardian redeems her code -----------------------------------------------------------
    const guardianContext = await browser.newContext({ locale: 'da-DK', viewport: PHONE });
    const gpage = await guardianContext.newPage();
    await gpage.goto(`${server.baseUrl}/kode`);
    await visit(gpage, 'Har du fået en kode?');
    await fillNewLogin(gpage, guardianCode, 'mette.hansen');
    await visit(gpage, 'Hej Mette');
    await gpage.getByRole('heading', { name: 'Amira Hansen', level: 2 }).waitFor();
    await consentCard(gpage, 'Tage og bruge billeder').getByText('Gælder', { exact: true }).waitFor();

    // Give a consent: the form first explains what is missing.
    await gpage.getByText('Giv et nyt samtykke').click();
    await gpage.getByRole('button', { name: 'Giv samtykke' }).click();
    // Both fields are named in the error summary (their wording may come from a shared catalogue).
    await expect.poll(() => gpage.getByRole('alert').getByRole('link').count()).toBe(2);
    await checkA11y(gpage);
    // React Aria hides the native inputs under their labels: tap the label, as a person would.
    await gpage.locator('label:has(input[type="radio"])', { hasText: 'Være med i undersøgelser af projektet' }).click();
    await gpage.locator('label:has(input[type="checkbox"])', { hasText: /^Trin$/ }).click();
    await expect.poll(() => gpage.getByRole('radio', { name: 'Være med i undersøgelser af projektet' }).isChecked()).toBe(true);
    await expect.poll(() => gpage.getByRole('checkbox', { name: 'Trin', exact: true }).isChecked()).toBe(true);
    // Sharing with nobody ticked is refused, never read as every partner (issue #16, item 2).
    await gpage.getByRole('button', { name: 'Giv samtykke' }).click();
    await gpage
      .getByRole('alert')
      .getByRole('link', { name: /^Vælg, hvem samtykket gælder/ })
      .waitFor();
    await gpage.locator('label:has(input[type="checkbox"])', { hasText: 'Alle samarbejdspartnere i Jobplaneten Testby' }).click();
    await gpage.getByRole('button', { name: 'Giv samtykke' }).click();
    await gpage.getByText('Tak. Samtykket »Være med i undersøgelser af projektet« er givet.').waitFor();
    await consentCard(gpage, 'Være med i undersøgelser af projektet').getByText('Gælder', { exact: true }).waitFor();
    await checkA11y(gpage);

    // Withdraw the photo consent, after being asked once more.
    await gpage.getByRole('button', { name: 'Træk tilbage – Tage og bruge billeder' }).click();
    await gpage.getByText(/Vil du trække samtykket »Tage og bruge billeder« tilbage\?/).waitFor();
    await checkA11y(gpage);
    await gpage.getByRole('button', { name: 'Ja, træk tilbage' }).click();
    await gpage.getByText('Samtykket »Tage og bruge billeder« er trukket tilbage.').waitFor();
    await consentCard(gpage, 'Tage og bruge billeder').getByTestId('consent-status').getByText('Trukket tilbage').waitFor();
    await checkA11y(gpage);

    const consents = (await api('GET', `${base}/${amira.id}`)).consents as Array<{
      purpose: string;
      inForce: boolean;
      givenBy: string;
      method: string;
    }>;
    expect(consents.find((c) => c.purpose === 'photos')).toMatchObject({ inForce: false });
    expect(consents.find((c) => c.purpose === 'evaluation')).toMatchObject({ inForce: true, givenBy: 'guardian', method: 'portal' });
    await guardianContext.close();
  });
});
