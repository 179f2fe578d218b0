import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { asSystem } from '../../db/tenant.ts';
import { today } from '../../server/lib/clock.ts';
import { yearsAgo, youth } from '../../server/modules/participants/fixtures.ts';
import { addDays, isoWeek, mondayOf, weekday } from '../../shared/domain/calendar/local-time.ts';
import { defaultSchoolDays } from '../../shared/domain/youth-rules/index.ts';
import { agreedPlacement, seedBakery, seedEva, shopOpening } from '../support/e2e-bakery.ts';
import { checkA11y, type Page } from '../support/browser.ts';
import { choose, loginInBrowser, seedUser, visit, useE2e } from '../support/e2e.ts';

/**
 * Hours end to end, in Danish (the "Done when"): a 14-year-old pupil's employer, on a
 * phone, enters two hours on each of the five school days and three on Saturday; the Saturday shift
 * is flagged with the 12-hour school-week limit, cannot be approved, is corrected to two hours and
 * the week is approved. The coordinator then downloads the month's payroll: 12 hours × 65 kr. with
 * 12.5 % holiday pay.
 */
const { server, browser } = useE2e();

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const noWiderThanPhone = async (page: Page) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

/** The latest past week whose Monday–Friday are all school days and whose Monday–Saturday lie in one month. */
function schoolWeek(): string {
  for (let monday = addDays(mondayOf(today()), -7); ; monday = addDays(monday, -7)) {
    const sat = addDays(monday, 5);
    if (defaultSchoolDays(monday, addDays(monday, 4)).length === 5 && monday.slice(0, 7) === sat.slice(0, 7)) return monday;
  }
}

const DAYS = ['Mandag', 'Tirsdag', 'Onsdag', 'Torsdag', 'Fredag', 'Lørdag', 'Søndag'];
const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
/** "Lørdag 28. november 2026", as the timesheet titles each day. */
const dayTitle = (date: string, i: number) =>
  `${DAYS[i]} ${Number(date.slice(8, 10))}. ${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

describe('hours in the browser', () => {
  it('flags a 14-year-old’s 13-hour school week, lets the employer correct and approve it, and pays 12 hours with holiday pay', async () => {
    const MON = schoolWeek();
    const day = (i: number) => addDays(MON, i);
    const { year, week } = isoWeek(MON);
    const weekId = `${year}-W${String(week).padStart(2, '0')}`;

    // ---- Setup through the API: Noah (14, in school) works at the bakery; his mother co-signed. ----
    const { p, site, kim, api, company, workplace } = await seedBakery(server, 'Jobplaneten Timer');
    const schedule = [{ weekday: 3, start: '15:00', end: '17:00', breakMinutes: 0 }];
    const opening = await api('POST', `/api/programmes/${p}/openings`, shopOpening(workplace.id, { weeklySchedule: schedule }));
    const noah = await api(
      'POST',
      `/api/programmes/${p}/participants`,
      youth(site.id, {
        firstName: 'Noah',
        lastName: 'Jensen',
        birthDate: addDays(yearsAgo(14), -60),
        compulsorySchool: true,
        confirmNotDuplicate: true,
      }),
    );
    const eva = await seedEva(server, p, company.organisationId);
    const pl = await agreedPlacement(api, p, noah.id, opening.id, {
      startsOn: addDays(MON, -7),
      hoursPerWeek: 2,
      weeklySchedule: schedule,
      wagePerHour: 65,
      wagePayer: 'company',
    });
    const mona = await api('POST', `/api/programmes/${p}/participants/${noah.id}/guardians`, {
      name: 'Mona Jensen',
      relation: 'mother',
      phone: '+45 11 22 33 44',
    });
    await api('POST', `/api/programmes/${p}/participants/${noah.id}/guardian-notices`, {
      guardianId: mona.id,
      placementId: pl.id,
      jobDescription: 'Butiksassistent',
      hours: 'Efter skole',
      risks: 'Varme ovne',
      precautions: 'Voksen til stede',
      informedOn: today(),
      cosignedOn: today(),
    });
    await pl.move({ to: 'active' });
    // Monday–Saturday leaves one day off in the week (weekly rest, AML § 62, stk. 2); the coordinator
    // has documented an exception, so this story is about the 12-hour school week alone.
    await api('POST', `/api/programmes/${p}/participants/${noah.id}/rule-exceptions`, {
      rule: 'weekly-rest',
      appliesOn: MON,
      reason: 'Seks arbejdsdage denne uge',
      legalBasis: 'BEK om unges arbejde (testgrundlag)',
    });

    // ---- The employer, on a phone, opens the placement's hours and goes to the school week. -------
    const evaPhone = await browser.newContext({ locale: 'da-DK', ...PHONE });
    const epage = await evaPhone.newPage();
    await loginInBrowser(epage, server.baseUrl, eva);
    await epage.goto(`${server.baseUrl}/virksomhed/forloeb/${pl.id}`);
    await visit(epage, 'Noah – Butiksassistent');
    await epage.getByRole('link', { name: 'Timer', exact: true }).click();
    await visit(epage, 'Timer: Noah – Butiksassistent');
    await epage.goto(`${server.baseUrl}/virksomhed/forloeb/${pl.id}/timer?week=${weekId}`);
    await visit(epage, 'Timer: Noah – Butiksassistent');
    await epage.getByRole('heading', { name: new RegExp(`^Uge ${week}:`) }).waitFor();

    const add = epage.getByRole('form', { name: 'Registrér en vagt' });
    const region = (i: number) => epage.getByRole('region', { name: dayTitle(day(i), i) });
    const enter = async (i: number, start: string, end: string) => {
      await add.getByLabel('Dato').fill(day(i));
      await add.getByLabel('Start', { exact: true }).fill(start);
      await add.getByLabel('Slut', { exact: true }).fill(end);
      await add.getByLabel('Pause i minutter').fill('0');
      await add.getByRole('button', { name: 'Gem vagten' }).click();
      await region(i).getByText(`${start}–${end}`, { exact: true }).first().waitFor();
    };
    for (let i = 0; i < 5; i++) await enter(i, '15:00', '17:00');
    await enter(5, '10:00', '13:00');

    // The Saturday shift is flagged, in Danish, citing the 12-hour limit for school weeks.
    // Kept, but as a warning that says it cannot be approved and why — not a green success box.
    const kept = epage.getByTestId('shift-kept-warning');
    await kept.getByText(/^Vagten er gemt, men den kan ikke godkendes, fordi den bryder reglerne for unges arbejde\./).waitFor();
    await kept.getByText('Timer i en skoleuge', { exact: true }).waitFor();
    expect(await epage.getByRole('status').filter({ hasText: 'Vagten er registreret' }).count()).toBe(0);
    // The week limit is shown on the week, naming the shifts that make up the total.
    const weekBox = epage.getByRole('heading', { name: 'Regler for hele ugen' }).locator('..');
    await weekBox.getByText('Timer i en skoleuge', { exact: true }).waitFor();
    expect(squash(await weekBox.textContent())).toContain(`${dayTitle(day(5), 5)} 10:00–13:00`);
    expect(squash(await weekBox.textContent())).toContain(`${dayTitle(day(0), 0)} 15:00–17:00`);
    const saturday = region(5);
    const schoolWeekFlag = (i: number) => region(i).getByTestId('violation').filter({ hasText: 'Timer i en skoleuge' });
    const flag = schoolWeekFlag(5);
    await flag.getByText('Timer i en skoleuge', { exact: true }).waitFor();
    expect(squash(await flag.textContent())).toContain('Grænse: 12 timer. Faktisk: 13 timer.');
    expect(squash(await flag.textContent())).toMatch(
      /Grænsen er 12 timer for unge under 15 år eller i undervisningspligtig skole.*arbejdsmiljøloven § 61, stk\. 2/,
    );
    for (let i = 0; i < 5; i++) expect(await schoolWeekFlag(i).count()).toBe(0);
    await checkA11y(epage);

    // "Approve all valid" approves the five school days; the flagged Saturday is left, and approving
    // it on its own is refused while the week breaks the rules.
    await epage.getByRole('button', { name: 'Godkend alle gyldige' }).click();
    await epage.getByText('5 vagter er godkendt. 1 bryder reglerne og skal rettes først.').waitFor();
    // The Saturday offers no "Godkend": it says what blocks its approval instead; nothing is left to approve.
    expect(await saturday.getByRole('button', { name: /^Godkend/ }).count()).toBe(0);
    await saturday.getByTestId('shift-blocked').getByText('Kan ikke godkendes, fordi godkendelse ville bryde reglerne:').waitFor();
    expect(squash(await saturday.getByTestId('shift').textContent())).toContain('Afventer godkendelse');
    expect(await epage.getByRole('button', { name: 'Godkend alle gyldige' }).isDisabled()).toBe(true);

    // The employer corrects Saturday to two hours, with a reason; the original stays visible.
    await saturday.locator('summary', { hasText: 'Ret vagten' }).click();
    const fix = saturday.getByRole('form', { name: `Ret vagten: ${dayTitle(day(5), 5)} 10:00–13:00` });
    await expect.poll(() => fix.getByLabel('Slut', { exact: true }).inputValue()).toBe('13:00');
    await fix.getByLabel('Slut', { exact: true }).fill('12:00');
    await fix.getByLabel('Begrundelse').fill('Noah gik hjem kl. 12');
    await fix.getByRole('button', { name: 'Gem rettelsen' }).click();
    await epage.getByText('Rettelsen er gemt og venter på godkendelse.').waitFor();
    await saturday.getByText(/^Rettelse af vagten .* 10:00–13:00\. Begrundelse: Noah gik hjem kl\. 12$/).waitFor();
    await saturday.getByText('Erstattet af en rettelse').waitFor();
    await expect.poll(() => flag.count()).toBe(0);
    await checkA11y(epage);

    // Now the corrected Saturday can be approved too.
    await epage.getByRole('button', { name: 'Godkend alle gyldige' }).click();
    await epage.getByText('1 vagt er godkendt.').waitFor();
    await epage.getByText('Planlagt 2 timer · registreret 12 timer · godkendt 12 timer').waitFor();
    await checkA11y(epage);
    await noWiderThanPhone(epage);
    await evaPhone.close();

    // ---- The coordinator sees the week on the desktop and downloads the month's payroll. --------
    const desk = await browser.newContext({ locale: 'da-DK', acceptDownloads: true });
    const page = await desk.newPage();
    await loginInBrowser(page, server.baseUrl, kim);
    await page.goto(`${server.baseUrl}/programmes/${p}/placements/${pl.id}`);
    await visit(page, 'Noah Jensen – Butiksassistent');
    await page.getByRole('link', { name: 'Timer', exact: true }).click();
    await visit(page, 'Timer: Noah Jensen – Butiksassistent');
    await page.goto(`${server.baseUrl}/programmes/${p}/placements/${pl.id}/timer?week=${weekId}`);
    await visit(page, 'Timer: Noah Jensen – Butiksassistent');
    await page.getByText('Planlagt 2 timer · registreret 12 timer · godkendt 12 timer').waitFor();
    // Not a pocket-money job: the coordinator watches but the employer records and approves.
    expect(await page.getByRole('button', { name: 'Godkend alle gyldige' }).count()).toBe(0);
    await page.getByText(/^Dette job betales af virksomheden, så det er virksomhedens kontaktperson eller mentor/).waitFor();

    await page.goto(`${server.baseUrl}/`);
    await page
      .getByRole('link', { name: /^Timer og løn/ })
      .first()
      .click();
    await visit(page, 'Timer og løn');
    await page.getByText('Ingen vagter venter på godkendelse.').waitFor();
    await page.getByRole('link', { name: 'Løn', exact: true }).click();
    await visit(page, 'Løn');

    const month = MON.slice(0, 7);
    const pickForm = page.getByRole('form', { name: 'Vælg måned og betaler' });
    // The month is chosen from a list of named months ("december 2026"), not typed as ÅÅÅÅ-MM.
    const monthName = new Intl.DateTimeFormat('da-DK', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${month}-15T12:00:00Z`),
    );
    await choose(page, pickForm, /Måned$/, monthName);
    // A company runs its own payroll, so CPR numbers go with it and a reason is required.
    await pickForm.getByRole('button', { name: 'Vis' }).click();
    await pickForm.getByRole('alert').getByRole('link', { name: 'Udfyld feltet »Begrundelse for at hente CPR-numre«.' }).waitFor();
    await checkA11y(page);
    await pickForm.getByLabel('Begrundelse for at hente CPR-numre').fill('Lønkørsel');
    await pickForm.getByRole('button', { name: 'Vis' }).click();
    const row = page.getByRole('table', { name: 'Løn pr. deltager' }).getByRole('row', { name: /Noah Jensen/ });
    await expect
      .poll(async () => squash(await row.textContent()))
      .toBe('Noah JensenBageriet Ellemarken ApS1265,00 kr.780,00 kr.97,50 kr.877,50 kr.');
    await checkA11y(page);

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Hent CSV' }).click()]);
    expect(csv.suggestedFilename()).toBe(`jobbro-loen-${month}-company.csv`);
    const text = fs.readFileSync((await csv.path())!, 'utf8');
    expect(text).toContain('Navn;CPR;Arbejdsgiver;Timer;Timeløn;Bruttoløn;Feriepenge (12,5 %);I alt');
    expect(text).toContain('Noah Jensen;;Bageriet Ellemarken ApS;12,00;65,00;780,00;97,50;877,50');
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Hent Excel' }).click()]);
    expect(xlsx.suggestedFilename()).toBe(`jobbro-loen-${month}-company.xlsx`);
    expect(
      fs
        .readFileSync((await xlsx.path())!)
        .subarray(0, 2)
        .toString('latin1'),
    ).toBe('PK');

    // The school calendar: a coordinator marks a day school-free for the municipality (Køge, 259).
    await page.getByRole('main').getByRole('link', { name: 'Timer og løn' }).click();
    await visit(page, 'Timer og løn');
    await page.getByRole('link', { name: 'Skolekalender' }).click();
    await visit(page, 'Skolekalender');
    const calendarPick = page.getByRole('form', { name: 'Vælg kommune og periode' });
    await choose(page, calendarPick, /Kommune/, 'Køge');
    await calendarPick.getByRole('button', { name: 'Vis' }).click();
    const mark = page.getByRole('form', { name: 'Markér en dag' });
    const holiday = addDays(mondayOf(addDays(today(), 14)), 2);
    await mark.getByLabel('Dato').fill(holiday);
    await mark.getByLabel('Note').fill('Skolens temadag');
    await mark.getByRole('button', { name: 'Gem dagen' }).click();
    await page.getByText('Dagen er gemt.').waitFor();
    await checkA11y(page);
    await desk.close();

    // ---- Noah, on his phone, submits a shift of his own; it waits for the employer's approval. ----
    const noahUser = await seedUser(server, { name: 'Noah Jensen', programmeId: p, role: 'participant' });
    await asSystem(server.db, (trx) => trx.updateTable('participants').set({ user_id: noahUser.id }).where('id', '=', noah.id).execute());
    const noahPhone = await browser.newContext({ locale: 'da-DK', ...PHONE });
    const npage = await noahPhone.newPage();
    await loginInBrowser(npage, server.baseUrl, noahUser);
    await npage.waitForURL((url) => url.pathname === '/mig');
    await visit(npage, 'Hej Noah');
    await npage.getByRole('link', { name: 'Mine timer' }).click();
    await visit(npage, 'Mine timer');
    const own = npage.getByRole('form', { name: 'Indberet en vagt' });
    await own.getByLabel('Dato').fill(today());
    await own.getByLabel('Start', { exact: true }).fill('15:00');
    await own.getByLabel('Slut', { exact: true }).fill('16:00');
    await own.getByRole('button', { name: 'Gem vagten' }).click();
    const todayRegion = npage.getByRole('region', { name: dayTitle(today(), weekday(today()) - 1) });
    await todayRegion.getByText('Afventer godkendelse').waitFor();
    expect(await npage.getByRole('button', { name: 'Godkend alle gyldige' }).count()).toBe(0);
    await checkA11y(npage);
    await noWiderThanPhone(npage);
    await noahPhone.close();
  });
});
