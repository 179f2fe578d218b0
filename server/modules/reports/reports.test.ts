import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHART_LABELS } from '../../../shared/charts/labels.ts';
import { formatNumber, formatPercent } from '../../../shared/charts/format.ts';
import { fixture } from '../../../shared/domain/kpis/fixture.ts';
import { createTestApp, type TestApp, type TestClient } from '../../../test/support/app.ts';
import { seedFacts } from '../outcomes/fixtures.ts';
import { chromiumPdfText } from '../../../test/support/pdf-text.ts';

/**
 * The funder report over HTTP on the hand-counted outcome dataset: the PDF is printed by Chromium in
 * a background job with progress, holds the key figures (as published to a funder), the Excel file
 * has the same numbers, only the requester gets the job, and non-staff roles are refused.
 */

let t: TestApp;
let p: string;
let coordinator: TestClient;
let funder: TestClient;
const YEAR = { from: '2025-01-01', to: '2025-12-31' };
const da = CHART_LABELS.da;

beforeAll(async () => {
  t = await createTestApp();
  p = (await t.createProgramme('Jobplaneten Rapport')).id;
  const c = await t.member(p, 'coordinator');
  coordinator = c.client;
  funder = (await t.member(p, 'funder')).client;
  await seedFacts(t, p, fixture(), c.id, { birthDay: '28' });
});
afterAll(() => t.close());

const url = (suffix = '') => `/api/programmes/${p}/reports/funder${suffix}`;
const qs = new URLSearchParams(YEAR).toString();

/** The dashboard as a funder sees it: the figures a report publishes (cells of 1–4 suppressed). */
async function publishedFigures() {
  const res = await funder.get(`/api/programmes/${p}/outcomes/dashboard?${qs}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().figures as Array<{ key: keyof typeof da.figures; value: number | null; suppressed: boolean; unit: string }>;
}
const shown = (f: { value: number | null; suppressed: boolean; unit: string }) =>
  f.suppressed ? '<5' : f.unit === 'percent' ? formatPercent(f.value) : formatNumber(f.value);

describe('the PDF report', () => {
  it('is printed in a background job with progress, and its text holds every key figure', async () => {
    const start = await coordinator.post(url(), YEAR);
    expect(start.statusCode, start.body).toBe(202);
    const { jobId } = start.json();
    expect(start.json()).toEqual({ jobId, status: 'queued', progress: 0, error: null, bytes: null });

    const early = await coordinator.get(url(`/${jobId}/pdf`));
    expect(early.statusCode).toBe(409);
    expect(early.json().error).toMatchObject({ code: 'report_not_ready', details: { status: 'queued' } });

    await t.drainJobs();
    const status = await coordinator.get(url(`/${jobId}`));
    expect(status.json()).toMatchObject({ jobId, status: 'done', progress: 100, error: null });

    const pdf = await coordinator.get(url(`/${jobId}/pdf`));
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.rawPayload.length).toBe(status.json().bytes);
    expect(pdf.rawPayload.toString('latin1')).toContain('/StructTreeRoot');

    const text = chromiumPdfText(pdf.rawPayload);
    const flat = text.replace(/\n/g, ' ');
    expect(flat).toContain('Rapport til bevillingsgivere: Jobplaneten Rapport');
    expect(flat).toContain('Periode: 1.1.2025 – 31.12.2025');
    for (const f of await publishedFigures()) expect(text, f.key).toContain(`${da.figures[f.key]}\n${shown(f)}`);
    expect(text).toContain('Henvendelser til hotline');
    expect(text).toContain('Oprettede henvendelser\n3');
  });

  it('is audited as an export', async () => {
    const events = await t.db
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('subject_type', '=', 'funder_report')
      .where('programme_id', '=', p)
      .execute();
    expect(events.some((e) => e.action === 'export' && (e.details as { format?: string }).format === 'pdf')).toBe(true);
  });

  it('belongs to whoever started it', async () => {
    const { jobId } = (await coordinator.post(url(), YEAR)).json();
    expect((await funder.get(url(`/${jobId}`))).statusCode).toBe(404);
    expect((await funder.get(url(`/${jobId}/pdf`))).statusCode).toBe(404);
    const own = await funder.post(url(), YEAR);
    expect(own.statusCode).toBe(202);
    expect((await funder.get(url(`/${own.json().jobId}`))).json().status).toBe('queued');
  });

  it('fails with chromium_unavailable when no Chromium is installed', async () => {
    const config = t.services.config as { CHROMIUM_PATH: string };
    const before = config.CHROMIUM_PATH;
    config.CHROMIUM_PATH = '/nonexistent/chromium';
    try {
      const { jobId } = (await coordinator.post(url(), YEAR)).json();
      await t.drainJobs();
      expect((await coordinator.get(url(`/${jobId}`))).json()).toMatchObject({ status: 'failed', error: 'chromium_unavailable' });
      expect((await coordinator.get(url(`/${jobId}/pdf`))).json().error).toMatchObject({
        code: 'report_not_ready',
        details: { status: 'failed', error: 'chromium_unavailable' },
      });
    } finally {
      config.CHROMIUM_PATH = before;
    }
  });
});

describe('the Excel report', () => {
  it('has Danish sheets with numbers as numbers and "<5" for suppressed cells', async () => {
    const res = await coordinator.get(url(`.xlsx?${qs}`));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="jobbro-rapport-2025-01-01-2025-12-31.xlsx"');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(['Nøgletal', 'Resultater', 'Timer pr. betaler', 'Mentorudgifter', 'Henvendelser']),
    );
    const key = book.getWorksheet('Nøgletal')!;
    const row = (sheet: ExcelJS.Worksheet, label: string) => {
      let found: unknown[] | undefined;
      sheet.eachRow((r) => {
        if (r.getCell(1).value === label) found = (r.values as unknown[]).slice(2);
      });
      return found;
    };
    for (const f of await publishedFigures()) {
      expect(row(key, da.figures[f.key])?.[0], f.key).toBe(f.suppressed ? '<5' : f.value);
    }
    expect(row(book.getWorksheet('Timer pr. betaler')!, da.payers.project_funds)).toEqual([9.5]);
    expect(row(book.getWorksheet('Henvendelser')!, 'Oprettede henvendelser')).toEqual([3]);
  });
});

describe('the HTML preview', () => {
  it('is the report document, escaped and without scripts', async () => {
    const res = await coordinator.get(url(`.html?${qs}`));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('<h1>Rapport til bevillingsgivere: Jobplaneten Rapport</h1>');
    expect(res.body).not.toContain('<script');
  });
});

describe('access', () => {
  it('refuses participants, employer contacts, mentors and evaluators', async () => {
    for (const role of ['participant', 'employer_contact', 'mentor', 'evaluator'] as const) {
      const c = (await t.member(p, role)).client;
      expect((await c.post(url(), YEAR)).statusCode, role).toBe(403);
      expect((await c.get(url(`.xlsx?${qs}`))).statusCode, role).toBe(403);
      expect((await c.get(url(`.html?${qs}`))).statusCode, role).toBe(403);
    }
  });
});
