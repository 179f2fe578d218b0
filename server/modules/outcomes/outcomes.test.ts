import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '../../../db/tenant.ts';
import { fixture, SITE_A } from '../../../shared/domain/kpis/fixture.ts';
import { createTestApp, type TestApp, type TestClient } from '../../../test/support/app.ts';
import { seedFacts } from './fixtures.ts';

/**
 * Outcome figures over HTTP on the hand-counted dataset (shared/domain/kpis/fixture.ts): the SQL must
 * give the same numbers as the unit tests, suppression for funders, click-through for coordinators
 * only, anonymisation that changes nothing, filters, targets and the aggregate files.
 */

let t: TestApp;
let p: string;
let ids: Map<string, string>;
let coordinator: TestClient;
let funder: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  p = (await t.createProgramme('Jobplaneten Nøgletal')).id;
  const c = await t.member(p, 'coordinator');
  coordinator = c.client;
  funder = (await t.member(p, 'funder')).client;
  ids = await seedFacts(t, p, fixture(), c.id, { birthDay: '28' });
});
afterAll(() => t.close());

const base = () => `/api/programmes/${p}/outcomes`;
const qs = (q: Record<string, string | number | undefined>) =>
  new URLSearchParams(
    Object.entries(q)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, String(v)]),
  ).toString();
const YEAR = { from: '2025-01-01', to: '2025-12-31' };

async function dashboardAs(client: TestClient, q: Record<string, string | number | undefined> = {}) {
  const res = await client.get(`${base()}/dashboard?${qs({ ...YEAR, ...q })}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}
const values = (d: any) => Object.fromEntries(d.figures.map((f: any) => [f.key, f.value]));

describe('the dashboard', () => {
  it('gives the hand-counted figures to a coordinator', async () => {
    const d = await dashboardAs(coordinator);
    expect(d.audience).toBe('staff');
    expect(values(d)).toEqual({
      attached: 4,
      jobs: 4,
      people_in_jobs: 3,
      people_in_internships: 1,
      workplaces: 4,
      companies_engaged: 5,
      hours: 13.5,
      courses: 2,
      course_participants: 2,
      completion_rate: 2 / 3,
      step_progressions: 3,
    });
    expect(d.figures.find((f: any) => f.key === 'jobs').trend.map((x: any) => x.value)).toEqual([0, 0, 1, 0, 0, 1, 0, 1, 0, 1, 0, 0]);
    expect(d.hoursByPayer).toEqual([
      { payer: 'project_funds', hours: 9.5, grossPay: 475, holidayPay: 59.38 },
      { payer: 'municipality', hours: 4, grossPay: 320, holidayPay: 40 },
    ]);
    expect(d.mentorCosts).toEqual([
      { funder: 'project_funds', hours: 2, cost: 600 },
      { funder: 'company', hours: 1.5, cost: 300 },
    ]);
    expect(d.support).toEqual({ opened: 3, resolved: 2, medianResponseMinutes: 75, withinTarget: 1 });
    expect(d.completion).toEqual({ completed: 2, endedEarly: 1, ended: 3, rate: 2 / 3, suppressed: false });
  });

  it('suppresses counts of 1–4 people for a funder, but not workplaces or hours', async () => {
    const d = await dashboardAs(funder);
    expect(d.audience).toBe('aggregate');
    const f = (key: string) => d.figures.find((x: any) => x.key === key);
    expect(f('attached')).toMatchObject({ value: null, suppressed: true });
    expect(f('jobs').trend.every((x: any) => x.value === 0 || x.suppressed)).toBe(true);
    expect(f('workplaces')).toMatchObject({ value: 4, suppressed: false });
    expect(f('hours')).toMatchObject({ value: 13.5, suppressed: false });
    expect(d.completion.suppressed).toBe(true);
    expect(d.outcomes.find((o: any) => o.kind === 'flex_job')).toEqual({ kind: 'flex_job', count: null, suppressed: true });
  });

  it.each([
    [{ siteId: 'A' }, { attached: 2, jobs: 2, hours: 8.5, courses: 1 }],
    [{ step: 3 }, { attached: 2, step_progressions: 3 }],
    [{ ageBand: '15-17' }, { attached: 2 }],
    [{ ageBand: '30+' }, { jobs: 2, people_in_internships: 1 }],
    [{ track: 'job' }, { jobs: 2 }],
  ])('filters %o', async (filters, expected) => {
    const q = { ...filters, siteId: 'siteId' in filters ? ids.get(SITE_A) : undefined };
    expect(values(await dashboardAs(coordinator, q))).toMatchObject(expected);
  });

  it('refuses a site of another programme and a reversed period, with field paths', async () => {
    const other = await coordinator.get(`${base()}/dashboard?${qs({ ...YEAR, siteId: '00000000-0000-4000-8000-000000000000' })}`);
    expect(other.statusCode).toBe(400);
    expect(other.json().error.details.issues[0].path).toEqual(['siteId']);
    const reversed = await coordinator.get(`${base()}/dashboard?${qs({ from: '2025-12-31', to: '2025-01-01' })}`);
    expect(reversed.statusCode).toBe(400);
  });

  it('does not change when a participant is anonymised (the birth day is dropped, the month kept)', async () => {
    const before = await dashboardAs(coordinator);
    const band = await dashboardAs(coordinator, { ageBand: '15-17' });
    const res = await coordinator.post(`/api/programmes/${p}/participants/${ids.get('P3')}/anonymise`, {});
    expect(res.statusCode, res.body).toBe(200);
    const row = await asSystem(t.db, (trx) =>
      sql<{ birth_date: string }>`SELECT birth_date FROM participants WHERE id = ${ids.get('P3')!}`.execute(trx),
    );
    expect(row.rows[0]!.birth_date).toBe('2008-12-01');
    expect(await dashboardAs(coordinator)).toEqual(before);
    expect(await dashboardAs(coordinator, { ageBand: '15-17' })).toEqual(band);
  });
});

describe('records behind a figure', () => {
  it('are for coordinators only', async () => {
    const res = await funder.get(`${base()}/records?${qs({ ...YEAR, figure: 'jobs' })}`);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('forbidden');
  });

  it('list name, site, placement and dates, per month too, and are audited', async () => {
    const res = await coordinator.get(`${base()}/records?${qs({ ...YEAR, figure: 'jobs' })}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.total).toBe(4);
    expect(Object.keys(body.records[0]).sort()).toEqual([
      'anonymised',
      'countedOn',
      'endsOn',
      'hours',
      'name',
      'participantId',
      'placementId',
      'placementTitle',
      'siteName',
      'startsOn',
      'workplaceName',
    ]);
    const june = (await coordinator.get(`${base()}/records?${qs({ ...YEAR, figure: 'jobs', month: '2025-06' })}`)).json();
    expect(june.records.map((r: any) => [r.name, r.placementTitle, r.workplaceName, r.countedOn])).toEqual([
      ['NavnP1 Testesen', 'Job L2', 'Arbejdsplads W1', '2025-06-15'],
    ]);
    expect(
      (await coordinator.get(`${base()}/records?${qs({ ...YEAR, figure: 'jobs', month: '2026-01' })}`)).json().error.details.issues[0].path,
    ).toEqual(['month']);
    const hours = (await coordinator.get(`${base()}/records?${qs({ ...YEAR, figure: 'hours' })}`)).json();
    expect(hours.records.map((r: any) => r.hours).sort()).toEqual([4, 4.5, 5]);
    const audit = await asSystem(t.db, (trx) =>
      sql<{
        n: number;
      }>`SELECT count(*)::int AS n FROM audit_events WHERE programme_id = ${p} AND subject_type = 'outcome_records'`.execute(trx),
    );
    expect(audit.rows[0]!.n).toBeGreaterThanOrEqual(3);
  });
});

describe('targets', () => {
  const period = { periodFrom: '2025-01-01', periodTo: '2025-12-31' };
  it('round-trip per period, show on the dashboard, and only coordinators set them', async () => {
    const body = {
      ...period,
      targets: [
        { key: 'attached', value: 120 },
        { key: 'people_in_jobs', value: 60 },
        { key: 'people_in_internships', value: 60 },
        { key: 'companies_engaged', value: 60 },
      ],
    };
    const put = await coordinator.request('PUT', `${base()}/targets`, body);
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().targets.map((x: any) => [x.key, x.value])).toEqual([
      ['attached', 120],
      ['companies_engaged', 60],
      ['people_in_internships', 60],
      ['people_in_jobs', 60],
    ]);
    const d = await dashboardAs(coordinator);
    expect(d.figures.find((f: any) => f.key === 'companies_engaged')).toMatchObject({
      value: 5,
      target: 60,
      targetProgress: 5 / 60,
      targetPeriod: { from: '2025-01-01', to: '2025-12-31' },
    });
    await coordinator.request('PUT', `${base()}/targets`, { ...period, targets: [{ key: 'attached', value: 100 }] });
    expect((await funder.get(`${base()}/targets`)).json().targets.map((x: any) => [x.key, x.value])).toEqual([['attached', 100]]);
    expect((await funder.request('PUT', `${base()}/targets`, body)).statusCode).toBe(403);
    const dup = await coordinator.request('PUT', `${base()}/targets`, {
      ...period,
      targets: [
        { key: 'jobs', value: 1 },
        { key: 'jobs', value: 2 },
      ],
    });
    expect(dup.statusCode).toBe(400);
    expect(dup.json().error.details.issues[0].path).toEqual(['targets', '1', 'key']);
  });
});

describe('aggregate exports', () => {
  it('CSV for a funder: Danish headings, "<5" for small counts', async () => {
    const res = await funder.get(`${base()}/export?${qs({ ...YEAR, format: 'csv' })}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.body).toContain('Tilknyttede deltagere;<5;personer');
    expect(res.body).toContain('Arbejdspladser;4;arbejdspladser');
    expect(res.body).toContain('Godkendte arbejdstimer;13,5;timer');
  });

  it('Excel is suppressed even for a coordinator, and opens with the right values', async () => {
    const res = await coordinator.get(`${base()}/export?${qs({ ...YEAR, format: 'xlsx' })}`);
    expect(res.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Nøgletal')!;
    const row = (label: string) => {
      let found: unknown[] = [];
      sheet.eachRow((r) => {
        if (r.getCell(1).value === label) found = [r.getCell(2).value, r.getCell(3).value];
      });
      return found;
    };
    expect(row('Tilknyttede deltagere')).toEqual(['<5', 'personer']);
    expect(row('Virksomheder involveret')).toEqual([5, 'virksomheder']);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Nøgletal', 'Udvikling', 'Udfald og trin', 'Timer og udgifter']);
  });

  it('Landsbyggefonden: focus area Beskæftigelse per site and year, CSV and Excel', async () => {
    const csv = await funder.get(`${base()}/landsbyggefonden?${qs({ from: '2025-01-01', to: '2025-12-31', format: 'csv' })}`);
    expect(csv.statusCode, csv.body).toBe(200);
    const lines = csv.body.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toBe('Indsatsområde;Boligområde;Periode fra;Periode til;Indikator nr.;Indikator;Enhed;Værdi');
    expect(lines).toContain('Beskæftigelse;Område A;2025-01-01;2025-12-31;B9;Godkendte arbejdstimer;timer;8,5');
    expect(lines).toContain('Beskæftigelse;Alle boligområder;2025-01-01;2025-12-31;B1;Beboere tilknyttet indsatsen;personer;<5');
    expect(lines.length).toBe(1 + 3 * 12);
    const xlsx = await funder.get(
      `${base()}/landsbyggefonden?${qs({ from: '2025-01-01', to: '2025-12-31', format: 'xlsx', siteId: ids.get(SITE_A) })}`,
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Beskæftigelse')!;
    expect(sheet.rowCount).toBe(1 + 12);
    expect(sheet.getRow(1).getCell(1).value).toBe('Indsatsområde');
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      'Beskæftigelse',
      'Område A',
      '2025-01-01',
      '2025-12-31',
      'B1',
      'Beboere tilknyttet indsatsen',
      'personer',
      '<5',
    ]);
  });
});

describe('the API description', () => {
  it('documents the outcome endpoints', async () => {
    const res = await coordinator.get('/api/openapi.json');
    expect(res.statusCode).toBe(200);
    const paths = Object.keys(res.json().paths);
    for (const suffix of ['dashboard', 'targets', 'records', 'export', 'landsbyggefonden']) {
      expect(paths).toContain(`/api/programmes/{programmeId}/outcomes/${suffix}`);
    }
  });
});

describe('the status history behind "attached"', () => {
  it('records the date a participant record is closed, whoever closes it', async () => {
    const res = await coordinator.request('PATCH', `/api/programmes/${p}/participants/${ids.get('P2')}`, {
      status: 'completed',
      version: 1,
    });
    expect(res.statusCode, res.body).toBe(200);
    const rows = await asSystem(t.db, (trx) =>
      sql<{ from_status: string; to_status: string }>`
      SELECT from_status, to_status FROM participant_status_changes WHERE participant_id = ${ids.get('P2')!}`.execute(trx),
    );
    expect(rows.rows).toEqual([{ from_status: 'active', to_status: 'completed' }]);
  });
});
