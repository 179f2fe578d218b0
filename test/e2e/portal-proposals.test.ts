import { describe, expect, it } from 'vitest';
import { youth } from '../../server/modules/participants/fixtures.ts';
import { checkA11y } from '../support/browser.ts';
import { loginInBrowser, useE2e, visit } from '../support/e2e.ts';
import { motherWithLogin, seedBakery, shopOpening } from '../support/e2e-bakery.ts';

/**
 * Issue #13, proposals on a phone: the mother of a 14-year-old reads what the job is, where, the
 * hours, the pay and what happens next before she answers; her "Nej tak" asks first and takes an
 * optional reason; she takes it back and answers again; once the coordinator has acted on a no
 * (proposed another job), it can no longer be taken back and leaves the list.
 */
const { server, browser } = useE2e();

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

describe('proposals in the portal', () => {
  it('shows the job before the answer, asks before a no, and lets the no be taken back until the coordinator acts', async () => {
    const { p, site, api, workplace } = await seedBakery(server, 'Jobplaneten Køge');
    const opening = (title: string) => api('POST', `/api/programmes/${p}/openings`, shopOpening(workplace.id, { title }));
    const bakery = await opening('Butiksassistent');
    const noah = await api(
      'POST',
      `/api/programmes/${p}/participants`,
      youth(site.id, { firstName: 'Noah', lastName: 'Jensen', confirmNotDuplicate: true }),
    );
    const monaUser = await motherWithLogin(server, api, p, noah.id);
    await api('POST', `/api/programmes/${p}/placements`, { participantId: noah.id, openingId: bakery.id });

    const phone = await browser.newContext({ locale: 'da-DK', ...PHONE });
    const page = await phone.newPage();
    await loginInBrowser(page, server.baseUrl, monaUser);
    await page.waitForURL((url) => url.pathname === '/mig');
    const proposals = page.getByRole('region', { name: 'Forslag til job' });
    await proposals.getByText('Hvad sker der nu?').waitFor();
    await visit(page, 'Hej Mona');
    // The job before the answer: what, where, hours, pay and who pays, and what happens next.
    await proposals.getByText('Fylde varer op og hjælpe kunder').waitFor();
    await proposals.getByText('Torvet 1, 4600').waitFor();
    await proposals.getByText('2 timer om ugen.').waitFor();
    await proposals.getByText('Virksomheden betaler lønnen.', { exact: false }).waitFor();
    await proposals.getByText(/Så kan de invitere Noah til en samtale/).waitFor();
    await proposals.getByText('Du fik forslaget').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // "Nej tak" asks first, with an optional reason.
    await proposals.getByRole('button', { name: /^Nej tak/ }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Vil du sige nej tak til Butiksassistent?' });
    await dialog.waitFor();
    await checkA11y(page);
    await dialog.getByLabel('Tiderne passer ikke').check();
    await dialog.getByRole('button', { name: 'Ja, sig nej tak' }).click();
    await page.getByText('Tak for dit svar. Du har sagt nej tak til Butiksassistent.').waitFor();
    await proposals.getByText(/Du har sagt nej tak for Noah/).waitFor();
    await visit(page, 'Hej Mona');

    // Taken back: the proposal is open again, with both steps in its progress.
    await proposals.getByRole('button', { name: /^Fortryd nej tak/ }).click();
    await page.getByText('Du har fortrudt dit nej tak til Butiksassistent. Du kan svare igen.').waitFor();
    await proposals.getByText('Nej tak er fortrudt').waitFor();
    await proposals.getByRole('button', { name: /^Ja tak/ }).waitFor();
    await visit(page, 'Hej Mona');

    // A second no, then the coordinator acts on it (proposes another job): the no is final.
    await proposals.getByRole('button', { name: /^Nej tak/ }).click();
    await page.getByRole('button', { name: 'Ja, sig nej tak' }).click();
    await proposals.getByRole('button', { name: /^Fortryd nej tak/ }).waitFor();
    const cafe = await opening('Caféhjælper');
    await api('POST', `/api/programmes/${p}/placements`, { participantId: noah.id, openingId: cafe.id });
    await page.reload();
    await proposals.getByRole('heading', { name: 'Caféhjælper hos Bageriet Ellemarken ApS' }).waitFor();
    await visit(page, 'Hej Mona');
    expect(await proposals.getByRole('heading', { name: 'Butiksassistent hos Bageriet Ellemarken ApS' }).count()).toBe(0);
    expect(await proposals.getByRole('button', { name: /^Fortryd nej tak/ }).count()).toBe(0);
    await phone.close();
  });
});
