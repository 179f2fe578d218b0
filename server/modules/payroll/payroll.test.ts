import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/domain/calendar/local-time.ts';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { activePlacement, mentor, ok, openOpening, today, urls, world, yearsAgo, type World } from '../placements/fixtures.ts';

/** The monthly payroll export: per payer, CPR only for payers that run payroll, with mentor costs and the pocket-money budget. */

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await createTestApp();
  w = await world(t, 'Jobplaneten Løn');
});
afterAll(() => t.close());

function previousMonth(): string {
  const [y, m] = today().slice(0, 7).split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

describe('payroll export', () => {
  it('pays approved hours × rate with 12.5 % holiday pay per payer; CPR only for company/municipality, with a reason, audited', async () => {
    const month = previousMonth();
    const [d1, d2] = [`${month}-10`, `${month}-11`];
    const birthDate = yearsAgo(16, 10);
    const cpr = `${birthDate.slice(8, 10)}${birthDate.slice(5, 7)}${birthDate.slice(2, 4)}-4123`;
    const mads = await mentor(t, w, { ratePerHour: 250, payer: 'project_funds' });
    const startsOn = addDays(today(), -70);
    const paid = await activePlacement(w, {
      person: { firstName: 'Sara', birthDate, cpr, cprReason: 'Lønudbetaling' },
      agreement: { startsOn, wagePerHour: 65, wagePayer: 'company', mentorId: mads.record.id },
    });
    const pocket = await openOpening(w.c, w.p, w.place.workplace.id, { kind: 'pocket_money', title: 'Lommepengejob' });
    const pocketJob = await activePlacement(
      { ...w, opening: pocket },
      {
        person: { firstName: 'Bo', birthDate: yearsAgo(16, 20) },
        agreement: { startsOn, wagePerHour: 50, wagePayer: 'project_funds' },
      },
    );
    await t.db
      .updateTable('programmes')
      .set({ settings: sql`settings || '{"budgetMonthly": 500}'::jsonb` as never })
      .where('id', '=', w.p)
      .execute();

    for (const d of [d1, d2]) {
      await ok(
        w.contact.client.post(`${urls.placement(w.p, paid.placement.id)}/shifts`, {
          workDate: d,
          startTime: '10:00',
          endTime: '14:00',
          approve: true,
        }),
        201,
      );
      // The coordinator records and approves pocket-money work themselves.
      await ok(
        w.c.post(`${urls.placement(w.p, pocketJob.placement.id)}/shifts`, {
          workDate: d,
          startTime: '10:00',
          endTime: '14:00',
          approve: true,
        }),
        201,
      );
    }
    // Submitted but never approved: not paid.
    await ok(
      w.contact.client.post(`${urls.placement(w.p, paid.placement.id)}/shifts`, {
        workDate: `${month}-12`,
        startTime: '10:00',
        endTime: '12:00',
      }),
      201,
    );
    await ok(w.c.post(`${urls.placement(w.p, paid.placement.id)}/mentor-hours`, { workedOn: d1, hours: 2 }));

    const url = (q: string) => `/api/programmes/${w.p}/payroll?month=${month}&${q}`;
    const company = await ok(w.c.get(url('payer=company&format=json&reason=M%C3%A5nedsl%C3%B8n')));
    expect(company.rows).toEqual([
      expect.objectContaining({ name: 'Sara Hansen', cpr, hours: 8, ratePerHour: 65, gross: 520, holidayPay: 65, total: 585 }),
    ]);
    expect(company.totals).toEqual({ hours: 8, gross: 520, holidayPay: 65, total: 585 });
    expect(company.mentorCostsByPayer).toEqual([{ payer: 'project_funds', hours: 2, cost: 500 }]);
    expect(company.wagesByPayer.map((p: { payer: string; total: number }) => [p.payer, p.total])).toEqual([
      ['project_funds', 450],
      ['company', 585],
    ]);
    expect(company.budget).toEqual({ month, budget: 500, spent: 450, remaining: 50, overBudget: false });

    const funds = await ok(w.c.get(url('payer=project_funds&format=json')));
    expect(funds.rows).toEqual([
      expect.objectContaining({ name: 'Bo Hansen', cpr: null, hours: 8, gross: 400, holidayPay: 50, total: 450 }),
    ]);

    const csv = await w.c.get(url('payer=company&reason=M%C3%A5nedsl%C3%B8n'));
    expect(csv.headers['content-disposition']).toBe(`attachment; filename="jobbro-loen-${month}-company.csv"`);
    expect(csv.body).toContain(`Sara Hansen;${cpr};Bageriet Ellemarken ApS;8,00;65,00;520,00;65,00;585,00`);
    // An empty CPR cell always says why: this payer gets none, or the person has none on record.
    expect(csv.body).toContain('Navn;CPR;Arbejdsgiver;Timer;Timeløn;Bruttoløn;Feriepenge (12,5 %);I alt;Bemærkning til CPR\r\n');
    expect((await w.c.get(url('payer=project_funds'))).body).toContain('Bo Hansen;;');
    expect((await w.c.get(url('payer=project_funds'))).body).toMatch(/Bo Hansen;;[^\r]*;CPR udelades: betaleren kører ikke løn\r\n/);

    const xlsx = await w.c.get(url('payer=company&format=xlsx&reason=M%C3%A5nedsl%C3%B8n'));
    expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(book.getWorksheet('Løn')!.getRow(2).values).toEqual([
      undefined,
      'Sara Hansen',
      cpr,
      'Bageriet Ellemarken ApS',
      8,
      65,
      520,
      65,
      585,
    ]);

    const cprEvents = await t.db
      .selectFrom('audit_events')
      .select(['subject_person_id', 'details'])
      .where('programme_id', '=', w.p)
      .where('subject_type', '=', 'participant_cpr')
      .execute();
    expect(cprEvents).toHaveLength(3);
    expect(cprEvents.every((e) => e.subject_person_id === paid.person.id && (e.details as { reason: string }).reason === 'Månedsløn')).toBe(
      true,
    );

    expect((await w.contact.client.get(url('payer=company&reason=x%20y%20z'))).statusCode).toBe(403);
  });
});
