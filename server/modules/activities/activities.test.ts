import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/domain/calendar/local-time.ts';
import { withTenant } from '../../../db/tenant.ts';
import { seedDemoActivities } from '../../../scripts/demo-activities.ts';
import { createTestApp, type TestApp, type TestClient } from '../../../test/support/app.ts';
import { programmeWithCoordinator } from '../participants/fixtures.ts';
import { clearedYouthPlacement, ok, person, today, world, type World } from '../placements/fixtures.ts';

/** Activities: sessions in Copenhagen time, invitations, capacity, bulk attendance and the funnel. */

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await createTestApp();
  w = await world(t);
});
afterAll(() => t.close());

const base = () => `/api/programmes/${w.p}/activities`;
const put = (c: TestClient, url: string, body: unknown) => c.request('PUT', url, body);
const sheetUrl = (sessionId: string) => `/api/programmes/${w.p}/activity-sessions/${sessionId}/attendance`;

function course(overrides: Record<string, unknown> = {}) {
  return {
    kind: 'professional_course',
    title: 'Fagligt forløb: lager og logistik',
    description: 'Fire eftermiddage på lageret',
    place: 'Ellemarkens beboerhus',
    siteId: w.env.site.id,
    hostCompanyId: w.place.company.id,
    capacity: 2,
    sessions: [
      { startsAt: '2026-03-28T15:00', endsAt: '2026-03-28T17:00' },
      { startsAt: '2026-03-30T15:00', endsAt: '2026-03-30T17:00' },
    ],
    ...overrides,
  };
}

async function people(n: number) {
  const names = ['Amira', 'Bilal', 'Cecilie', 'Dennis', 'Emma', 'Farah'];
  const out = [];
  for (let i = 0; i < n; i++) out.push(await person(w, { firstName: names[i], lastName: `Test${i}` }));
  return out;
}

describe('activities', () => {
  it('creates a course with two sessions across the DST change, keeps Copenhagen wall clock, lists and filters it', async () => {
    const a = await ok(w.c.post(base(), course()), 201);
    expect(a).toMatchObject({
      kind: 'professional_course',
      capacity: 2,
      siteName: 'Ellemarken',
      hostCompanyName: 'Bageriet Ellemarken ApS',
      cancelled: false,
      sessionCount: 2,
      firstStartsAt: '2026-03-28T15:00',
      lastEndsAt: '2026-03-30T17:00',
    });
    expect(a.sessions.map((s: { startsAt: string }) => s.startsAt)).toEqual(['2026-03-28T15:00', '2026-03-30T15:00']);
    // Across the change to summer time the instants are 47 h apart, not 48.
    const rows = await t.db
      .selectFrom('activity_sessions')
      .select('starts_at')
      .where('activity_id', '=', a.id)
      .orderBy('starts_at')
      .execute();
    expect((rows[1]!.starts_at.getTime() - rows[0]!.starts_at.getTime()) / 3_600_000).toBe(47);

    const cafe = await ok(
      w.c.post(
        base(),
        course({
          kind: 'craftsman_cafe',
          title: 'Håndværkercafé',
          capacity: null,
          hostCompanyId: null,
          sessions: [{ startsAt: '2099-01-05T16:00', endsAt: '2099-01-05T18:00' }],
        }),
      ),
      201,
    );
    const list = async (q: string) => (await ok(w.c.get(`${base()}?${q}`))).items.map((i: { id: string }) => i.id);
    expect(await list('kind=craftsman_cafe')).toEqual([cafe.id]);
    expect(await list('when=upcoming')).toContain(cafe.id);
    expect(await list('when=upcoming')).not.toContain(a.id);
    expect(await list('when=past')).toContain(a.id);
    expect(await list('from=2026-03-29&to=2026-03-31')).toEqual([a.id]);
    expect(await list('from=2026-03-29&to=2026-03-29')).toEqual([]); // sessions on the 28th and 30th, none on the 29th
    expect(await list('from=2099-01-01')).toEqual([cafe.id]);
  });

  it('refuses a session that ends before it starts, and a site of another programme, by field path', async () => {
    const bad = await w.c.post(base(), course({ sessions: [{ startsAt: '2026-04-01T15:00', endsAt: '2026-04-01T14:00' }] }));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.issues[0]).toMatchObject({ path: ['sessions', '0', 'endsAt'], code: 'session_ends_before_start' });
    const other = await programmeWithCoordinator(t, 'Jobløft Viborg');
    const foreign = await w.c.post(base(), course({ siteId: other.site.id }));
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.details.issues[0]).toMatchObject({ path: ['siteId'], code: 'site_unknown' });
  });

  it('invites in bulk, registers up to capacity, refuses the next with activity_full, and never invites another programme’s people', async () => {
    const a = await ok(w.c.post(base(), course()), 201);
    const [p1, p2, p3] = await people(3);
    const inv = await ok(w.c.post(`${base()}/${a.id}/invitations`, { participantIds: [p1.id, p2.id, p3.id] }));
    expect(inv).toMatchObject({ invited: 3, alreadyInvited: 0, activity: { invitedCount: 3 } });
    expect((await ok(w.c.post(`${base()}/${a.id}/invitations`, { participantIds: [p1.id] }))).alreadyInvited).toBe(1);

    const other = await programmeWithCoordinator(t, 'Jobløft Hedehusene');
    const stranger = await person({ ...w, p: other.p.id, c: other.c, env: other } as World, { firstName: 'Fremmed' });
    const refused = await w.c.post(`${base()}/${a.id}/invitations`, { participantIds: [p1.id, stranger.id] });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details.issues).toEqual([
      expect.objectContaining({ path: ['participantIds', '1'], code: 'participant_unknown' }),
    ]);

    // Below the service, the database refuses it too: the composite key (same programme) and RLS.
    const scope = { userId: w.env.coordinator.id, programmeIds: [w.p], isPlatformAdmin: false };
    const row = (programmeId: string) => ({ programme_id: programmeId, activity_id: a.id, participant_id: stranger.id });
    await expect(withTenant(t.db, scope, (trx) => trx.insertInto('activity_participants').values(row(w.p)).execute())).rejects.toThrow(
      /foreign key/,
    );
    await expect(
      withTenant(t.db, scope, (trx) => trx.insertInto('activity_participants').values(row(other.p.id)).execute()),
    ).rejects.toThrow(/row-level security/);

    const status = (pid: string, s: string) => put(w.c, `${base()}/${a.id}/participants/${pid}`, { status: s });
    expect((await status(p1.id, 'registered')).statusCode).toBe(200);
    expect((await status(p2.id, 'registered')).json().registeredCount).toBe(2);
    const full = await status(p3.id, 'registered');
    expect(full.statusCode).toBe(409);
    expect(full.json().error).toMatchObject({ code: 'activity_full', details: { capacity: 2, registered: 2 } });
    expect((await status(p1.id, 'registered')).statusCode).toBe(200); // already registered: no change, not full
    expect((await status(p2.id, 'declined')).statusCode).toBe(200);
    const after = await ok(status(p3.id, 'registered'));
    expect(after.participants.map((p: { name: string; status: string }) => [p.name, p.status])).toEqual([
      ['Amira Test0', 'registered'],
      ['Bilal Test1', 'declined'],
      ['Cecilie Test2', 'registered'],
    ]);

    const lower = await put(w.c, `${base()}/${a.id}`, { ...course({ capacity: 1 }), sessions: after.sessions.map((s: object) => s) });
    expect(lower.json().error.details.issues[0]).toMatchObject({ path: ['capacity'], code: 'capacity_below_registered' });
  });

  it('refuses attendance for a session that has not been held yet, and takes it on the session day', async () => {
    const week = addDays(today(), 7);
    const a = await ok(
      w.c.post(
        base(),
        course({
          capacity: null,
          sessions: [
            { startsAt: `${today()}T23:00`, endsAt: `${today()}T23:30` },
            { startsAt: `${week}T15:00`, endsAt: `${week}T17:00` },
          ],
        }),
      ),
      201,
    );
    const ps = await people(1);
    await ok(w.c.post(`${base()}/${a.id}/invitations`, { participantIds: ps.map((p) => p.id) }));
    const marks = [{ participantId: ps[0].id, present: true }];
    const future = await put(w.c, sheetUrl(a.sessions[1].id), { marks });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.details.issues[0].code).toBe('session_not_held_yet');
    expect((await ok(w.c.get(sheetUrl(a.sessions[1].id)))).people[0].present).toBeNull();
    expect((await ok(put(w.c, sheetUrl(a.sessions[0].id), { marks }))).people[0].present).toBe(true);
  });

  it('takes attendance in bulk, idempotently and audited; keeps sessions with attendance; cancelling freezes the activity', async () => {
    const a = await ok(w.c.post(base(), course({ capacity: null })), 201);
    const ps = await people(3);
    await ok(w.c.post(`${base()}/${a.id}/invitations`, { participantIds: ps.map((p) => p.id) }));
    for (const p of ps) await ok(put(w.c, `${base()}/${a.id}/participants/${p.id}`, { status: 'registered' }));
    const session = a.sessions[0].id;

    const blank = await ok(w.c.get(sheetUrl(session)));
    expect(blank.people.map((p: { present: boolean | null }) => p.present)).toEqual([null, null, null]);
    const marks = ps.map((p, i) => ({ participantId: p.id, present: i !== 1 }));
    const taken = await ok(put(w.c, sheetUrl(session), { marks }));
    expect(taken.people.map((p: { present: boolean }) => p.present)).toEqual([true, false, true]);
    expect(await ok(put(w.c, sheetUrl(session), { marks }))).toEqual(taken);
    const audit = await t.db
      .selectFrom('audit_events')
      .select('details')
      .where('subject_type', '=', 'activity_attendance')
      .where('subject_id', '=', session)
      .orderBy('id')
      .execute();
    expect(audit.map((e) => (e.details as { changed: number }).changed)).toEqual([3, 0]);
    expect(audit[0]!.details).toMatchObject({ present: [ps[0].id, ps[2].id], absent: [ps[1].id] });

    const [stranger] = await people(1);
    const notListed = await put(w.c, sheetUrl(session), { marks: [{ participantId: stranger.id, present: true }] });
    expect(notListed.json().error.details.issues[0]).toMatchObject({
      path: ['marks', '0', 'participantId'],
      code: 'participant_not_registered',
    });

    const detail = await ok(w.c.get(`${base()}/${a.id}`));
    expect(detail.sessions[0]).toMatchObject({ presentCount: 2, recordedCount: 3 });
    const dropFirst = await put(w.c, `${base()}/${a.id}`, { ...course({ capacity: null }), sessions: [detail.sessions[1]] });
    expect(dropFirst.json().error).toMatchObject({ code: 'in_use', details: { by: 'attendance' } });
    const moved = await ok(
      put(w.c, `${base()}/${a.id}`, {
        ...course({ capacity: null, title: 'Lager og logistik' }),
        sessions: [detail.sessions[0], { startsAt: '2026-04-02T15:00', endsAt: '2026-04-02T17:00' }],
      }),
    );
    expect(moved).toMatchObject({ title: 'Lager og logistik', sessionCount: 2, lastEndsAt: '2026-04-02T17:00' });

    expect((await ok(w.c.post(`${base()}/${a.id}/cancel`))).cancelled).toBe(true);
    expect((await w.c.post(`${base()}/${a.id}/invitations`, { participantIds: [stranger.id] })).json().error.code).toBe(
      'activity_cancelled',
    );
  });

  it('lets caseworkers read but not manage, and keeps funders out of the records', async () => {
    const caseworker = await t.member(w.p, 'caseworker');
    const funder = await t.member(w.p, 'funder');
    expect((await caseworker.client.get(base())).statusCode).toBe(200);
    expect((await caseworker.client.post(base(), course())).statusCode).toBe(403);
    expect((await funder.client.get(base())).statusCode).toBe(403);
    expect((await caseworker.client.get(`${base()}/funnel?from=2026-01-01&to=2026-12-31`)).statusCode).toBe(403);
  });

  it('names to a caseworker only the people a job-centre consent lets them see (issue #17, found by the attack suite)', async () => {
    const [shared, hidden] = await people(2);
    const activity = await ok(w.c.post(base(), course({ capacity: null })), 201);
    await ok(w.c.post(`${base()}/${activity.id}/invitations`, { participantIds: [shared.id, hidden.id] }));
    await ok(
      w.c.post(`/api/programmes/${w.p}/participants/${shared.id}/consents`, {
        purpose: 'share_job_centre',
        allPartners: true,
        dataCategories: ['contact'],
        givenOn: today(),
        givenBy: 'participant',
        method: 'paper',
      }),
      201,
    );
    const caseworker = await t.member(w.p, 'caseworker');
    const seen = await ok(caseworker.client.get(`${base()}/${activity.id}`));
    expect(seen.participants.map((p: { participantId: string }) => p.participantId)).toEqual([shared.id]);
    expect(JSON.stringify(seen)).not.toContain(hidden.lastName);
    const staff = await ok(w.c.get(`${base()}/${activity.id}`));
    expect(staff.participants).toHaveLength(2);
  });
});

describe('activity funnel', () => {
  /** An active placement for a 14-year-old pupil, cleared by a guardian (activated now). */
  const activate = (participantId: string) => clearedYouthPlacement(w, participantId, addDays(today(), -1));

  it('counts attendees who later got a placement (merged records follow the survivor); staff see exact counts, funders see <5 suppressed', async () => {
    const day = addDays(today(), -10);
    const a = await ok(
      w.c.post(
        base(),
        course({
          kind: 'interview_training',
          title: 'Jobsamtaletræning',
          capacity: null,
          sessions: [{ startsAt: `${day}T10:00`, endsAt: `${day}T12:00` }],
        }),
      ),
      201,
    );
    const ps = await people(3);
    await ok(w.c.post(`${base()}/${a.id}/invitations`, { participantIds: ps.map((p) => p.id) }));
    await ok(put(w.c, sheetUrl(a.sessions[0].id), { marks: ps.map((p, i) => ({ participantId: p.id, present: i < 2 })) }));
    await activate(ps[0].id);
    // The second attendee's record is merged into a record that then starts a placement: the
    // attendance follows the surviving record, as the placements do.
    const [survivor] = await people(1);
    await ok(w.c.post(`/api/programmes/${w.p}/participants/${survivor.id}/merge`, { otherId: ps[1].id }));
    await activate(survivor.id);

    const url = `${base()}/funnel?from=${addDays(day, -1)}&to=${addDays(day, 1)}`;
    const staff = await ok(w.c.get(url));
    const row = staff.rows.find((r: { kind: string }) => r.kind === 'interview_training');
    expect(staff.suppressed).toBe(false);
    expect(row).toEqual({
      kind: 'interview_training',
      attendees: { value: 2, suppressed: false },
      placed: { value: 2, suppressed: false, medianDays: 10 },
      completed: { value: 0, suppressed: false, medianDays: null },
      education: { value: 0, suppressed: false, medianDays: null },
    });

    const funder = await t.member(w.p, 'funder');
    const published = await ok(funder.client.get(url));
    expect(published.suppressed).toBe(true);
    expect(published.rows.find((r: { kind: string }) => r.kind === 'interview_training')).toEqual({
      kind: 'interview_training',
      attendees: { value: null, suppressed: true },
      placed: { value: null, suppressed: true, medianDays: null },
      completed: { value: 0, suppressed: false, medianDays: null },
      education: { value: 0, suppressed: false, medianDays: null },
    });
    expect(JSON.stringify(published)).not.toContain(ps[0].id);

    const reversed = await w.c.get(`${base()}/funnel?from=2026-02-01&to=2026-01-01`);
    expect(reversed.json().error.details.issues[0]).toMatchObject({ path: ['to'], code: 'period_reversed' });
  });
});

describe('demo activities (scripts/demo-activities.ts)', () => {
  it('seeds courses, cafés, interview training and meetings with registrations and past attendance through the API', async () => {
    const env = await programmeWithCoordinator(t, 'Demo Køge');
    const other = await programmeWithCoordinator(t, 'Demo Viborg');
    for (const e of [env, other]) {
      await ok(e.c.post(`/api/programmes/${e.p.id}/sites`, { name: 'Skovly', address: 'Skovlyvej 1', postalCode: '8800' }), 201);
      const ww = { ...w, p: e.p.id, c: e.c, env: e } as World;
      for (const firstName of ['Asta', 'Bo', 'Carl', 'Dagny', 'Eik']) await person(ww, { firstName, lastName: 'Demo' });
    }
    const c = env.c;
    const call = async (res: ReturnType<TestClient['request']>) => {
      const r = await res;
      expect(r.statusCode, r.body).toBeLessThan(300);
      return r.json();
    };
    const api = {
      get: (url: string) => call(c.get(url)),
      post: (url: string, body: unknown) => call(c.post(url, body)),
      put: (url: string, body: unknown) => call(c.request('PUT', url, body)),
    };
    // The demo's administrator is in both programmes; here the Køge coordinator is made one in Viborg too.
    await t.addMembership(env.coordinator.id, other.p.id, 'coordinator');
    await seedDemoActivities(api, { koge: env.p.id, viborg: other.p.id }, today());
    const c2 = await t.loginAs(env.coordinator.id);
    const koge = (await ok(c2.get(`/api/programmes/${env.p.id}/activities`))).items;
    expect(koge.map((a: { kind: string }) => a.kind).sort()).toEqual([
      'craftsman_cafe',
      'craftsman_cafe',
      'information_meeting',
      'interview_training',
      'professional_course',
    ]);
    const course = koge.find((a: { kind: string }) => a.kind === 'professional_course');
    expect(course).toMatchObject({ sessionCount: 4, registeredCount: 5 });
    const detail = await ok(c2.get(`/api/programmes/${env.p.id}/activities/${course.id}`));
    expect(detail.sessions.every((s: { recordedCount: number }) => s.recordedCount === 5)).toBe(true);
    const funnel = await ok(c2.get(`/api/programmes/${env.p.id}/activities/funnel?from=${addDays(today(), -90)}&to=${today()}`));
    expect(funnel.rows.find((r: { kind: string }) => r.kind === 'professional_course').attendees.value).toBe(5);
    expect((await ok(c2.get(`/api/programmes/${other.p.id}/activities`))).items).toHaveLength(3);
  });
});
