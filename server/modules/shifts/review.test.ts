import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, mondayOf } from '../../../shared/domain/calendar/local-time.ts';
import { asSystem } from '../../../db/tenant.ts';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { companyWithWorkplace, employerContact } from '../companies/fixtures.ts';
import { activePlacement, mentor, ok, openOpening, today, urls, world, yearsAgo, type World } from '../placements/fixtures.ts';

/** Reviewing hours: the approval queue per role, rejection with a reason, erasure of free text, the pocket-money budget by month. */

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await createTestApp();
  w = await world(t, 'Jobplaneten Timer');
});
afterAll(() => t.close());

const MON = addDays(mondayOf(today()), -14);
const day = (i: number) => addDays(MON, i);
const shifts = (placementId: string) => `${urls.placement(w.p, placementId)}/shifts`;
const shiftUrl = (id: string, action: 'approve' | 'corrections' | 'reject') => `/api/programmes/${w.p}/shifts/${id}/${action}`;
const pendingUrl = () => `/api/programmes/${w.p}/shifts/pending`;
const startsOn = addDays(today(), -60);

describe('the approval queue and rejection', () => {
  it('shows coordinators the programme, employers and mentors their own placements (first names only), and rejects with a reason', async () => {
    const mads = await mentor(t, w, { withUser: true, name: 'Mads Mentor' });
    const { person, placement } = await activePlacement(w, {
      person: { firstName: 'Sofie' },
      agreement: { startsOn, mentorId: mads.record.id },
    });
    const other = await companyWithWorkplace(w.c, w.p, 'Kiosken ApS');
    const ole = await employerContact(t, w.p, other.company.organisationId, 'Ole Kiosk');

    const submitted = await ok(
      w.contact.client.post(shifts(placement.id), { workDate: day(1), startTime: '15:00', endTime: '17:00' }),
      201,
    );
    const approved = await ok(
      w.contact.client.post(shifts(placement.id), { workDate: day(2), startTime: '15:00', endTime: '17:00', approve: true }),
      201,
    );

    const staff = await ok(w.c.get(pendingUrl()));
    expect(staff.shifts).toEqual([
      expect.objectContaining({ id: submitted.shift.id, personName: 'Sofie Hansen', openingTitle: w.opening.title, canApprove: false }),
    ]);
    expect((await ok(w.contact.client.get(pendingUrl()))).shifts).toEqual([
      expect.objectContaining({ id: submitted.shift.id, personName: 'Sofie', canApprove: true }),
    ]);
    expect((await ok(mads.user!.client.get(pendingUrl()))).shifts.map((s: { id: string }) => s.id)).toEqual([submitted.shift.id]);
    expect((await ok(ole.client.get(pendingUrl()))).shifts).toEqual([]);

    // Another company's contact cannot reject it; a missing reason is a field error.
    expect((await ole.client.post(shiftUrl(submitted.shift.id, 'reject'), { reason: 'Nej' })).statusCode).toBe(404);
    expect(
      (await w.contact.client.post(shiftUrl(submitted.shift.id, 'reject'), { reason: ' ' })).json().error.details.issues[0].path,
    ).toEqual(['reason']);

    const rejected = await ok(w.contact.client.post(shiftUrl(submitted.shift.id, 'reject'), { reason: 'Hun var syg den dag' }));
    expect(rejected.shift).toMatchObject({ status: 'rejected', rejectedReason: 'Hun var syg den dag' });
    expect((await ok(w.c.get(pendingUrl()))).shifts).toEqual([]);
    expect((await w.contact.client.post(shiftUrl(submitted.shift.id, 'reject'), { reason: 'Igen' })).json().error).toMatchObject({
      code: 'shift_not_pending',
      details: { status: 'rejected' },
    });
    // Approved hours are final: corrected, never rejected.
    expect((await w.contact.client.post(shiftUrl(approved.shift.id, 'reject'), { reason: 'Fortrudt' })).json().error).toMatchObject({
      code: 'shift_not_pending',
      details: { status: 'approved' },
    });
    const audit = await t.db
      .selectFrom('audit_events')
      .select('details')
      .where('subject_type', '=', 'shift')
      .where('subject_id', '=', submitted.shift.id)
      .where('action', '=', 'update')
      .executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ rejected: true, reason: 'Hun var syg den dag', as: 'employer' });
    expect(person.id).toBeTruthy();
  });
});

describe('approve all valid', () => {
  it('approves the listed shifts that pass, one result per shift, audited per approval; others stay waiting', async () => {
    const { placement } = await activePlacement(w, { person: { firstName: 'Noah', birthDate: yearsAgo(16) }, agreement: { startsOn } });
    const other = await companyWithWorkplace(w.c, w.p, 'Kiosken Alt ApS');
    const ole = await employerContact(t, w.p, other.company.organisationId, 'Ole Alt');
    const valid = await ok(w.contact.client.post(shifts(placement.id), { workDate: day(8), startTime: '15:00', endTime: '17:00' }), 201);
    // Past 8 hours and into the evening: the rules refuse approval.
    const invalid = await ok(w.contact.client.post(shifts(placement.id), { workDate: day(9), startTime: '10:00', endTime: '22:00' }), 201);
    const done = await ok(
      w.contact.client.post(shifts(placement.id), { workDate: day(10), startTime: '15:00', endTime: '16:00', approve: true }),
      201,
    );
    const url = `/api/programmes/${w.p}/shifts/approve-valid`;

    // Never an empty "all".
    expect((await w.contact.client.post(url, { shiftIds: [] })).statusCode).toBe(400);
    // Another company's contact learns nothing and changes nothing.
    expect((await ole.client.post(url, { shiftIds: [valid.shift.id] })).statusCode).toBe(404);

    const res = await ok(w.contact.client.post(url, { shiftIds: [valid.shift.id, invalid.shift.id, done.shift.id, valid.shift.id] }));
    expect(res.approved).toBe(1);
    expect(res.results).toEqual([
      { shiftId: valid.shift.id, approved: true, code: null, violations: [] },
      { shiftId: invalid.shift.id, approved: false, code: 'shift_rules_violated', violations: expect.arrayContaining([expect.anything()]) },
      { shiftId: done.shift.id, approved: false, code: 'shift_not_pending', violations: [] },
    ]);
    const statuses = await t.db
      .selectFrom('shifts')
      .select(['id', 'status'])
      .where('id', 'in', [valid.shift.id, invalid.shift.id])
      .execute();
    expect(Object.fromEntries(statuses.map((r) => [r.id, r.status]))).toEqual({
      [valid.shift.id]: 'approved',
      [invalid.shift.id]: 'submitted',
    });
    const audits = await t.db
      .selectFrom('audit_events')
      .select(['subject_id', 'details'])
      .where('subject_type', '=', 'shift')
      .where('subject_id', 'in', [valid.shift.id, invalid.shift.id])
      .where('action', '=', 'update')
      .execute();
    expect(audits).toEqual([{ subject_id: valid.shift.id, details: expect.objectContaining({ approved: true, as: 'employer' }) }]);

    // Asked again, nothing is approved (no state change): 409 with each shift's reason.
    const again = await w.contact.client.post(url, { shiftIds: [valid.shift.id, invalid.shift.id] });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({
      code: 'no_shift_approved',
      details: {
        results: [
          { shiftId: valid.shift.id, approved: false, code: 'shift_not_pending' },
          { shiftId: invalid.shift.id, approved: false, code: 'shift_rules_violated' },
        ],
      },
    });
  });
});

describe('erasure', () => {
  it('anonymising a person blanks the reasons on their shifts and rule exceptions, keeping hours and approvals', async () => {
    const { person, placement } = await activePlacement(w, { person: { firstName: 'Jonas' }, agreement: { startsOn } });
    const eva = w.contact.client;
    const first = await ok(eva.post(shifts(placement.id), { workDate: day(1), startTime: '15:00', endTime: '16:00', approve: true }), 201);
    const fix = await ok(
      eva.post(shiftUrl(first.shift.id, 'corrections'), {
        workDate: day(1),
        startTime: '15:00',
        endTime: '17:00',
        reason: 'Jonas glemte at stemple ud, han var ked af det',
      }),
      201,
    );
    await ok(eva.post(shiftUrl(fix.shift.id, 'approve')));
    const other = await ok(eva.post(shifts(placement.id), { workDate: day(3), startTime: '15:00', endTime: '16:00' }), 201);
    await ok(eva.post(shiftUrl(other.shift.id, 'reject'), { reason: 'Jonas var hos lægen' }));
    await ok(
      w.c.post(`/api/programmes/${w.p}/participants/${person.id}/rule-exceptions`, {
        rule: 'weekly-hours',
        appliesOn: MON,
        reason: 'Jonas’ mor er syg',
        legalBasis: 'BEK om unges arbejde (testgrundlag)',
      }),
      201,
    );

    // The door only opens for a person already anonymised.
    await expect(sql`SELECT jobbro_scrub_hours_text(${w.p}::uuid, ${person.id}::uuid)`.execute(t.db)).rejects.toThrow(/anonymised/);

    const rows = () =>
      t.db
        .selectFrom('shifts')
        .select(['id', 'status', 'start_time', 'end_time', 'reason', 'rejected_reason', 'approved_at'])
        .where('participant_id', '=', person.id)
        .orderBy('created_at')
        .execute();
    const before = await rows();
    await ok(w.c.post(`/api/programmes/${w.p}/participants/${person.id}/anonymise`, {}));
    const after = await rows();
    expect(after.map((r) => [r.status, r.start_time, r.end_time, String(r.approved_at)])).toEqual(
      before.map((r) => [r.status, r.start_time, r.end_time, String(r.approved_at)]),
    );
    expect(after.map((r) => [r.reason, r.rejected_reason])).toEqual([
      [null, null],
      ['Anonymiseret', null],
      [null, 'Anonymiseret'],
    ]);
    const exception = await t.db
      .selectFrom('rule_exceptions')
      .select(['reason', 'legal_basis'])
      .where('participant_id', '=', person.id)
      .executeTakeFirstOrThrow();
    expect(exception).toEqual({ reason: 'Anonymiseret', legal_basis: 'BEK om unges arbejde (testgrundlag)' });
    // Still nothing but the reason may change on an approved row.
    await expect(
      asSystem(t.db, (trx) => trx.updateTable('shifts').set({ end_time: '18:00' }).where('id', '=', fix.shift.id).execute()),
    ).rejects.toThrow(/approved shifts cannot be changed/);
  });
});

describe('pocket-money budget', () => {
  it('sums approved project-funds wages with holiday pay per month of the year against settings.budgetMonthly', async () => {
    const pocket = await openOpening(w.c, w.p, w.place.workplace.id, { kind: 'pocket_money', title: 'Lommepengejob' });
    const { placement } = await activePlacement(
      { ...w, opening: pocket },
      {
        person: { firstName: 'Bo', birthDate: yearsAgo(16, 20) },
        agreement: { startsOn, wagePerHour: 50, wagePayer: 'project_funds' },
      },
    );
    const [y, m] = today().slice(0, 7).split('-').map(Number) as [number, number];
    const month = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
    const year = Number(month.slice(0, 4));
    const url = `/api/programmes/${w.p}/pocket-money-budget?year=${year}`;
    const none = await ok(w.c.get(url));
    expect(none).toMatchObject({ year, budgetMonthly: null, totals: { budget: null, spent: 0 } });
    expect(none.months).toHaveLength(12);

    await t.db
      .updateTable('programmes')
      .set({ settings: sql`settings || '{"budgetMonthly": 300}'::jsonb` as never })
      .where('id', '=', w.p)
      .execute();
    for (const d of ['10', '11'])
      await ok(w.c.post(shifts(placement.id), { workDate: `${month}-${d}`, startTime: '10:00', endTime: '14:00', approve: true }), 201);
    await ok(w.c.post(shifts(placement.id), { workDate: `${month}-12`, startTime: '10:00', endTime: '12:00' }), 201);

    const report = await ok(w.c.get(url));
    // 2 × 4 h × 50 kr = 400 kr + 12.5 % = 450 kr, over the 300 kr budget (the submitted shift does not count).
    expect(report.months.filter((x: { spent: number }) => x.spent > 0)).toEqual([
      { month, budget: 300, spent: 450, remaining: -150, overBudget: true },
    ]);
    expect(report.totals).toEqual({ budget: 3600, spent: 450 });
    expect((await w.contact.client.get(url)).statusCode).toBe(403);
  });
});
