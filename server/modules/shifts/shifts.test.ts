import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, isoWeek, mondayOf } from '../../../shared/domain/calendar/local-time.ts';
import { defaultSchoolDays } from '../../../shared/domain/youth-rules/index.ts';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { companyWithWorkplace, employerContact } from '../companies/fixtures.ts';
import {
  clearedYouthPlacement,
  ok,
  openOpening,
  person,
  portalAccount,
  today,
  urls,
  world,
  yearsAgo,
  type World,
} from '../placements/fixtures.ts';

/** Time registration: shifts judged by the young-worker rules across employers, corrections, timesheets. */

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await createTestApp();
  w = await world(t);
});
afterAll(() => t.close());

/** The latest past week whose Monday–Friday are all school days and whose Monday–Saturday lie in one month. */
function schoolWeek(): string {
  for (let monday = addDays(mondayOf(today()), -7); ; monday = addDays(monday, -7)) {
    const sat = addDays(monday, 5);
    if (defaultSchoolDays(monday, addDays(monday, 4)).length === 5 && monday.slice(0, 7) === sat.slice(0, 7)) return monday;
  }
}
const MON = schoolWeek();
const day = (i: number) => addDays(MON, i);
const weekId = () => {
  const { year, week } = isoWeek(MON);
  return `${year}-W${String(week).padStart(2, '0')}`;
};

const shifts = (placementId: string) => `${urls.placement(w.p, placementId)}/shifts`;
const shiftUrl = (id: string, action: 'approve' | 'corrections') => `/api/programmes/${w.p}/shifts/${id}/${action}`;

/** An active placement for a youth in compulsory school (14 by default), cleared by a guardian for this job. */
function activeYouthPlacement(ww: World, participant: { id: string }, startsOn = addDays(MON, -14)) {
  return clearedYouthPlacement(ww, participant.id, startsOn);
}

async function fourteen(firstName: string) {
  return person(w, { firstName, birthDate: addDays(yearsAgo(14), -60), compulsorySchool: true });
}

/**
 * Monday–Saturday leaves one day off in the week, which breaks weekly rest (AML § 62, stk. 2). The
 * hour-limit stories below work six days, so a documented exception covers the weekly rest.
 */
async function exceptWeeklyRest(participantId: string) {
  await ok(
    w.c.post(`/api/programmes/${w.p}/participants/${participantId}/rule-exceptions`, {
      rule: 'weekly-rest',
      appliesOn: MON,
      reason: 'Prøve: seks arbejdsdage',
      legalBasis: 'BEK om unges arbejde (testgrundlag)',
    }),
    201,
  );
}
const WEEKLY_REST_EXCEPTED = expect.objectContaining({ rule: 'weekly-rest', excepted: true });

const shift = (workDate: string, startTime: string, endTime: string, extra: Record<string, unknown> = {}) => ({
  workDate,
  startTime,
  endTime,
  ...extra,
});

describe('the issue’s week: a 14-year-old pupil, 2 h Monday–Friday plus 3 h Saturday', () => {
  it('flags the Saturday (school-week-hours, 12 h), refuses approval, accepts a correction to 2 h, and pays 12 h with 12.5 % holiday pay', async () => {
    const noah = await fourteen('Noah');
    const pl = await activeYouthPlacement(w, noah);
    await exceptWeeklyRest(noah.id);
    const eva = w.contact.client;

    const weekdays = [];
    for (let i = 0; i < 5; i++) {
      const r = await ok(eva.post(shifts(pl.id), shift(day(i), '15:00', '17:00', { approve: true })), 201);
      expect(r).toMatchObject({ shift: { status: 'approved', hours: 2, recordedAs: 'employer' }, violations: [] });
      weekdays.push(r.shift);
    }

    const sat = await ok(eva.post(shifts(pl.id), shift(day(5), '10:00', '13:00')), 201);
    expect(sat.shift).toMatchObject({ status: 'submitted', hours: 3 });
    const flagged = sat.violations.find((v: { rule: string }) => v.rule === 'school-week-hours');
    expect(flagged).toMatchObject({ rule: 'school-week-hours', date: MON, limit: 12, actual: 13, unit: 'hours', excepted: false });
    expect(flagged.message).toMatch(/12 timer/);

    const refused = await eva.post(shiftUrl(sat.shift.id, 'approve'));
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({
      code: 'shift_rules_violated',
      details: { violations: [expect.objectContaining({ rule: 'school-week-hours', limit: 12, actual: 13 }), WEEKLY_REST_EXCEPTED] },
    });

    // The timesheet says, per waiting shift, whether approval would pass and what would refuse it.
    const sheetUrl = `${urls.placement(w.p, pl.id)}/timesheet?week=${weekId()}`;
    expect((await ok(eva.get(sheetUrl))).approval).toEqual([
      {
        shiftId: sat.shift.id,
        approvable: false,
        violations: [expect.objectContaining({ rule: 'school-week-hours', limit: 12, actual: 13 })],
      },
    ]);

    // A Sunday shift approved at once is refused too (no two consecutive days off), and nothing is saved.
    expect((await eva.post(shifts(pl.id), shift(day(6), '10:00', '11:00', { approve: true }))).json().error.code).toBe(
      'shift_rules_violated',
    );

    const corrected = await ok(
      eva.post(shiftUrl(sat.shift.id, 'corrections'), shift(day(5), '10:00', '12:00', { reason: 'Gik hjem kl. 12' })),
      201,
    );
    expect(corrected).toMatchObject({
      shift: { status: 'submitted', hours: 2, correctsShiftId: sat.shift.id, reason: 'Gik hjem kl. 12' },
      violations: [WEEKLY_REST_EXCEPTED],
    });
    expect((await ok(eva.get(sheetUrl))).approval).toEqual([{ shiftId: corrected.shift.id, approvable: true, violations: [] }]);
    expect(await ok(eva.post(shiftUrl(corrected.shift.id, 'approve')))).toMatchObject({
      shift: { status: 'approved' },
      violations: [WEEKLY_REST_EXCEPTED],
    });

    const sheet = await ok(eva.get(`${urls.placement(w.p, pl.id)}/timesheet?week=${weekId()}`));
    expect(sheet).toMatchObject({
      week: weekId(),
      plannedHours: 6,
      recordedHours: 12,
      approvedHours: 12,
      violations: [WEEKLY_REST_EXCEPTED],
    });
    expect(sheet.days[5].shifts.map((s: { status: string; hours: number }) => [s.status, s.hours])).toEqual([
      ['rejected', 3],
      ['approved', 2],
    ]);

    const month = MON.slice(0, 7);
    const report = await ok(w.c.get(`/api/programmes/${w.p}/payroll?month=${month}&payer=company&format=json&reason=L%C3%B8nk%C3%B8rsel`));
    expect(report.rows.find((r: { participantId: string }) => r.participantId === noah.id)).toMatchObject({
      name: 'Noah Hansen',
      employer: 'Bageriet Ellemarken ApS',
      hours: 12,
      ratePerHour: 65,
      gross: 780,
      holidayPay: 97.5,
      total: 877.5,
      cpr: null,
    });
    const csv = await w.c.get(`/api/programmes/${w.p}/payroll?month=${month}&payer=company&reason=L%C3%B8nk%C3%B8rsel`);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.body).toContain('Noah Hansen;;Bageriet Ellemarken ApS;12,00;65,00;780,00;97,50;877,50');
    const audit = await t.db
      .selectFrom('audit_events')
      .select(['action', 'subject_type', 'details'])
      .where('programme_id', '=', w.p)
      .where('subject_type', '=', 'payroll')
      .execute();
    expect(audit.map((a) => [a.action, (a.details as { reason: string }).reason])).toEqual([
      ['export', 'Lønkørsel'],
      ['export', 'Lønkørsel'],
    ]);
    expect((await w.c.get(`/api/programmes/${w.p}/payroll?month=${month}&payer=company`)).json().error.details.issues[0].code).toBe(
      'reason_required',
    );
  });
});

describe('shifts', () => {
  it('sum across employers: 8 h at the bakery and 5 h elsewhere in a school week trip the week rule', async () => {
    const lea = await fourteen('Lea');
    const bakery = await activeYouthPlacement(w, lea);
    const other = await companyWithWorkplace(w.c, w.p, 'Kiosken ApS');
    const ole = await employerContact(t, w.p, other.company.organisationId, 'Ole Kiosk');
    const kioskWorld = { ...w, place: other, contact: ole, opening: await openOpening(w.c, w.p, other.workplace.id) };
    const kiosk = await activeYouthPlacement(kioskWorld, lea);
    await exceptWeeklyRest(lea.id);

    for (let i = 0; i < 4; i++) await ok(w.contact.client.post(shifts(bakery.id), shift(day(i), '15:00', '17:00', { approve: true })), 201);
    await ok(ole.client.post(shifts(kiosk.id), shift(day(4), '15:00', '17:00', { approve: true })), 201);
    const res = await ole.client.post(shifts(kiosk.id), shift(day(5), '10:00', '13:00', { approve: true }));
    expect(res.statusCode).toBe(409);
    expect(res.json().error.details.violations).toEqual([
      expect.objectContaining({ rule: 'school-week-hours', actual: 13, limit: 12 }),
      WEEKLY_REST_EXCEPTED,
    ]);

    // Another company's employer contact does not see the placement at all.
    expect((await ole.client.post(shifts(bakery.id), shift(day(5), '10:00', '11:00'))).statusCode).toBe(404);
    expect((await ole.client.get(`${urls.placement(w.p, bakery.id)}/timesheet?week=${weekId()}`)).statusCode).toBe(404);

    // A documented exception lets the week through.
    await ok(
      w.c.post(`/api/programmes/${w.p}/participants/${lea.id}/rule-exceptions`, {
        rule: 'school-week-hours',
        appliesOn: MON,
        reason: 'Prøve: dokumenteret undtagelse',
        legalBasis: 'BEK om unges arbejde (testgrundlag)',
      }),
      201,
    );
    expect(await ok(ole.client.post(shifts(kiosk.id), shift(day(5), '10:00', '13:00', { approve: true })), 201)).toMatchObject({
      shift: { status: 'approved' },
      violations: [expect.objectContaining({ rule: 'school-week-hours', excepted: true }), WEEKLY_REST_EXCEPTED],
    });
  });

  it('approval is order-independent: the shift that tips the week over is refused while the others still wait', async () => {
    const ida = await fourteen('Ida');
    const pl = await activeYouthPlacement(w, ida);
    await exceptWeeklyRest(ida.id);
    const eva = w.contact.client;
    const waiting = [];
    for (let i = 0; i < 5; i++) waiting.push((await ok(eva.post(shifts(pl.id), shift(day(i), '15:00', '17:00')), 201)).shift);
    const sat = (await ok(eva.post(shifts(pl.id), shift(day(5), '10:00', '13:00')), 201)).shift;

    // Approving Saturday first must not slip through just because the weekdays are not approved yet.
    const refused = await eva.post(shiftUrl(sat.id, 'approve'));
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.details.violations).toEqual([
      expect.objectContaining({ rule: 'school-week-hours', limit: 12, actual: 13 }),
      WEEKLY_REST_EXCEPTED,
    ]);
    // The lawful weekdays are approved in any order, and the Saturday still is not.
    for (const s of waiting.reverse()) expect((await ok(eva.post(shiftUrl(s.id, 'approve')))).shift.status).toBe('approved');
    expect((await eva.post(shiftUrl(sat.id, 'approve'))).statusCode).toBe(409);
  });

  it('approved shifts are never overwritten, only corrected once; the database refuses updates', async () => {
    const ida = await fourteen('Ida');
    const pl = await activeYouthPlacement(w, ida);
    const first = await ok(w.contact.client.post(shifts(pl.id), shift(day(1), '15:00', '16:00', { approve: true })), 201);
    expect((await w.contact.client.post(shiftUrl(first.shift.id, 'approve'))).json().error).toMatchObject({
      code: 'shift_not_pending',
      details: { status: 'approved' },
    });
    await expect(t.db.updateTable('shifts').set({ end_time: '18:00' }).where('id', '=', first.shift.id).execute()).rejects.toThrow(
      /approved shifts cannot be changed/,
    );

    const fix = await ok(
      w.contact.client.post(shiftUrl(first.shift.id, 'corrections'), shift(day(1), '15:00', '17:00', { reason: 'Glemte en time' })),
      201,
    );
    expect(
      (await w.contact.client.post(shiftUrl(first.shift.id, 'corrections'), shift(day(1), '15:00', '17:30', { reason: 'Igen' }))).json()
        .error,
    ).toMatchObject({ code: 'shift_already_corrected', details: { correctionId: fix.shift.id } });
    await ok(w.contact.client.post(shiftUrl(fix.shift.id, 'approve')));
    const original = await t.db
      .selectFrom('shifts')
      .select(['status', 'end_time'])
      .where('id', '=', first.shift.id)
      .executeTakeFirstOrThrow();
    expect(original).toEqual({ status: 'approved', end_time: '16:00:00' });
    const sheet = await ok(w.c.get(`${urls.placement(w.p, pl.id)}/timesheet?week=${weekId()}`));
    expect(sheet.approvedHours).toBe(2);
    const audit = await t.db
      .selectFrom('audit_events')
      .select(['details'])
      .where('subject_type', '=', 'shift_correction')
      .where('subject_id', '=', fix.shift.id)
      .executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ corrects: first.shift.id, reason: 'Glemte en time', correctedStatus: 'approved' });
  });

  it('roles: the participant submits their own, the employer approves; coordinators record only pocket-money jobs; "as planned" fills the week', async () => {
    const emil = await fourteen('Emil');
    const pl = await activeYouthPlacement(w, emil);
    const portal = await portalAccount(t, w.p, { participantId: emil.id }, 'Emil Portal');
    expect((await portal.client.post(shifts(pl.id), shift(day(1), '15:00', '17:00', { approve: true }))).statusCode).toBe(403);
    const own = await ok(portal.client.post(shifts(pl.id), shift(day(1), '15:00', '17:00')), 201);
    expect(own.shift).toMatchObject({ status: 'submitted', recordedAs: 'participant' });
    expect((await portal.client.post(shiftUrl(own.shift.id, 'approve'))).statusCode).toBe(403);
    expect((await w.c.post(shifts(pl.id), shift(day(2), '15:00', '17:00'))).statusCode).toBe(403);
    await ok(w.contact.client.post(shiftUrl(own.shift.id, 'approve')));

    // Tuesday is taken; as planned adds the Saturday 10–14 of the agreement.
    const planned = await ok(w.contact.client.post(`${urls.placement(w.p, pl.id)}/timesheet/${weekId()}/as-planned`));
    expect(planned.created.map((s: { workDate: string; hours: number; status: string }) => [s.workDate, s.hours, s.status])).toEqual([
      [day(5), 4, 'approved'],
    ]);
    expect((await ok(w.contact.client.get(`${urls.placement(w.p, pl.id)}/timesheet?week=${weekId()}`))).approvedHours).toBe(6);
    // A repeat finds nothing left to record: no change, so 409 (issue #17: 2xx exactly when it took effect).
    const again = await w.contact.client.post(`${urls.placement(w.p, pl.id)}/timesheet/${weekId()}/as-planned`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('week_already_recorded');
    // A day inside the placement that has not come yet is refused as not worked yet (for the youth
    // too), never as "outside the placement"; a day before the agreed start names the start.
    for (const c of [w.contact.client, portal.client])
      expect((await c.post(shifts(pl.id), shift(addDays(today(), 1), '15:00', '16:00'))).json().error.details.issues[0].code).toBe(
        'date_not_worked_yet',
      );
    expect(
      (await w.contact.client.post(shifts(pl.id), shift(addDays(MON, -15), '15:00', '16:00'))).json().error.details.issues[0].code,
    ).toBe('date_before_placement_start');
  });
});

describe('school calendars', () => {
  it('a coordinator’s holiday override for the municipality turns the week into a school-free week (35 h limit for a 14-year-old)', async () => {
    const site = await t.db
      .selectFrom('participants as pa')
      .innerJoin('sites as s', 's.id', 'pa.site_id')
      .select('s.postal_code')
      .where('pa.programme_id', '=', w.p)
      .executeTakeFirstOrThrow();
    const { loadPostalCodes } = await import('../../lib/postal-codes.ts');
    const code = loadPostalCodes().get(site.postal_code)!.municipalityCode;
    const calendar = (c = w.c) => c.get(`/api/programmes/${w.p}/school-calendars/${code}?from=${MON}&to=${day(6)}`);
    expect((await ok(calendar())).schoolDays).toEqual([0, 1, 2, 3, 4].map(day));
    expect((await calendar(w.contact.client)).statusCode).toBe(403);

    const ella = await fourteen('Ella');
    const pl = await activeYouthPlacement(w, ella);
    await exceptWeeklyRest(ella.id);
    for (let i = 0; i < 5; i++) await ok(w.contact.client.post(shifts(pl.id), shift(day(i), '15:00', '17:00', { approve: true })), 201);
    expect((await w.contact.client.post(shifts(pl.id), shift(day(5), '10:00', '13:00', { approve: true }))).json().error.code).toBe(
      'shift_rules_violated',
    );

    for (let i = 0; i < 5; i++)
      await ok(
        w.c.request('PUT', `/api/programmes/${w.p}/school-calendars/${code}/days/${day(i)}`, { isSchoolDay: false, note: 'Vinterferie' }),
      );
    expect((await ok(calendar())).schoolDays).toEqual([]);
    expect(await ok(w.contact.client.post(shifts(pl.id), shift(day(5), '10:00', '13:00', { approve: true })), 201)).toMatchObject({
      violations: [WEEKLY_REST_EXCEPTED],
    });
  });
});
