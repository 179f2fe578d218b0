import { describe, expect, it } from 'vitest';
import { asSystem } from '../../db/tenant.ts';
import { today } from '../../server/lib/clock.ts';
import { yearsAgo, youth } from '../../server/modules/participants/fixtures.ts';
import { addDays } from '../../shared/domain/calendar/local-time.ts';
import { checkA11y, type Page } from '../support/browser.ts';
import { apiAs, E2E_PASSWORD, loginInBrowser, seedProgramme, seedUser, visit, useE2e } from '../support/e2e.ts';
import { agreedPlacement, seedBakery, seedEva, shopOpening } from '../support/e2e-bakery.ts';

/**
 * The participant and guardian portal on a phone, in Danish: a youth redeems the code from their
 * coordinator, logs in with the login name, sees their step and changes their availability; their
 * mother redeems her code, sees the child's consents, gives one and withdraws one. A youth at work
 * sees the job, next shifts, approved hours, earnings and an activity; the parent sees the same.
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

/** Nothing on a phone page may need sideways scrolling of the whole page. */
const noWiderThanPhone = async (page: Page) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

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

/**
 * A 16-year-old out of school with a running job at the bakery (so no guardian clearance is
 * needed), two approved shifts and a rejected one today, a registered activity next week, and
 * portal logins for her and her mother. Everything goes through the API, as staff would do it.
 */
async function youthAtWork() {
  const { p, site, api, company, workplace } = await seedBakery(server, 'Jobplaneten Portal');
  const schedule = [
    { weekday: 3, start: '15:00', end: '17:00', breakMinutes: 0 },
    { weekday: 6, start: '10:00', end: '14:00', breakMinutes: 0 },
  ];
  const opening = await api(
    'POST',
    `/api/programmes/${p}/openings`,
    shopOpening(workplace.id, { hoursPerWeek: 6, weeklySchedule: schedule, wagePerHour: 80 }),
  );
  const mentor = await api('POST', `/api/programmes/${p}/mentors`, {
    organisationId: company.organisationId,
    userId: null,
    name: 'Mads Mentor',
    phone: '+45 20 30 40 50',
    hoursPerWeek: 2,
    ratePerHour: 250,
    payer: 'project_funds',
  });
  const sara = await api(
    'POST',
    `/api/programmes/${p}/participants`,
    youth(site.id, { firstName: 'Sara', lastName: 'Jensen', birthDate: yearsAgo(16), compulsorySchool: false, confirmNotDuplicate: true }),
  );
  const eva = await seedEva(server, p, company.organisationId);
  const evaApi = await apiAs(server, eva.id);
  const pl = await agreedPlacement(api, p, sara.id, opening.id, {
    startsOn: addDays(today(), -30),
    endsOn: addDays(today(), 90),
    hoursPerWeek: 6,
    weeklySchedule: schedule,
    wagePerHour: 80,
    wagePayer: 'company',
    mentorId: mentor.id,
  });
  await pl.move({ to: 'active' });
  const shifts = `/api/programmes/${p}/placements/${pl.id}/shifts`;
  await evaApi('POST', shifts, { workDate: today(), startTime: '10:00', endTime: '12:00', approve: true });
  await evaApi('POST', shifts, { workDate: today(), startTime: '12:30', endTime: '13:30', approve: true });
  const wrong = await evaApi('POST', shifts, { workDate: today(), startTime: '14:00', endTime: '15:00' });
  await evaApi('POST', `/api/programmes/${p}/shifts/${wrong.shift.id}/reject`, { reason: 'Du var ikke på arbejde den dag' });
  const activity = await api('POST', `/api/programmes/${p}/activities`, {
    kind: 'interview_training',
    title: 'Jobsamtaletræning',
    description: 'Øv jobsamtalen',
    place: 'Beboerhuset',
    siteId: site.id,
    hostCompanyId: null,
    capacity: 10,
    sessions: [{ startsAt: `${addDays(today(), 7)}T16:00`, endsAt: `${addDays(today(), 7)}T18:00` }],
  });
  await api('POST', `/api/programmes/${p}/activities/${activity.id}/invitations`, { participantIds: [sara.id] });
  await api('PUT', `/api/programmes/${p}/activities/${activity.id}/participants/${sara.id}`, { status: 'registered' });
  const mona = await api('POST', `/api/programmes/${p}/participants/${sara.id}/guardians`, {
    name: 'Mona Jensen',
    relation: 'mother',
    phone: '+45 11 22 33 44',
  });
  // Portal logins, as redeeming the coordinator's codes would link them (redeeming is tested above).
  const youthUser = await seedUser(server, { name: 'Sara Jensen', programmeId: p, role: 'participant' });
  const parentUser = await seedUser(server, { name: 'Mona Jensen', programmeId: p, role: 'guardian' });
  await asSystem(server.db, async (trx) => {
    await trx.updateTable('participants').set({ user_id: youthUser.id }).where('id', '=', sara.id).execute();
    await trx.updateTable('guardians').set({ user_id: parentUser.id }).where('id', '=', mona.id).execute();
  });
  return { youthUser, parentUser };
}

describe('the portal tells the truth about work', () => {
  it('shows the youth the job, next shifts, approved hours and earnings, and the parent the same', async () => {
    const { youthUser, parentUser } = await youthAtWork();
    const job = 'Butiksassistent hos Bageriet Ellemarken ApS';

    const youthContext = await browser.newContext({ locale: 'da-DK', viewport: PHONE });
    const page = await youthContext.newPage();
    await loginInBrowser(page, server.baseUrl, youthUser);
    await page.waitForURL((url) => url.pathname === '/mig');
    await visit(page, 'Hej Sara');
    await page
      .getByRole('navigation')
      .getByRole('link', { name: /^Beskeder/ })
      .waitFor();
    const card = page.getByTestId('portal-job').filter({ has: page.getByRole('heading', { name: job, level: 3 }) });
    await card.getByText('Du er i gang.').waitFor();
    await card.getByText('Torvet 1, 4600').waitFor();
    await card.getByRole('link', { name: 'Se Butikken på et kort' }).waitFor();
    await card.getByRole('link', { name: 'Ring til Mads Mentor på +45 20 30 40 50' }).waitFor();
    await card.getByText('onsdag 15:00–17:00').waitFor();
    await card.getByText('80,00 kr. i timen').waitFor();
    await card.getByText('Virksomheden betaler lønnen.').waitFor();
    // The PDFs staff see, read in the app: the link answers with the placement's own document.
    const letter = await card.getByRole('link', { name: 'Læs brevet til forældre (PDF)' }).getAttribute('href');
    const pdf = await page.request.get(`${server.baseUrl}${letter}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    await card.getByRole('link', { name: 'Læs ansættelsesbeviset (PDF)' }).waitFor();
    expect(await page.getByTestId('portal-shift').count()).toBeGreaterThan(0);
    await page.getByTestId('portal-hours').filter({ hasText: 'Godkendt' }).first().waitFor();
    await page.getByTestId('portal-hours').filter({ hasText: 'Grund: Du var ikke på arbejde den dag' }).waitFor();
    // 3 approved hours × 80 kr. = 240 kr. and 12.5 % holiday pay = 30 kr.: 270 kr. in all.
    const earnings = page.getByTestId('portal-earnings');
    await earnings.getByText(/^270,00\skr\. i alt$/).waitFor();
    await earnings.getByText(/^3 timer: 240,00\skr\. i løn \+ 30,00\skr\. i feriepenge$/).waitFor();
    await page.getByTestId('portal-activity').filter({ hasText: 'Jobsamtaletræning' }).getByText('Du er tilmeldt.').waitFor();
    await checkA11y(page);
    await noWiderThanPhone(page);
    await youthContext.close();

    const parentContext = await browser.newContext({ locale: 'da-DK', viewport: PHONE });
    const gpage = await parentContext.newPage();
    await loginInBrowser(gpage, server.baseUrl, parentUser);
    await gpage.waitForURL((url) => url.pathname === '/mig');
    await visit(gpage, 'Hej Mona');
    await gpage
      .getByRole('navigation')
      .getByRole('link', { name: /^Beskeder/ })
      .waitFor();
    await gpage.getByRole('heading', { name: 'Sara Jensen', level: 2 }).waitFor();
    const childCard = gpage.getByTestId('portal-job').filter({ has: gpage.getByRole('heading', { name: job, level: 4 }) });
    await childCard.getByText('Sara er i gang.').waitFor();
    await childCard.getByRole('link', { name: 'Læs brevet til forældre (PDF)' }).waitFor();
    expect(await gpage.getByTestId('portal-shift').count()).toBeGreaterThan(0);
    await gpage.getByTestId('portal-hours').filter({ hasText: 'Godkendt' }).first().waitFor();
    await gpage.getByRole('heading', { name: 'Det har Sara tjent' }).waitFor();
    await gpage
      .getByTestId('portal-earnings')
      .getByText(/^270,00\skr\. i alt$/)
      .waitFor();
    await gpage.getByTestId('portal-activity').getByText('Sara er tilmeldt.').waitFor();
    await checkA11y(gpage);
    await noWiderThanPhone(gpage);
    await parentContext.close();
  });
});
