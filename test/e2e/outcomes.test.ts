import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '../../db/tenant.ts';
import { chromiumPdfText } from '../../test/support/pdf-text.ts';
import { formatNumber, formatPercent } from '../../shared/charts/format.ts';
import { CHART_LABELS } from '../../shared/charts/labels.ts';
import { seedDemo } from '../../scripts/demo-seed.ts';
import { apiAs, choose, loginInBrowser, seedUser, visit, useE2e } from '../support/e2e.ts';

/**
 * The outcome dashboard and the funder report on the demo data (`npm run demo`'s dataset with its
 * year of placements and hours): a coordinator filters by site, switches a chart to its table and
 * reads a value, opens the records behind a figure, sets a target, then downloads the report as PDF
 * (printed in the background) and as Excel. The PDF holds the key figures and the workbook the same
 * numbers, as a funder is shown them; the funder's own dashboard shows "<5" and no records.
 */
const { server, browser } = useE2e();
let koge: string;
let solbakken: string;

beforeAll(async () => {
  await seedDemo({ db: server.db, secrets: server.services.secrets, app: server.app, config: server.config });
  ({ koge, solbakken } = await asSystem(server.db, async (trx) => {
    const p = await trx.selectFrom('programmes').select('id').where('name', '=', 'Jobplaneten Køge (demo)').executeTakeFirstOrThrow();
    const s = await trx
      .selectFrom('sites')
      .select('id')
      .where('programme_id', '=', p.id)
      .where('name', '=', 'Solbakken')
      .executeTakeFirstOrThrow();
    return { koge: p.id, solbakken: s.id };
  }));
}, 300_000);

const da = CHART_LABELS.da;
/** Data-dependent waits: the dashboard's figures arrive after the page (a shared machine can be slow). */
const WAIT = { timeout: 20_000 };
type Figure = { key: keyof typeof da.figures; value: number | null; suppressed: boolean; unit: string };
const shown = (f: Figure) => (f.suppressed ? '<5' : f.unit === 'percent' ? formatPercent(f.value) : formatNumber(f.value));

describe('outcomes in the browser', () => {
  it('filters by site, shows a chart as a table, clicks through to records, sets a target and downloads the PDF and Excel reports', async () => {
    const kim = await seedUser(server, { name: 'Kim Koordinator', programmeId: koge, role: 'coordinator' });
    const bente = await seedUser(server, { name: 'Bente Bevilling', programmeId: koge, role: 'funder' });
    const asKim = await apiAs(server, kim.id);
    const asFunder = await apiAs(server, bente.id);

    const context = await browser.newContext({ locale: 'da-DK', acceptDownloads: true });
    const page = await context.newPage();
    await loginInBrowser(page, server.baseUrl, kim);
    await page.getByRole('link', { name: /^Resultater og rapporter/ }).click();
    await visit(page, 'Resultater');

    // ---- Filter by site. -----------------------------------------------------------------------
    await choose(page, page.locator('main'), /Boligområde$/, 'Solbakken');
    await page.getByRole('button', { name: 'Vis', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('siteId') === solbakken);
    await visit(page, 'Resultater');
    const search = new URL(page.url()).searchParams;
    const filters = { from: search.get('from')!, to: search.get('to')!, siteId: solbakken };
    const qs = new URLSearchParams(filters).toString();
    const staff = await asKim('GET', `/api/programmes/${koge}/outcomes/dashboard?${qs}`);
    const attached = staff.figures.find((f: Figure) => f.key === 'attached');
    await expect
      .poll(() => page.locator('[data-figure="attached"] [data-figure-value]').textContent(), WAIT)
      .toBe(formatNumber(attached.value));

    // ---- A chart as its table. -----------------------------------------------------------------
    const chart = page.locator('[data-chart="hoursByPayer"]');
    await chart.getByRole('button', { name: 'Vis som tabel' }).click();
    const table = chart.getByRole('table', { name: 'Timer pr. betaler' });
    const payer = staff.hoursByPayer[0];
    await expect
      .poll(
        () =>
          table
            .getByRole('row', { name: new RegExp(`^${da.payers[payer.payer as keyof typeof da.payers]}`) })
            .getByRole('cell')
            .first()
            .textContent(),
        WAIT,
      )
      .toBe(formatNumber(payer.hours));
    await visit(page, 'Resultater');
    const back = chart.getByRole('button', { name: 'Vis som graf' });
    expect(await back.getAttribute('aria-pressed')).toBe('true');
    await back.click();
    await chart.getByRole('img', { name: /^Timer pr\. betaler\./ }).waitFor();

    // ---- Click through to the records behind a figure (staff only). ---------------------------
    const jobs = staff.figures.find((f: Figure) => f.key === 'jobs');
    await page.getByRole('button', { name: `Se hvem der tæller med i »${da.figures.jobs}«` }).click();
    await page.getByRole('heading', { name: `Hvem tæller med i »${da.figures.jobs}«` }).waitFor();
    await page.getByRole('table', { name: `${da.figures.jobs}: ${jobs.value} i alt` }).waitFor();
    await visit(page, 'Resultater');
    await page.getByRole('button', { name: 'Luk listen' }).click();

    // ---- The targets editor. ---------------------------------------------------------------------
    await page.getByRole('link', { name: 'Sæt mål' }).click();
    await visit(page, 'Mål for perioden');
    await page.getByLabel(da.figures.workplaces).fill('25');
    await page.getByRole('button', { name: 'Gem mål' }).click();
    await visit(page, 'Resultater');
    const targets = (await asKim('GET', `/api/programmes/${koge}/outcomes/targets`)).targets as Array<{ key: string; value: number }>;
    expect(targets.find((x) => x.key === 'workplaces')?.value).toBe(25);
    expect(targets.find((x) => x.key === 'people_in_jobs')?.value).toBe(60);
    await page.goto(`${server.baseUrl}/programmes/${koge}/resultater?${qs}`);
    await visit(page, 'Resultater');

    // ---- The report: preview, PDF (background job with progress) and Excel. -------------------
    await page.getByRole('link', { name: 'Rapport til bevillingsgivere (PDF og Excel)' }).click();
    await visit(page, 'Rapport til bevillingsgivere');
    expect(new URL(page.url()).searchParams.get('siteId')).toBe(solbakken);
    await page.getByRole('button', { name: 'Lav PDF' }).click();
    const pdfLink = page.getByRole('link', { name: 'Hent PDF' });
    await pdfLink.waitFor({ timeout: 60_000 });
    await visit(page, 'Rapport til bevillingsgivere');
    const [pdfDownload] = await Promise.all([page.waitForEvent('download'), pdfLink.click()]);
    const pdf = fs.readFileSync((await pdfDownload.path())!);
    const text = chromiumPdfText(pdf);
    // A report is an aggregate export: it shows what a funder sees (counts of 1–4 as "<5").
    const published = (await asFunder('GET', `/api/programmes/${koge}/outcomes/dashboard?${qs}`)).figures as Figure[];
    for (const f of published) expect(text, f.key).toContain(`${da.figures[f.key]}\n${shown(f)}`);
    expect(text).toContain('Boligområde: Solbakken');

    const [xlsxDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Hent som Excel' }).click()]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await xlsxDownload.path())!);
    const sheet = book.getWorksheet('Nøgletal')!;
    const cells = new Map<string, unknown>();
    sheet.eachRow((r) => cells.set(String(r.getCell(1).value), r.getCell(2).value));
    for (const f of published) expect(cells.get(da.figures[f.key]), f.key).toBe(f.suppressed ? '<5' : f.value);
    await context.close();

    // ---- A funder sees aggregates only: "<5" for small counts, and no way to the records. --------
    const funderPage = await (await browser.newContext({ locale: 'da-DK' })).newPage();
    await loginInBrowser(funderPage, server.baseUrl, bente);
    await funderPage.goto(`${server.baseUrl}/programmes/${koge}/resultater?${qs}`);
    await visit(funderPage, 'Resultater');
    const internships = published.find((f) => f.key === 'people_in_internships')!;
    await expect
      .poll(() => funderPage.locator('[data-figure="people_in_internships"] [data-figure-value]').textContent(), WAIT)
      .toBe(shown(internships));
    expect(await funderPage.getByRole('button', { name: /^Se hvem der tæller med/ }).count()).toBe(0);
    await funderPage.context().close();
  });
});
