import { describe, expect, it } from 'vitest';
import { cvrWeightedSum } from '../../shared/domain/identifiers/cvr.ts';
import { checkA11y, type Page } from '../support/browser.ts';
import { loginInBrowser, seedProgramme, seedUser, visit, useE2e } from '../support/e2e.ts';
import { seedEva } from '../support/e2e-bakery.ts';

/**
 * The employers feature end to end, in Danish: a coordinator registers a company (an invalid CVR
 * number is explained first), adds a workplace and a mentor, and opens a step-3 opening; the
 * company's contact person, on a phone, sees it and proposes another; the coordinator approves it.
 */
const { server, browser } = useE2e();

/** A valid CVR number built from the modulus-11 rule (the last weight is 1). */
function validCvr(first7: string): string {
  const check = (11 - (cvrWeightedSum(`${first7}0`) % 11)) % 11;
  if (check === 10) throw new Error(`${first7} has no valid check digit`);
  return `${first7}${check}`;
}

/** Picks an option in a react-aria select, found by its label. */
async function choose(page: Page, label: string | RegExp, option: string) {
  await page.getByRole('button', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** The folded add-form on the company page whose summary reads `title`, opened. */
async function openDisclosure(page: Page, title: string) {
  const details = page.locator('details').filter({ has: page.locator('summary', { hasText: title }) });
  await details.locator('summary').click();
  return details;
}

describe('employers in the browser', () => {
  it('registers a company with a workplace, a mentor and an opening; its contact proposes another on a phone; the coordinator approves', async () => {
    const { programme } = await seedProgramme(server, 'Jobplaneten Køge');
    const kim = await seedUser(server, { name: 'Kim Koordinator', programmeId: programme.id, role: 'coordinator' });
    const cvr = validCvr('3141592');

    // ---- The coordinator registers the company. --------------------------------------------
    const coordinatorContext = await browser.newContext({ locale: 'da-DK' });
    const page = await coordinatorContext.newPage();
    await loginInBrowser(page, server.baseUrl, kim);
    await page.goto(`${server.baseUrl}/programmes/${programme.id}/companies`);
    await visit(page, 'Virksomheder');
    await page.getByRole('link', { name: 'Ny virksomhed' }).click();
    await visit(page, 'Ny virksomhed');

    const broken = `${cvr.slice(0, 7)}${(Number(cvr[7]) + 1) % 10}`;
    await page.getByLabel('CVR-nummer').fill(broken);
    await page.getByLabel('Virksomhedens navn').fill('Bageriet Ellemarken ApS');
    await page.getByLabel('Branche').fill('Bageri');
    await page.getByRole('button', { name: 'Opret virksomhed' }).click();
    const cvrError = 'CVR-nummeret er ikke gyldigt. Tjek, at du har skrevet det rigtigt.';
    // Said twice: in the error summary (which takes focus) and under the field itself.
    await expect.poll(() => page.getByText(cvrError, { exact: true }).count()).toBe(2);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toContain(cvrError);
    await checkA11y(page);

    await page.getByLabel('CVR-nummer').fill(`DK ${cvr.slice(0, 4)} ${cvr.slice(4)}`);
    await page.getByRole('button', { name: 'Opret virksomhed' }).click();
    await visit(page, 'Bageriet Ellemarken ApS');
    await expect.poll(() => page.getByText(cvr, { exact: true }).count()).toBe(1);

    // A workplace, with the town looked up from the postal code.
    const workplaceForm = await openDisclosure(page, 'Tilføj arbejdssted');
    await workplaceForm.getByLabel('Arbejdsstedets navn').fill('Butikken');
    await workplaceForm.getByLabel('Adresse').fill('Torvet 1');
    await workplaceForm.getByLabel('Postnummer').fill('4600');
    await expect.poll(() => workplaceForm.getByRole('status').filter({ hasText: 'By: Køge' }).count()).toBe(1);
    await workplaceForm.getByRole('button', { name: 'Tilføj arbejdssted' }).click();
    await expect
      .poll(() => page.getByRole('region', { name: 'Arbejdssteder hos Bageriet Ellemarken ApS' }).textContent())
      .toContain('4600 Køge');
    await checkA11y(page);

    // A mentor with bought-out hours.
    const mentorForm = await openDisclosure(page, 'Tilføj mentor');
    await mentorForm.getByLabel('Navn').fill('Mette Mentor');
    await mentorForm.getByLabel('Frikøbte timer om ugen').fill('2,5');
    await mentorForm.getByLabel('Timesats (kr.)').fill('300');
    await choose(page, /Hvem betaler/, 'Projektmidler');
    await mentorForm.getByRole('button', { name: 'Tilføj mentor' }).click();
    const mentors = page.getByRole('region', { name: 'Mentorer hos Bageriet Ellemarken ApS' });
    await expect.poll(() => mentors.textContent()).toContain('Mette Mentor');
    await expect.poll(() => mentors.textContent()).toMatch(/750,00\s*kr\./);
    await checkA11y(page);

    // A step-3 opening, opened at once (it is legal for 15-year-olds).
    await page.getByRole('link', { name: 'Opret opslag' }).click();
    await visit(page, 'Nyt opslag');
    await choose(page, /Type job/, 'Fritidsjob i privat virksomhed');
    await expect.poll(() => page.locator('output').textContent()).toBe('Trin 3 – fritidsjob i en privat virksomhed');
    await page.getByLabel('Titel').fill('Butiksassistent');
    await page.getByLabel('Alder fra').fill('15');
    await page.getByLabel('Alder til').fill('17');
    await page.getByLabel('Timer om ugen').fill('6');
    await page.getByRole('button', { name: 'Tilføj vagt' }).click();
    await choose(page, /Ugedag/, 'Tirsdag');
    await page.getByLabel('Start', { exact: true }).fill('15:00');
    await page.getByLabel('Slut', { exact: true }).fill('17:00');
    await page.getByLabel('Startdato').fill('2027-01-04');
    await expect.poll(() => page.getByLabel('Slutdato').inputValue()).toBe('2027-07-04');
    await checkA11y(page);
    await page.getByRole('button', { name: 'Åbn opslaget' }).click();
    await visit(page, 'Butiksassistent');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Opslaget er åbent.' }).count()).toBe(1);
    await expect.poll(() => page.getByText('Status: Åben', { exact: true }).count()).toBe(1);

    // ---- The company's contact person, on a phone. -------------------------------------------
    const organisation = await server.db.selectFrom('organisations').select('id').where('cvr', '=', cvr).executeTakeFirstOrThrow();
    const eva = await seedEva(server, programme.id, organisation.id);
    const phone = await browser.newContext({ locale: 'da-DK', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const epage = await phone.newPage();
    await loginInBrowser(epage, server.baseUrl, eva);
    await epage.goto(`${server.baseUrl}/virksomhed`);
    await visit(epage, 'Din virksomhed');
    await epage.getByRole('link', { name: 'Bageriet Ellemarken ApS', exact: true }).click();
    await visit(epage, 'Bageriet Ellemarken ApS');
    const jobs = epage.getByRole('region', { name: 'Jeres job' });
    await expect.poll(() => jobs.textContent()).toContain('Butiksassistent');
    await expect.poll(() => jobs.textContent()).toContain('Åbent');
    expect(await epage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await epage.getByRole('link', { name: 'Foreslå et nyt opslag' }).click();
    await visit(epage, 'Foreslå et nyt opslag');
    await choose(epage, /Hvilken slags job/, 'Fritidsjob i privat virksomhed');
    await epage.getByLabel('Titel').fill('Lagerhjælper');
    await epage.getByLabel('Hvad skal personen lave?').fill('Pakke varer ud og holde orden på lageret.');
    await epage.getByLabel('Alder fra').fill('15');
    await epage.getByLabel('Timer om ugen').fill('4');
    await epage.getByLabel('Hvor mange kan I tage?').fill('2');
    await epage.getByLabel('Hvornår kan jobbet starte?').fill('2027-02-01');
    expect(await epage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await epage.getByRole('button', { name: 'Send forslag' }).click();
    await visit(epage, 'Bageriet Ellemarken ApS');
    await expect.poll(() => epage.getByRole('status').filter({ hasText: 'Tak! Dit forslag er sendt.' }).count()).toBe(1);
    await expect.poll(() => jobs.locator('li', { hasText: 'Lagerhjælper' }).textContent()).toContain('Venter på godkendelse');

    const proposedMail = await server.smtp.waitFor(kim.email);
    expect(proposedMail.subject).toBe('Nyt stillingsforslag fra Bageriet Ellemarken ApS: Lagerhjælper');

    // ---- The coordinator approves the proposal on the board. ---------------------------------
    await page.goto(`${server.baseUrl}/programmes/${programme.id}/openings`);
    await visit(page, 'Opslag');
    const proposed = page.getByRole('region', { name: /^Forslag/ });
    await expect.poll(() => proposed.textContent()).toContain('Lagerhjælper');
    await proposed.getByRole('button', { name: /^Godkend og åbn\s*: Lagerhjælper$/ }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: '»Lagerhjælper« er åbent.' }).count()).toBe(1);
    await expect.poll(() => page.getByRole('region', { name: /^Åben/ }).textContent()).toContain('Lagerhjælper');
    await expect.poll(() => proposed.textContent()).toContain('Ingen opslag.');
    await checkA11y(page);

    const approvedMail = await server.smtp.waitFor(eva.email);
    expect(approvedMail.subject).toBe('Jeres stillingsforslag er godkendt: Lagerhjælper');
    expect(approvedMail.text).toContain(`/virksomhed/`);

    // The contact sees it open.
    await epage.reload();
    await visit(epage, 'Bageriet Ellemarken ApS');
    await expect.poll(() => jobs.locator('li', { hasText: 'Lagerhjælper' }).textContent()).toContain('Åbent');

    await coordinatorContext.close();
    await phone.close();
  });
});
