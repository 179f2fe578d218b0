import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../shared/domain/calendar/local-time.ts';
import { addMonths } from '../../shared/domain/participants/dates.ts';
import { checkA11y, type Page } from '../support/browser.ts';
import { choose, type E2eUser, loginInBrowser, seedProgramme, seedUser, visit, useE2e } from '../support/e2e.ts';

/**
 * The coordinator's participant work end to end, in Danish, on a phone-size screen: intake of a
 * 14-year-old in compulsory school, a guardian who is informed of a job and co-signs, a step
 * change with a reason, a typo-tolerant search, an access-request export and an erasure.
 */
const { server, browser } = useE2e();
let programmeId: string;
let coordinator: E2eUser;

beforeAll(async () => {
  const seeded = await seedProgramme(server);
  programmeId = seeded.programme.id;
  coordinator = await seedUser(server, { name: 'Kim Koordinator', programmeId, role: 'coordinator' });
});

const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date());
/** The date `years` years and `days` days ago (Danish calendar date). */
const yearsAgo = (years: number, days: number) => addDays(addMonths(today, -12 * years), -days);

/** Ticks a radio the way a user does, by its visible label (React Aria hides the native input). */
async function pick(page: Page, group: RegExp, option: string) {
  const radios = page.getByRole('radiogroup', { name: group });
  await radios.locator('label').filter({ hasText: option }).first().click();
  await expect.poll(() => radios.getByRole('radio', { name: new RegExp(`^${option}`) }).isChecked()).toBe(true);
}

/** A disclosure (details/summary) holding an add-form: opened, then its contents as a locator. */
async function open(page: Page, title: string) {
  const details = page.locator('details').filter({ has: page.locator('summary', { hasText: title }) });
  await details.locator('summary').click();
  return details;
}

async function createParticipant(
  page: Page,
  p: { kind: 'Ung' | 'Voksen'; firstName: string; lastName: string; birthDate: string; compulsorySchool?: boolean },
) {
  await page.goto(`${server.baseUrl}/programmes/${programmeId}/participants/new`);
  await visit(page, 'Opret deltager');
  if (p.kind === 'Voksen') await pick(page, /Hvem er deltageren/, 'Voksen');
  await page.getByLabel('Fornavn').fill(p.firstName);
  await page.getByLabel('Efternavn').fill(p.lastName);
  await page.getByLabel('Fødselsdato').fill(p.birthDate);
  if (p.compulsorySchool !== undefined) {
    await pick(page, /Går i grundskole/, p.compulsorySchool ? 'Ja' : 'Nej');
  }
  await page.getByRole('button', { name: 'Opret deltager' }).click();
  await visit(page, `${p.firstName} ${p.lastName}`);
  return new URL(page.url()).pathname;
}

describe('participants in the browser', () => {
  it('takes a 14-year-old from intake to step 2 with a guardian, finds them misspelt, exports them, and anonymises another', async () => {
    const context = await browser.newContext({ locale: 'da-DK', viewport: { width: 390, height: 844 }, acceptDownloads: true });
    const page = await context.newPage();
    await loginInBrowser(page, server.baseUrl, coordinator);

    // Intake: a client-side check first (empty form), then the real thing.
    await page.goto(`${server.baseUrl}/programmes/${programmeId}/participants/new`);
    await visit(page, 'Opret deltager');
    await page.getByRole('button', { name: 'Opret deltager' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Der er fejl i formularen' });
    await expect.poll(() => summary.textContent()).toContain('Udfyld feltet »Fornavn«.');
    expect(await summary.textContent()).toContain('»Går i grundskole (folkeskole, friskole o.l.)«');
    await checkA11y(page);

    const amiraBirthDate = yearsAgo(14, 30);
    const amiraPath = await createParticipant(page, {
      kind: 'Ung',
      firstName: 'Amira',
      lastName: 'Hansen',
      birthDate: amiraBirthDate,
      compulsorySchool: true,
    });
    await expect.poll(() => page.getByTestId('page-lead').textContent()).toBe('Ung · Trin 1 af 4 · Aktiv');
    await expect.poll(() => page.getByText('Indskrevet på Trin 1 af 4').count()).toBe(1);

    // A guardian, who is told about a job and co-signs it.
    const guardianForm = await open(page, 'Tilføj forælder eller værge');
    await guardianForm.getByLabel('Navn').fill('Hanne Hansen');
    await choose(page, guardianForm, /Relation/, 'Mor');
    await guardianForm.getByLabel('Telefon').fill('12 34 56 78');
    await checkA11y(page);
    await guardianForm.getByRole('button', { name: 'Tilføj', exact: true }).click();
    await page.getByText('Hanne Hansen er tilføjet.').waitFor();
    await expect.poll(() => page.getByRole('heading', { name: /Hanne Hansen/ }).count()).toBe(1);

    const noticeForm = await open(page, 'Registrér orientering om et job');
    await noticeForm.getByLabel('Jobbet', { exact: true }).fill('Køkkenhjælp i kantinen');
    await noticeForm.getByLabel('Arbejdstider').fill('Lørdage kl. 10–14');
    await noticeForm.getByLabel('Risici i jobbet').fill('Varme gryder og knive');
    await noticeForm.getByLabel('Hvad gøres for at undgå dem?').fill('Oplæring og en fast voksen ved siden af');
    await noticeForm.getByRole('button', { name: 'Registrér orientering' }).click();
    await page.getByText('Orienteringen af Hanne Hansen er registreret.').waitFor();
    const noticeCard = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Køkkenhjælp i kantinen/ }) });
    await expect.poll(() => noticeCard.textContent()).toContain('Mangler underskrift');
    await checkA11y(page);
    await noticeCard.getByRole('button', { name: 'Registrér underskrift' }).click();
    await page.getByText('Underskriften fra Hanne Hansen er registreret.').waitFor();
    await expect.poll(() => noticeCard.textContent()).toContain('Underskrevet den');
    expect(await noticeCard.textContent()).not.toContain('Mangler underskrift');

    // From step 1 to step 2, with a reason.
    const ladderForm = await open(page, 'Skift trin');
    await choose(page, ladderForm, /Nyt trin/, 'Trin 2 af 4');
    await ladderForm.getByLabel('Begrundelse').fill('Har klaret sin første vagt godt');
    await ladderForm.getByRole('button', { name: 'Gem skiftet' }).click();
    await page.getByText('Deltageren er nu på Trin 2 af 4.').waitFor();
    await expect.poll(() => page.getByTestId('page-lead').textContent()).toBe('Ung · Trin 2 af 4 · Aktiv');
    await expect.poll(() => page.getByText('Flyttet til Trin 2 af 4').count()).toBe(1);
    expect(await page.getByText('Begrundelse: Har klaret sin første vagt godt').count()).toBe(1);
    await checkA11y(page);

    // Taking her in twice is caught before anything is saved; the second intake is merged into her record.
    await page.goto(`${server.baseUrl}/programmes/${programmeId}/participants/new`);
    await visit(page, 'Opret deltager');
    await page.getByLabel('Fornavn').fill('Amira');
    await page.getByLabel('Efternavn').fill('Hansen');
    await page.getByLabel('Fødselsdato').fill(amiraBirthDate);
    await pick(page, /Går i grundskole/, 'Ja');
    await page.getByLabel('Telefon', { exact: true }).fill('87 65 43 21');
    await page.getByRole('button', { name: 'Opret deltager' }).click();
    await page.getByRole('heading', { name: 'Deltageren findes måske allerede' }).waitFor();
    expect(await page.getByText('Samme navn og fødselsdato').count()).toBe(1);
    await checkA11y(page);
    await page.getByRole('button', { name: 'Samme person: opret og flet ind i Amira' }).click();
    await page.waitForURL((url) => url.pathname === amiraPath);
    await visit(page, 'Amira Hansen');
    await expect.poll(() => page.getByText('87 65 43 21').count()).toBe(1);

    // Another participant, an adult, to search past and to anonymise.
    const jonasPath = await createParticipant(page, {
      kind: 'Voksen',
      firstName: 'Jonas',
      lastName: 'Sørensen',
      birthDate: yearsAgo(34, 100),
    });

    // The list finds Amira by a misspelt name, and not Jonas.
    await page.goto(`${server.baseUrl}/programmes/${programmeId}/participants`);
    await visit(page, 'Deltagere');
    await expect.poll(() => page.getByRole('link', { name: 'Jonas Sørensen' }).count()).toBe(1);
    await page.getByRole('searchbox', { name: 'Navn' }).fill('Amria Hansn');
    await page.getByRole('button', { name: 'Søg', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === 'Amria Hansn');
    await expect.poll(() => page.getByRole('link', { name: 'Jonas Sørensen' }).count()).toBe(0);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'matcher søgningen' }).textContent())
      .toBe('1 deltager matcher søgningen.');
    await checkA11y(page);
    await page.getByRole('link', { name: 'Amira Hansen' }).click();
    await visit(page, 'Amira Hansen');
    expect(new URL(page.url()).pathname).toBe(amiraPath);

    // Access request: the record downloads as one document with her name in it.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Hent oplysninger (dokument)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^jobbro-oplysninger-[\w-]+\.html$/);
    const html = fs.readFileSync(await download.path(), 'utf8');
    expect(html).toContain('Amira');
    expect(html).toContain('Hanne Hansen');
    expect(html).toContain('Har klaret sin første vagt godt');

    // The other participant's details are edited, then he is erased after a confirmation.
    await page.goto(`${server.baseUrl}${jonasPath}`);
    await visit(page, 'Jonas Sørensen');
    await page.getByRole('link', { name: 'Ret oplysninger' }).click();
    await visit(page, 'Ret oplysninger om Jonas Sørensen');
    await page.getByLabel('Telefon', { exact: true }).fill('22 33 44 55');
    await page.getByRole('button', { name: 'Gem ændringer' }).click();
    await visit(page, /^Jonas Sørensen$/);
    await expect.poll(() => page.getByText('22 33 44 55').count()).toBe(1);
    await page.getByRole('button', { name: 'Anonymisér', exact: true }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Anonymisér Jonas Sørensen?' });
    await dialog.waitFor();
    await checkA11y(page);
    await dialog.getByRole('button', { name: 'Ja, anonymisér' }).click();
    // Issue #16: one clear "Anonymiseret person" (not the marker twice), no longer "Aktiv".
    await visit(page, /^Anonymiseret person$/);
    await page.getByText(/Deltageren blev anonymiseret/).waitFor();
    expect(await page.getByTestId('page-lead').textContent()).toMatch(/ · Anonymiseret$/);
    expect(await page.locator('main').textContent()).not.toContain('Anonymiseret Anonymiseret');
    expect(await page.getByRole('link', { name: 'Se jobforslag' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Anonymisér', exact: true }).count()).toBe(0);

    await context.close();
  });
  it('keeps a CPR number masked until revealed, records consents and talks, makes a portal code, and filters the list', async () => {
    // A colleague of her own: a TOTP code is never accepted twice, whatever the first test's pace.
    const colleague = await seedUser(server, { name: 'Kit Koordinator', programmeId, role: 'coordinator' });
    const context = await browser.newContext({ locale: 'da-DK', viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await loginInBrowser(page, server.baseUrl, colleague);
    const birth = yearsAgo(15, 40);
    const cpr = `${birth.slice(8, 10)}${birth.slice(5, 7)}${birth.slice(2, 4)}-4321`;
    await page.goto(`${server.baseUrl}/programmes/${programmeId}/participants/new`);
    await visit(page, 'Opret deltager');
    await page.getByLabel('Fornavn').fill('Selma');
    await page.getByLabel('Efternavn').fill('Jensen');
    await page.getByLabel('Fødselsdato').fill(birth);
    await pick(page, /Går i grundskole/, 'Nej');
    await page.getByLabel('CPR-nummer', { exact: true }).fill(cpr);
    await page.getByRole('button', { name: 'Opret deltager' }).click();
    await expect
      .poll(() => page.getByRole('alert').filter({ hasText: 'Der er fejl' }).textContent())
      .toContain('»Hvorfor skal CPR-nummeret gemmes?«');
    await page.getByLabel('Hvorfor skal CPR-nummeret gemmes?').fill('Løn');
    await page.getByRole('button', { name: 'Opret deltager' }).click();
    await visit(page, 'Selma Jensen');
    await page.getByText(`${cpr.slice(0, 6)}-XXXX`).waitFor();
    await page.getByRole('button', { name: 'Vis hele CPR-nummeret' }).click();
    await page.getByText(cpr).waitFor();
    await checkA11y(page);

    const g = await open(page, 'Tilføj forælder eller værge');
    await g.getByLabel('Navn').fill('Peter Jensen');
    await choose(page, g, /Relation/, 'Far');
    await g.getByLabel('E-mail').fill('peter@example.test');
    await g.getByRole('button', { name: 'Tilføj', exact: true }).click();
    await page.getByText('Peter Jensen er tilføjet.').waitFor();

    const c = await open(page, 'Registrér samtykke');
    await c.getByRole('button', { name: 'Registrér samtykke' }).click();
    await expect
      .poll(() => c.getByRole('alert').filter({ hasText: 'Der er fejl' }).textContent())
      .toContain('Vælg mindst én slags oplysninger.');
    await checkA11y(page);
    await choose(page, c, /Hvad gælder samtykket/, 'Deling med jobcenter');
    await c.locator('label').filter({ hasText: 'Kontaktoplysninger' }).click();
    // Sharing with every partner is a choice of its own (issue #16), not what ticking nobody means.
    await c.locator('label').filter({ hasText: 'Alle partnere i programmet' }).click();
    await c.getByRole('button', { name: 'Registrér samtykke' }).click();
    await page.getByText('Samtykket »Deling med jobcenter« er registreret.').waitFor();
    await checkA11y(page);

    const talk = await open(page, 'Registrér samtale');
    await talk.getByLabel('Hvad talte I om?').fill('Snak om feriejob');
    await talk.getByLabel('Hvad skal ske?').fill('Ringe til Netto');
    await checkA11y(page);
    await talk.getByRole('button', { name: 'Gem samtalen' }).click();
    await page.getByText('Samtalen er gemt.').waitFor();
    await page.getByRole('button', { name: /Markér som klaret/ }).click();
    await page.getByText('»Ringe til Netto« er markeret som klaret.').waitFor();

    await page.getByRole('button', { name: 'Lav kode' }).click();
    await page.getByText(/Kode til Selma Jensen/).waitFor();
    await checkA11y(page);

    // No duplicates here; the merge itself is covered by the second intake in the first test.
    await page.getByRole('button', { name: 'Find mulige dubletter' }).click();
    await page.getByText('Der er ingen mulige dubletter.').waitFor();

    await page.getByRole('button', { name: 'Træk tilbage' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Ja, træk tilbage' }).click();
    await page.getByText('Samtykket »Deling med jobcenter« er trukket tilbage.').waitFor();
    await checkA11y(page);

    // On a wide screen every filter shows; step 1 finds her.
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${server.baseUrl}/programmes/${programmeId}/participants`);
    await visit(page, 'Deltagere');
    await choose(page, page.locator('form'), /Trin eller spor/, 'Ung: Trin 1 af 4');
    await page.getByRole('button', { name: 'Søg', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('step') === '1');
    await expect.poll(() => page.getByRole('link', { name: 'Selma Jensen' }).count()).toBe(1);
    await checkA11y(page);
    // The English catalogue covers the page too.
    await page.getByRole('button', { name: 'English' }).click();
    await visit(page, 'Participants');
    await expect.poll(() => page.getByRole('button', { name: 'Search', exact: true }).count()).toBe(1);
    await page.getByRole('button', { name: 'Dansk' }).click();
    await visit(page, 'Deltagere');
    await context.close();
  });
});
