import ExcelJS from 'exceljs';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { today } from '../../server/lib/clock.ts';
import { youth } from '../../server/modules/participants/fixtures.ts';
import { DEFAULT_SROI_PARAMETERS } from '../../shared/domain/sroi/parameters.ts';
import { checkA11y } from '../support/browser.ts';
import { apiAs, choose, loginInBrowser, seedProgramme, seedUser, visit, useE2e } from '../support/e2e.ts';

/**
 * Social return and evaluation data in the browser, in Danish: a coordinator changes the discount
 * rate, saves a new version with a reason and sees NPV, return per krone and the assumptions; an
 * administrator creates an export key; an evaluator downloads the pseudonymised Excel dataset.
 */
const { server, browser } = useE2e();

describe('social return and evaluation data in the browser', () => {
  it('calculates with a new version of the parameters, and downloads the evaluation workbook', async () => {
    const { programme, site } = await seedProgramme(server, 'Jobplaneten Køge');
    const p = programme.id;
    const year = Number(today().slice(0, 4));
    const kim = await seedUser(server, { name: 'Kim Koordinator', programmeId: p, role: 'coordinator' });
    const api = await apiAs(server, kim.id);
    await api('POST', `/api/programmes/${p}/social-return/parameter-sets`, {
      name: 'Jobplaneten standard',
      parameters: { ...DEFAULT_SROI_PARAMETERS, costs: [{ year, amount: 500_000 }] },
    });
    const sara = await api(
      'POST',
      `/api/programmes/${p}/participants`,
      youth(site.id, { firstName: 'Sara', lastName: 'Nielsen', confirmNotDuplicate: true }),
    );
    await api('POST', `/api/programmes/${p}/participants/${sara.id}/consents`, {
      purpose: 'evaluation',
      allPartners: true,
      dataCategories: ['employment'],
      givenOn: today(),
      givenBy: 'participant',
      method: 'paper',
    });

    // ---- The coordinator changes the discount rate and saves a new version. ---------------------
    const desk = await browser.newContext({ locale: 'da-DK' });
    const page = await desk.newPage();
    await loginInBrowser(page, server.baseUrl, kim);
    await page.getByRole('link', { name: /^Samfundsøkonomisk afkast/ }).click();
    await visit(page, 'Samfundsøkonomisk afkast');
    await page.getByLabel('Diskonteringsrente (%)').fill('4');
    await page.getByLabel('Hvorfor ændres værdierne?').fill('Ny kalkulationsrente fra Finansministeriet');
    await page.getByRole('button', { name: 'Gem som ny version' }).click();
    await page.getByRole('status').filter({ hasText: 'Version 2 er gemt' }).waitFor();
    await page.getByRole('cell', { name: 'Ny kalkulationsrente fra Finansministeriet' }).waitFor();
    await expect.poll(() => page.getByLabel('Diskonteringsrente (%)').inputValue()).toBe('4');

    await page.getByRole('button', { name: 'Beregn' }).click();
    await page.getByRole('heading', { name: /Resultat .* \(version 2\)/ }).waitFor();
    expect(await page.getByTestId('sr-npv').textContent()).toMatch(/kr/);
    expect(await page.getByTestId('sr-ratio').textContent()).toMatch(/\d/);
    const assumptions = page.getByRole('complementary', { name: 'Antagelser' });
    await assumptions.getByText('Diskonteringsrente: 4 % om året', { exact: false }).waitFor();
    await assumptions.getByText('eksempler, ikke officielle tal', { exact: false }).waitFor();
    expect(await page.getByRole('table', { name: 'Følsomhed: lav, beregnet og høj' }).getByRole('row').count()).toBe(4);
    await checkA11y(page);
    await desk.close();

    // ---- An administrator creates an export key. -------------------------------------------------
    const ada = await seedUser(server, { name: 'Ada Administrator', programmeId: p, role: 'administrator' });
    const adminDesk = await browser.newContext({ locale: 'da-DK' });
    const adminPage = await adminDesk.newPage();
    await loginInBrowser(adminPage, server.baseUrl, ada);
    await adminPage.goto(`${server.baseUrl}/programmes/${p}/evaluering/noegler`);
    await visit(adminPage, 'Eksportnøgler til evaluering');
    await adminPage.getByLabel('Navn på nøglen').fill('VIVE-evaluering 2026');
    await adminPage.getByRole('button', { name: 'Opret nøgle' }).click();
    await adminPage.getByRole('cell', { name: 'VIVE-evaluering 2026' }).waitFor();
    await checkA11y(adminPage);
    await adminDesk.close();

    // ---- The evaluator downloads the dataset as Excel. ------------------------------------------
    const eli = await seedUser(server, { name: 'Eli Evaluator', programmeId: p, role: 'evaluator' });
    const evalDesk = await browser.newContext({ locale: 'da-DK' });
    const evalPage = await evalDesk.newPage();
    await loginInBrowser(evalPage, server.baseUrl, eli);
    await evalPage.getByRole('link', { name: /^Evalueringsdata/ }).click();
    await visit(evalPage, 'Evalueringsdata');
    await choose(evalPage, evalPage.locator('main'), /Eksportnøgle$/, 'VIVE-evaluering 2026');
    await evalPage.getByRole('button', { name: 'Vælg nøgle' }).click();
    const [download] = await Promise.all([
      evalPage.waitForEvent('download'),
      evalPage.getByRole('button', { name: 'Hent Excel-projektmappe (alle tabeller og kodebog)' }).click(),
    ]);
    await checkA11y(evalPage);
    expect(download.suggestedFilename()).toMatch(/^evaluering-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(fs.readFileSync((await download.path())!) as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Deltagere', 'Forløb', 'Timer', 'Aktiviteter', 'Kodebog']);
    const participants = book.getWorksheet('Deltagere')!;
    expect(participants.rowCount).toBe(2);
    expect(String(participants.getRow(2).getCell(1).value)).toMatch(/^P[0-9A-F]{16}$/);
    const all: string[] = [];
    book.eachSheet((s) => s.eachRow((r) => r.eachCell((c) => all.push(String(c.value)))));
    expect(all.join('\n')).not.toMatch(/Sara|Nielsen|\+45/);
    expect(book.getWorksheet('Kodebog')!.getRow(1).values).toEqual([
      undefined,
      'Tabel',
      'Kolonne',
      'Type',
      'Betydning',
      'Meaning',
      'Tilladte værdier',
    ]);
    await evalDesk.close();
  });
});
