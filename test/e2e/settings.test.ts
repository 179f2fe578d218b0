import { describe, expect, it } from 'vitest';
import { validCvr } from '../../server/modules/companies/fixtures.ts';
import { today } from '../../server/lib/clock.ts';
import { yearsAgo, youth } from '../../server/modules/participants/fixtures.ts';
import { addDays } from '../../shared/domain/calendar/local-time.ts';
import { agreedPlacement, seedBakery, seedEva, shopOpening } from '../support/e2e-bakery.ts';
import { checkA11y } from '../support/browser.ts';
import { apiAs, choose, loginInBrowser, seedProgramme, seedUser, visit, useE2e } from '../support/e2e.ts';

/**
 * The settings pages in Danish: an administrator changes the programme's stale-proposal days and
 * follow-up plan (and is told plainly when a value is wrong); a coordinator reads the mentor costs
 * of a placement with logged hours; an employer contact turns off e-mails that are not about
 * safety and sees the safety ones locked on.
 */
const { server, browser } = useE2e();

const kroner = (n: number) => new Intl.NumberFormat('da-DK', { style: 'currency', currency: 'DKK' }).format(n).replace(/\s/g, ' ');
const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

describe('settings in the browser', () => {
  it('lets an administrator change the placement settings, with Danish messages for bad values', async () => {
    const { programme } = await seedProgramme(server, 'Jobplaneten Indstillinger');
    const p = programme.id;
    const anna = await seedUser(server, { name: 'Anna Administrator', programmeId: p, role: 'administrator' });

    const context = await browser.newContext({ locale: 'da-DK' });
    const page = await context.newPage();
    await loginInBrowser(page, server.baseUrl, anna);
    await visit(page, 'Hej Anna Administrator');
    await page.getByRole('link', { name: /^Indstillinger for programmet/ }).click();
    await visit(page, 'Indstillinger for programmet');
    const form = page.getByRole('form', { name: 'Forløb' });
    await expect.poll(() => form.getByLabel('Markér forslag uden svar efter (dage)').inputValue()).toBe('14');
    await expect.poll(() => form.getByRole('group', { name: /^Opfølgning \d$/ }).count()).toBe(3);

    // Closing before flagging is refused, in Danish, on the field and in the summary.
    await form.getByLabel('Markér forslag uden svar efter (dage)').fill('10');
    await form.getByLabel('Luk forslag uden svar efter (dage)').fill('5');
    await form.getByRole('button', { name: 'Gem indstillinger for forløb' }).click();
    const closeMessage = 'Antal dage før lukning skal være mindst lige så mange som antal dage før markering.';
    await form.getByRole('alert').getByRole('link', { name: closeMessage }).waitFor();
    await checkA11y(page);

    // A follow-up that is not a whole number is refused too.
    await form.getByLabel('Luk forslag uden svar efter (dage)').fill('21');
    await form.getByRole('button', { name: 'Tilføj opfølgning' }).click();
    const added = form.getByRole('group', { name: 'Opfølgning 4' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('inputmode'))).toBe('numeric');
    await added.getByLabel('Antal').fill('to');
    await form.getByRole('button', { name: 'Gem indstillinger for forløb' }).click();
    await form
      .getByRole('alert')
      .getByRole('link', { name: 'Hver opfølgning skal være et helt antal dage, uger eller måneder fra 1 til 999.' })
      .waitFor();

    // Fixed: after 6 months instead of after 3 months, and flag after 10 days, close after 21.
    await added.getByLabel('Antal').fill('6');
    await choose(page, added, /Enhed$/, 'måneder');
    await form.getByRole('button', { name: 'Fjern opfølgning 3' }).click();
    await page.getByText('Opfølgning 3 er fjernet.').waitFor();
    await form.getByRole('button', { name: 'Gem indstillinger for forløb' }).click();
    await page.getByText('Indstillingerne er gemt.').first().waitFor();
    expect(await form.getByRole('alert').isHidden()).toBe(true);

    await page.reload();
    await visit(page, 'Indstillinger for programmet');
    const saved = page.getByRole('form', { name: 'Forløb' });
    await expect.poll(() => saved.getByLabel('Markér forslag uden svar efter (dage)').inputValue()).toBe('10');
    expect(await saved.getByLabel('Luk forslag uden svar efter (dage)').inputValue()).toBe('21');
    const rows = saved.getByRole('group', { name: /^Opfølgning \d$/ });
    expect(await rows.count()).toBe(3);
    expect(await rows.nth(2).getByLabel('Antal').inputValue()).toBe('6');
    expect(
      squash(
        await rows
          .nth(2)
          .getByRole('button', { name: /Enhed$/ })
          .textContent(),
      ),
    ).toContain('måneder');
    expect(await saved.getByRole('checkbox', { name: 'Ved afslutningen' }).isChecked()).toBe(true);
    const stored = await (await apiAs(server, anna.id))('GET', `/api/programmes/${p}/settings/placements`);
    expect(stored).toEqual({
      followUpSchedule: ['1w', '1m', '6m', 'end'],
      staleFlagDays: 10,
      staleCloseDays: 21,
      contractEndingNoticeDays: 14,
      hotlinePhone: null,
    });

    // The participant settings sit on the same page and keep their own rules.
    const people = page.getByRole('form', { name: 'Deltagere' });
    await people.getByLabel('Slet oplysninger efter inaktivitet (måneder)').fill('3');
    await people.getByRole('button', { name: 'Gem indstillinger for deltagere' }).click();
    await people
      .getByRole('alert')
      .getByRole('link', { name: '»Slet oplysninger efter inaktivitet (måneder)« skal være mindst 6.' })
      .waitFor();
    await checkA11y(page);
    await context.close();
  });

  it('shows a coordinator the mentor costs per payer and month', async () => {
    const { p, site, kim, api, company, workplace } = await seedBakery(server, 'Jobplaneten Mentor');
    const schedule = [{ weekday: 2, start: '15:00', end: '17:00', breakMinutes: 0 }];
    const opening = await api(
      'POST',
      `/api/programmes/${p}/openings`,
      shopOpening(workplace.id, { tasks: 'Fylde varer op', weeklySchedule: schedule, places: 5 }),
    );
    const mentor = await api('POST', `/api/programmes/${p}/mentors`, {
      organisationId: company.organisationId,
      userId: null,
      name: 'Mads Mentor',
      hoursPerWeek: 2,
      ratePerHour: 250,
      payer: 'project_funds',
    });
    const noah = await api(
      'POST',
      `/api/programmes/${p}/participants`,
      youth(site.id, {
        firstName: 'Noah',
        lastName: 'Jensen',
        birthDate: yearsAgo(16),
        compulsorySchool: false,
        confirmNotDuplicate: true,
      }),
    );
    const pl = await agreedPlacement(api, p, noah.id, opening.id, {
      startsOn: addDays(today(), -5),
      hoursPerWeek: 2,
      weeklySchedule: schedule,
      wagePerHour: 65,
      wagePayer: 'company',
      mentorId: mentor.id,
    });
    await pl.move({ to: 'active' });
    const hours = `/api/programmes/${p}/placements/${pl.id}/mentor-hours`;
    await api('POST', hours, { workedOn: addDays(today(), -4), hours: 2 });
    await api('POST', hours, { workedOn: addDays(today(), -1), hours: 1.5 });

    const context = await browser.newContext({ locale: 'da-DK' });
    const page = await context.newPage();
    await loginInBrowser(page, server.baseUrl, kim);
    await page
      .getByRole('link', { name: /^Forløb/ })
      .first()
      .click();
    await visit(page, 'Forløb');
    await page.getByRole('link', { name: 'Mentorudgifter' }).click();
    await visit(page, 'Mentorudgifter');
    const table = page.getByRole('table', { name: /Mentortimer og udgifter pr\. betaler og måned, hele perioden/ });
    const total = table.locator('tfoot tr');
    await expect.poll(async () => squash(await total.textContent())).toBe(`I alt3,5${kroner(875)}`);
    await table.getByRole('cell', { name: 'Projektmidler' }).first().waitFor();
    await page
      .getByRole('table', { name: 'I alt pr. betaler' })
      .getByRole('row', { name: /Projektmidler/ })
      .waitFor();

    // A period ending before it starts is refused in Danish; a period without hours says so.
    const filter = page.getByRole('form', { name: 'Vælg periode' });
    await filter.getByLabel('Fra dato').fill(today());
    await filter.getByLabel('Til dato').fill(addDays(today(), -10));
    await filter.getByRole('button', { name: 'Vis udgifter' }).click();
    await filter.getByRole('alert').getByRole('link', { name: 'Til-datoen skal være samme dag som eller efter fra-datoen.' }).waitFor();
    await checkA11y(page);
    await filter.getByLabel('Til dato').fill(addDays(today(), 1));
    await filter.getByRole('button', { name: 'Vis udgifter' }).click();
    await page.getByText(/^Der er ikke skrevet mentortimer i /).waitFor();
    expect(new URL(page.url()).searchParams.get('from')).toBe(today());

    // Coordinators see the programme settings without changing them.
    await page.goto(`${server.baseUrl}/programmes/${p}/indstillinger`);
    await visit(page, 'Indstillinger for programmet');
    await page.getByText('Kun administratorer kan ændre indstillingerne. Du kan se dem her.').waitFor();
    expect(await page.getByRole('form').count()).toBe(0);
    await context.close();
  });

  it('lets an employer contact turn off e-mails that are not about safety, with safety e-mails locked on', async () => {
    const { programme } = await seedProgramme(server, 'Jobplaneten E-mail');
    const p = programme.id;
    const kim = await seedUser(server, { name: 'Kim Koordinator', programmeId: p, role: 'coordinator' });
    const company = await (
      await apiAs(server, kim.id)
    )('POST', `/api/programmes/${p}/companies`, { cvr: validCvr(), name: 'Bageriet Ellemarken ApS', industry: 'Bageri' });
    const eva = await seedEva(server, p, company.organisationId);

    const context = await browser.newContext({ locale: 'da-DK' });
    const page = await context.newPage();
    await loginInBrowser(page, server.baseUrl, eva);
    await visit(page, 'Din virksomhed');
    await page.getByRole('banner').getByRole('link', { name: 'Indstillinger', exact: true }).click();
    await visit(page, 'Indstillinger');
    const optional = page.getByRole('checkbox', { name: 'E-mails om forløb og henvendelser' });
    await expect.poll(() => optional.isChecked()).toBe(true);
    for (const name of ['Henvendelser om sikkerhed eller akutte henvendelser', 'Henvendelser, der ikke er besvaret i tide']) {
      const locked = page.getByRole('checkbox', { name });
      expect(await locked.isChecked()).toBe(true);
      expect(await locked.isDisabled()).toBe(true);
    }
    await page.getByText('Sikkerhedsbeskeder og hastende henvendelser sendes altid.').waitFor();

    await page.locator('label').filter({ hasText: 'E-mails om forløb og henvendelser' }).click();
    await expect.poll(() => optional.isChecked()).toBe(false);
    await page.getByRole('button', { name: 'Gem indstillinger' }).click();
    await page.getByText('Dine indstillinger er gemt.').waitFor();
    await checkA11y(page);

    await page.reload();
    await visit(page, 'Indstillinger');
    await expect.poll(() => page.getByRole('checkbox', { name: 'E-mails om forløb og henvendelser' }).isChecked()).toBe(false);
    expect(await page.getByRole('checkbox', { name: 'Henvendelser om sikkerhed eller akutte henvendelser' }).isChecked()).toBe(true);
    expect(await (await apiAs(server, eva.id))('GET', '/api/me/notification-preferences')).toEqual({ emailNonSafety: false });
    await context.close();
  });
});
