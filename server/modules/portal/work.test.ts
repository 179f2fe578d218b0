import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/domain/calendar/local-time.ts';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { api } from '../companies/fixtures.ts';
import { activePlacement, addGuardian, ok, portalAccount, today, urls, world, type World } from '../placements/fixtures.ts';

/**
 * The portal tells the truth: a youth with a running job, approved and rejected hours and an
 * upcoming activity sees each of them on `/api/portal/me`, and so does their guardian. No list in
 * the response may be empty while the data behind it exists.
 */

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await createTestApp();
  w = await world(t, 'Jobplaneten Portal');
});
afterAll(() => t.close());

/**
 * Paths of every empty array in a response: with every kind of data present there must be none.
 * A consent's partner names are left out: a consent for all partners names none by design.
 */
function emptyLists(value: unknown, path = '$'): string[] {
  if (Array.isArray(value)) return value.length === 0 ? [path] : value.flatMap((v, i) => emptyLists(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value)
      .filter(([k]) => k !== 'organisationNames')
      .flatMap(([k, v]) => emptyLists(v, `${path}.${k}`));
  return [];
}

const shiftsUrl = (placementId: string) => `${urls.placement(w.p, placementId)}/shifts`;

/** A youth with a running job (and a mentor), two approved shifts, a rejected one, a submitted one, an activity and a consent. */
async function youthAtWork() {
  const mentor = await ok(
    w.c.post(api.mentors(w.p), {
      organisationId: w.place.company.organisationId,
      userId: null,
      name: 'Mads Mentor',
      phone: '+45 20 30 40 50',
      email: 'mads@bageriet.test',
      hoursPerWeek: 2,
      ratePerHour: 250,
      payer: 'project_funds',
    }),
    201,
  );
  const { person, placement } = await activePlacement(w, {
    person: { firstName: 'Sara', lastName: 'Portal' },
    agreement: { startsOn: addDays(today(), -30), endsOn: addDays(today(), 90), mentorId: mentor.id, wagePerHour: 80 },
  });
  const eva = w.contact.client;
  const day = today();
  const approved = await ok(eva.post(shiftsUrl(placement.id), { workDate: day, startTime: '10:00', endTime: '12:00', approve: true }), 201);
  const second = await ok(eva.post(shiftsUrl(placement.id), { workDate: day, startTime: '12:30', endTime: '13:30', approve: true }), 201);
  const toReject = await ok(eva.post(shiftsUrl(placement.id), { workDate: day, startTime: '14:00', endTime: '15:00' }), 201);
  await ok(eva.post(`/api/programmes/${w.p}/shifts/${toReject.shift.id}/reject`, { reason: 'Du var syg den dag' }));
  const pending = await ok(eva.post(shiftsUrl(placement.id), { workDate: day, startTime: '15:30', endTime: '16:00' }), 201);

  const activity = await ok(
    w.c.post(`/api/programmes/${w.p}/activities`, {
      kind: 'interview_training',
      title: 'Jobsamtaletræning',
      description: 'Øv jobsamtalen',
      place: 'Beboerhuset',
      siteId: w.env.site.id,
      hostCompanyId: null,
      capacity: 10,
      sessions: [{ startsAt: `${addDays(day, 7)}T16:00`, endsAt: `${addDays(day, 7)}T18:00` }],
    }),
    201,
  );
  await ok(w.c.post(`/api/programmes/${w.p}/activities/${activity.id}/invitations`, { participantIds: [person.id] }));
  await ok(w.c.request('PUT', `/api/programmes/${w.p}/activities/${activity.id}/participants/${person.id}`, { status: 'registered' }));
  await ok(
    w.c.post(`/api/programmes/${w.p}/participants/${person.id}/consents`, {
      purpose: 'photos',
      allPartners: true,
      dataCategories: ['profile'],
      givenOn: day,
      givenBy: 'participant',
      method: 'paper',
    }),
    201,
  );
  return { person, placement, mentor, activity, shiftIds: { approved, second, toReject, pending } };
}

describe('the portal’s work lists', () => {
  it('shows the youth their job, next shifts, hours by status, earnings and activity, and their guardian the same', async () => {
    const { person, placement, activity, shiftIds } = await youthAtWork();
    const youthAccount = await portalAccount(t, w.p, { participantId: person.id }, 'Sara Portal');
    const guardian = await addGuardian(w, person.id);
    const parent = await portalAccount(t, w.p, { guardianId: guardian.id }, 'Mona Hansen');

    const me = await ok(youthAccount.client.get('/api/portal/me'));
    expect(me.self).toHaveLength(1);
    const self = me.self[0];

    expect(self.jobs).toEqual([
      expect.objectContaining({
        id: placement.id,
        status: 'active',
        title: w.opening.title,
        employer: 'Bageriet Ellemarken ApS',
        workplace: expect.objectContaining({ address: expect.any(String), postalCode: expect.any(String) }),
        contacts: [{ name: 'Eva Arbejdsgiver', email: expect.any(String) }],
        mentor: { name: 'Mads Mentor', phone: '+45 20 30 40 50', email: 'mads@bageriet.test' },
        wagePerHour: 80,
        wagePayer: 'company',
        startsOn: addDays(today(), -30),
        endsOn: addDays(today(), 90),
        endedOn: null,
        // 6 hours a week call for an employment statement; at 16 the parents get a letter.
        documents: ['employment_statement', 'parent_letter'],
      }),
    ]);
    expect(self.jobs[0].weeklySchedule.length).toBeGreaterThan(0);

    // The agreed schedule (Tuesday and Saturday) gives the next shifts, from today on.
    expect(self.shifts.length).toBeGreaterThan(0);
    for (const s of self.shifts) {
      expect(s.date >= today()).toBe(true);
      expect(s).toMatchObject({ placementId: placement.id, title: w.opening.title, employer: 'Bageriet Ellemarken ApS' });
    }

    expect(self.hours.map((h: { id: string; status: string }) => [h.id, h.status]).sort()).toEqual(
      [
        [shiftIds.approved.shift.id, 'approved'],
        [shiftIds.second.shift.id, 'approved'],
        [shiftIds.toReject.shift.id, 'rejected'],
        [shiftIds.pending.shift.id, 'submitted'],
      ].sort(),
    );
    expect(self.hours.find((h: { status: string }) => h.status === 'rejected')).toMatchObject({
      rejectedReason: 'Du var syg den dag',
      hours: 1,
    });
    const totals = { submitted: 0.5, approved: 3, rejected: 1 };
    expect(self.hoursTotals.week).toMatchObject(totals);
    expect(self.hoursTotals.month).toMatchObject(totals);

    // 3 approved hours × 80 kr = 240 kr, plus 12.5 % holiday pay (payroll's rule) = 30 kr.
    expect(self.earnings).toEqual([{ month: today().slice(0, 7), hours: 3, gross: 240, holidayPay: 30, total: 270 }]);

    expect(self.activities).toEqual([
      expect.objectContaining({
        id: activity.id,
        title: 'Jobsamtaletræning',
        place: 'Beboerhuset',
        registration: 'registered',
        startsAt: expect.any(String),
      }),
    ]);

    // With every kind of data present, no list in the response is empty.
    expect(emptyLists(self)).toEqual([]);

    // The guardian sees the same lists for the child.
    const parentView = await ok(parent.client.get('/api/portal/me'));
    expect(parentView.self).toEqual([]);
    expect(parentView.children).toHaveLength(1);
    const child = parentView.children[0];
    for (const key of ['jobs', 'shifts', 'hours', 'hoursTotals', 'earnings', 'activities'] as const) expect(child[key]).toEqual(self[key]);
    expect(emptyLists(child)).toEqual([]);
  });

  it('keeps another person’s work out of the youth’s view', async () => {
    const { person } = await youthAtWork();
    const { person: other } = await activePlacement(w, {
      person: { firstName: 'Anden', lastName: 'Person' },
      agreement: { startsOn: addDays(today(), -10), endsOn: addDays(today(), 60) },
    });
    const account = await portalAccount(t, w.p, { participantId: other.id }, 'Anden Person');
    const me = await ok(account.client.get('/api/portal/me'));
    const self = me.self[0];
    expect(self.jobs).toHaveLength(1);
    expect(self.hours).toEqual([]);
    expect(self.earnings).toEqual([]);
    expect(self.activities).toEqual([]);
    expect(JSON.stringify(me)).not.toContain(person.id);
  });
});
