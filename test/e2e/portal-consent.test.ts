import { describe, expect, it } from 'vitest';
import { today } from '../../server/lib/clock.ts';
import { youth } from '../../server/modules/participants/fixtures.ts';
import { apiAs, E2E_PASSWORD, seedProgramme, seedUser, useE2e, visit } from '../support/e2e.ts';

/**
 * Withdrawing a consent that is already withdrawn (a double tap, another tab, the coordinator): the
 * server answers 409 `state_changed`, and the portal says what happened in plain Danish and shows
 * the consent as it now stands, instead of the generic "someone else changed it" (issue #17).
 */
const { server, browser } = useE2e();

describe('withdrawing a consent twice in the portal', () => {
  it('says it was already withdrawn and shows it so', async () => {
    const { programme, site } = await seedProgramme(server);
    const kim = await seedUser(server, { name: 'Kim Koordinator', programmeId: programme.id, role: 'coordinator' });
    const api = await apiAs(server, kim.id);
    const base = `/api/programmes/${programme.id}/participants`;
    const amira = await api('POST', base, youth(site.id, { firstName: 'Amira', lastName: 'Hansen' }));
    const consent = await api('POST', `${base}/${amira.id}/consents`, {
      purpose: 'photos',
      allPartners: true,
      dataCategories: ['profile'],
      givenOn: today(),
      givenBy: 'participant',
      method: 'paper',
    });
    const code = (await api('POST', `${base}/${amira.id}/portal-codes`, { for: 'participant' })).code as string;

    const phone = await browser.newContext({ locale: 'da-DK', viewport: { width: 390, height: 844 } });
    const page = await phone.newPage();
    await page.goto(`${server.baseUrl}/kode`);
    await visit(page, 'Har du fået en kode?');
    await page.getByLabel('Kode', { exact: true }).fill(code);
    await page.getByLabel('Brugernavn').fill('amira.h');
    await page.getByLabel('Adgangskode', { exact: true }).fill(E2E_PASSWORD);
    await page.getByLabel('Gentag adgangskode').fill(E2E_PASSWORD);
    await page.getByRole('button', { name: 'Lav mit login' }).click();
    await visit(page, 'Hej Amira');
    const card = page.getByTestId('consent').filter({ has: page.getByRole('heading', { name: 'Tage og bruge billeder' }) });
    await card.getByText('Gælder', { exact: true }).waitFor();

    // The page still shows it in force when it is withdrawn elsewhere; then Amira withdraws it too.
    await api('POST', `${base}/${amira.id}/consents/${consent.id}/revoke`, {});
    await card.getByRole('button', { name: 'Træk tilbage – Tage og bruge billeder' }).click();
    await card.getByRole('button', { name: 'Ja, træk tilbage' }).click();
    await page.getByText('Samtykket »Tage og bruge billeder« var allerede trukket tilbage. Siden viser nu, hvordan det står.').waitFor();
    await card.getByTestId('consent-status').getByText('Trukket tilbage').waitFor();
    expect(await page.getByText('En anden nåede at ændre det først').count()).toBe(0);
    await visit(page, 'Hej Amira');
  });
});
