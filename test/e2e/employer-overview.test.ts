import { describe, expect, it } from 'vitest';
import { today } from '../../server/lib/clock.ts';
import { yearsAgo, youth } from '../../server/modules/participants/fixtures.ts';
import { addDays, mondayOf } from '../../shared/domain/calendar/local-time.ts';
import { checkA11y, type Page } from '../support/browser.ts';
import { apiAs, loginInBrowser, visit, useE2e } from '../support/e2e.ts';
import { agreedPlacement, seedBakery, seedEva, shopOpening } from '../support/e2e-bakery.ts';

/**
 * The employer's side of issue #13, on a phone and in Danish: the overview lists every placement
 * and the hours waiting across all the company's young people; "approve all valid" approves the
 * shift that keeps the rules and leaves the other waiting with its reason; a placement offers the
 * employment statement, and says whom to call to arrange the interview: the person where their
 * consent shares a phone number, the coordinator otherwise (never "Ingen").
 */
const { server, browser } = useE2e();

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const noWiderThanPhone = async (page: Page) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

describe('the employer’s overview in the browser', () => {
  it('approves all valid hours across the youths, downloads the statement and shows whom to contact', async () => {
    const LAST_MON = addDays(mondayOf(today()), -7);
    const { p, site, kim, api, company, workplace } = await seedBakery(server, 'Jobplaneten Overblik');
    const schedule = [{ weekday: 2, start: '15:00', end: '17:00', breakMinutes: 0 }];
    const opening = await api('POST', `/api/programmes/${p}/openings`, shopOpening(workplace.id, { weeklySchedule: schedule, places: 5 }));
    const person = (firstName: string, extra: Record<string, unknown> = {}) =>
      api(
        'POST',
        `/api/programmes/${p}/participants`,
        youth(site.id, {
          firstName,
          lastName: 'Jensen',
          birthDate: yearsAgo(16),
          compulsorySchool: false,
          confirmNotDuplicate: true,
          ...extra,
        }),
      );
    const noah = await person('Noah');
    const sara = await person('Sara', { phone: '+45 12 34 56 78' });
    await api('POST', `/api/programmes/${p}/participants/${sara.id}/consents`, {
      purpose: 'share_employer',
      allPartners: true,
      dataCategories: ['contact'],
      givenOn: today(),
      givenBy: 'participant',
      method: 'paper',
    });
    const eva = await seedEva(server, p, company.organisationId);
    const pl = await agreedPlacement(api, p, noah.id, opening.id, {
      startsOn: addDays(LAST_MON, -7),
      hoursPerWeek: 2,
      weeklySchedule: schedule,
      wagePerHour: 65,
      wagePayer: 'company',
    });
    await pl.move({ to: 'active' });
    const saraPl = await api('POST', `/api/programmes/${p}/placements`, {
      participantId: sara.id,
      openingId: opening.id,
      matchReasons: [],
    });
    // Noah's employer recorded two shifts last week: one within the rules, one of twelve hours.
    const evaApi = await apiAs(server, eva.id);
    const shifts = `/api/programmes/${p}/placements/${pl.id}/shifts`;
    await evaApi('POST', shifts, { workDate: addDays(LAST_MON, 1), startTime: '15:00', endTime: '17:00' });
    await evaApi('POST', shifts, { workDate: addDays(LAST_MON, 3), startTime: '10:00', endTime: '22:00' });

    // ---- The overview: both young people, and the hours waiting. ----------------------------------
    const context = await browser.newContext({ locale: 'da-DK', ...PHONE });
    const page = await context.newPage();
    await loginInBrowser(page, server.baseUrl, eva);
    await page.goto(`${server.baseUrl}/virksomhed/forloeb`);
    await visit(page, 'Kandidater og forløb');
    await page.getByRole('link', { name: 'Noah, 16 år' }).waitFor();
    await page.getByRole('link', { name: 'Sara, 16 år' }).waitFor();
    const hours = page.getByRole('region', { name: 'Timer, der venter på jer' });
    await expect.poll(() => hours.getByRole('listitem').count()).toBe(2);
    await noWiderThanPhone(page);
    await checkA11y(page);

    await hours.getByRole('button', { name: 'Godkend alle 2 gyldige vagter' }).click();
    await hours.getByText('1 vagt er godkendt.').waitFor();
    await expect.poll(() => hours.getByRole('listitem').filter({ hasText: 'Noah' }).count()).toBe(1);
    await hours.getByText('Vagten bryder reglerne for unges arbejde og kan ikke godkendes.').waitFor();
    expect(await hours.textContent()).toContain('12 timer');
    await checkA11y(page);

    // ---- Noah: no shared contact details, so the coordinator is named; the statement downloads. ---
    await page.getByRole('link', { name: 'Noah, 16 år' }).click();
    await visit(page, 'Noah – Butiksassistent');
    await page.getByText('Ring eller skriv til koordinatoren Kim Koordinator for at aftale en samtale.').waitFor();
    await page.getByRole('link', { name: kim.email }).waitFor();
    // The person's facts hold no contact lines at all, rather than "Telefon: Ingen".
    const facts = (await page.locator('main dl').first().textContent()) ?? '';
    expect(facts).not.toMatch(/Ingen|Telefon|E-mail/);
    expect(await page.getByRole('button', { name: 'Hent brev til forældre (PDF)' }).count()).toBe(0);
    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Hent ansættelsesbevis (PDF)' }).click(),
    ]);
    expect(pdf.suggestedFilename()).toMatch(/^ansaettelsesbevis-.*\.pdf$/);
    await noWiderThanPhone(page);

    // ---- Sara shares her phone number (no e-mail on file): the number, no empty e-mail line. -------
    await page.goto(`${server.baseUrl}/virksomhed/forloeb/${saraPl.id}`);
    await visit(page, 'Sara – Butiksassistent');
    await page.getByRole('link', { name: '+45 12 34 56 78' }).waitFor();
    const saraFacts = (await page.locator('main dl').first().textContent()) ?? '';
    expect(saraFacts).toContain('Telefon');
    expect(saraFacts).not.toMatch(/Ingen|E-mail/);
    expect(await page.getByText('Ring eller skriv til koordinatoren').count()).toBe(0);
  });
});
