import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_RISK_FLAGS } from '../../../shared/domain/youth-rules/index.ts';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { api, companyWithWorkplace, del, issues, ok, openingBody, patch, programmeWithCoordinator } from '../companies/fixtures.ts';

let t: TestApp;
let env: Awaited<ReturnType<typeof programmeWithCoordinator>>;
let place: Awaited<ReturnType<typeof companyWithWorkplace>>;
beforeAll(async () => {
  t = await createTestApp();
  env = await programmeWithCoordinator(t);
  place = await companyWithWorkplace(env.c, env.p.id);
});
afterAll(() => t.close());

const openings = () => api.openings(env.p.id);
const opening = (id: string) => api.opening(env.p.id, id);
const setStatus = (id: string, status: string, version: number) => env.c.post(`${opening(id)}/status`, { status, version });

describe('creating openings', () => {
  it('creates a draft with defaults: the kind’s ladder step, six months, no safety flags', async () => {
    const o = await ok(env.c.post(openings(), openingBody(place.workplace.id)), 201);
    expect(o).toMatchObject({
      status: 'draft',
      kind: 'private_leisure',
      ladderStep: 3,
      startsOn: '2026-09-01',
      endsOn: '2027-03-01',
      places: 2,
      version: 1,
      companyId: place.company.id,
      workplaceId: place.workplace.id,
      workplaceName: 'Butikken',
      workplacePostalCode: '4600',
      organisationName: place.company.name,
      taskTags: ['retail'],
      wagePerHour: 65,
      wagePayer: 'company',
      refusals: [],
      rejectionReason: null,
      proposedBy: null,
      flags: NO_RISK_FLAGS,
    });
    expect(o.weeklySchedule).toEqual(openingBody('x').weeklySchedule);
  });

  it('clamps the default end to the end of a shorter month', async () => {
    const o = await ok(env.c.post(openings(), openingBody(place.workplace.id, { startsOn: '2026-08-31' })), 201);
    expect(o.endsOn).toBe('2027-02-28');
  });

  it('resolves the ladder step for internships by age, and refuses a step that does not fit the kind', async () => {
    const young = await ok(env.c.post(openings(), openingBody(place.workplace.id, { kind: 'internship' })), 201);
    expect(young.ladderStep).toBe(4);
    const adult = await ok(env.c.post(openings(), openingBody(place.workplace.id, { kind: 'internship', minAge: 25, maxAge: null })), 201);
    expect(adult.ladderStep).toBeNull();
    expect(issues(await env.c.post(openings(), openingBody(place.workplace.id, { ladderStep: 1 })))).toEqual({
      ladderStep: 'ladder_step_mismatch',
    });
    expect(issues(await env.c.post(openings(), openingBody(place.workplace.id, { minAge: 16, maxAge: 15 })))).toEqual({
      maxAge: 'max_age_below_min',
    });
    expect(issues(await env.c.post(openings(), openingBody(place.workplace.id, { endsOn: '2026-08-01' })))).toEqual({
      endsOn: 'end_before_start',
    });
  });

  it('validates the weekly schedule, task tags and workplace', async () => {
    const bad = await env.c.post(
      openings(),
      openingBody(place.workplace.id, {
        weeklySchedule: [
          { weekday: 8, start: '10:00', end: '11:00', breakMinutes: 0 },
          { weekday: 1, start: '9.30', end: '11:00', breakMinutes: 0 },
          { weekday: 2, start: '10:00', end: '11:00', breakMinutes: 60 },
        ],
        taskTags: ['astronaut'],
      }),
    );
    expect(issues(bad)).toEqual({
      'weeklySchedule.0.weekday': 'weekday_range',
      'weeklySchedule.1.start': 'time_format',
      'weeklySchedule.2.breakMinutes': 'break_longer_than_shift',
      'taskTags.0': 'work_area_unknown',
    });
    const other = await programmeWithCoordinator(t);
    const foreign = await companyWithWorkplace(other.c, other.p.id);
    expect(issues(await env.c.post(openings(), openingBody(foreign.workplace.id)))).toEqual({ workplaceId: 'workplace_unknown' });
  });

  it('stores a shift past midnight as given', async () => {
    const o = await ok(
      env.c.post(
        openings(),
        openingBody(place.workplace.id, {
          kind: 'ordinary_job',
          minAge: 18,
          maxAge: null,
          hoursPerWeek: 7.5,
          weeklySchedule: [{ weekday: 5, start: '22:00', end: '06:00', breakMinutes: 30 }],
        }),
      ),
      201,
    );
    expect(o).toMatchObject({
      ladderStep: null,
      refusals: [],
      weeklySchedule: [{ weekday: 5, start: '22:00', end: '06:00', breakMinutes: 30 }],
    });
  });
});

describe('the status lifecycle', () => {
  it('moves draft → open → filled → open → closed, recording each change', async () => {
    const o = await ok(env.c.post(openings(), openingBody(place.workplace.id, { title: 'Livscyklus' })), 201);
    const opened = await ok(setStatus(o.id, 'open', 1));
    expect(opened).toMatchObject({ status: 'open', version: 2 });
    const filled = await ok(setStatus(o.id, 'filled', 2));
    expect(filled.status).toBe('filled');
    const reopened = await ok(setStatus(o.id, 'open', 3));
    expect(reopened.status).toBe('open');
    const closed = await ok(setStatus(o.id, 'closed', 4));
    expect(closed).toMatchObject({ status: 'closed', version: 5, rejectionReason: null });

    const changes = await t.db
      .selectFrom('opening_status_changes')
      .select(['from_status', 'to_status', 'changed_by'])
      .where('opening_id', '=', o.id)
      .orderBy('id')
      .execute();
    expect(changes.map((c) => [c.from_status, c.to_status])).toEqual([
      [null, 'draft'],
      ['draft', 'open'],
      ['open', 'filled'],
      ['filled', 'open'],
      ['open', 'closed'],
    ]);
    expect(new Set(changes.map((c) => c.changed_by))).toEqual(new Set([env.coordinator.id]));
  });

  it('creates an opening directly as open', async () => {
    const o = await ok(env.c.post(openings(), openingBody(place.workplace.id, { status: 'open' })), 201);
    expect(o.status).toBe('open');
    const company = (await ok(env.c.get(api.companies(env.p.id)))).companies.find((c: { id: string }) => c.id === place.company.id);
    expect(company.openOpenings).toBeGreaterThan(0);
  });

  it('refuses changes the lifecycle does not allow', async () => {
    const o = await ok(env.c.post(openings(), openingBody(place.workplace.id)), 201);
    const skip = await setStatus(o.id, 'filled', 1);
    expect(skip.statusCode).toBe(409);
    expect(skip.json().error).toMatchObject({ code: 'invalid_transition', details: { from: 'draft', to: 'filled' } });
    await ok(setStatus(o.id, 'open', 1));
    await ok(setStatus(o.id, 'closed', 2));
    expect((await setStatus(o.id, 'open', 3)).json().error).toMatchObject({
      code: 'invalid_transition',
      details: { from: 'closed', to: 'open' },
    });
    expect(issues(await env.c.post(`${opening(o.id)}/status`, { status: 'draft', version: 3 }))).toEqual({ status: 'invalid_value' });
    expect((await env.c.post(`${opening(o.id)}/approve`, { version: 3 })).json().error.code).toBe('invalid_transition');
  });

  it('needs the version that was read, for status changes and edits', async () => {
    const o = await ok(env.c.post(openings(), openingBody(place.workplace.id)), 201);
    await ok(patch(env.c, opening(o.id), { title: 'Ny titel', version: 1 }));
    const stale = await patch(env.c, opening(o.id), { title: 'Gammel titel', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'version_conflict', details: { currentVersion: 2 } });
    expect((await setStatus(o.id, 'open', 1)).json().error.code).toBe('version_conflict');
    expect((await ok(env.c.get(opening(o.id)))).title).toBe('Ny titel');
  });

  it('edits merge with the stored opening and re-check the cross-field rules', async () => {
    const o = await ok(env.c.post(openings(), openingBody(place.workplace.id)), 201);
    const edited = await ok(patch(env.c, opening(o.id), { kind: 'pocket_money', minAge: 13, flags: { lightWorkOnly: true }, version: 1 }));
    expect(edited).toMatchObject({
      kind: 'pocket_money',
      ladderStep: 1,
      minAge: 13,
      maxAge: 17,
      flags: { lightWorkOnly: true, alcoholServed: false },
    });
    expect(issues(await patch(env.c, opening(o.id), { maxAge: 12, version: 2 }))).toEqual({ maxAge: 'max_age_below_min' });
    expect(issues(await patch(env.c, opening(o.id), { ladderStep: 3, version: 2 }))).toEqual({ ladderStep: 'ladder_step_mismatch' });
    const restarted = await ok(patch(env.c, opening(o.id), { startsOn: '2026-10-01', endsOn: null, version: 2 }));
    expect(restarted).toMatchObject({ startsOn: '2026-10-01', endsOn: '2027-04-01' });
  });

  it('deletes drafts only', async () => {
    const o = await ok(env.c.post(openings(), openingBody(place.workplace.id)), 201);
    const open = await ok(env.c.post(openings(), openingBody(place.workplace.id, { status: 'open' })), 201);
    const refused = await del(env.c, opening(open.id));
    expect(refused.json().error).toMatchObject({ code: 'invalid_transition', details: { from: 'open', to: 'deleted' } });
    expect((await del(env.c, opening(o.id))).statusCode).toBe(204);
    expect((await env.c.get(opening(o.id))).statusCode).toBe(404);
  });
});

describe('lists and the board', () => {
  it('shows openings in one column per status with counts, and filters', async () => {
    const p = await programmeWithCoordinator(t);
    const a = await companyWithWorkplace(p.c, p.p.id, 'A ApS');
    const b = await companyWithWorkplace(p.c, p.p.id, 'B ApS');
    await ok(p.c.post(api.openings(p.p.id), openingBody(a.workplace.id, { title: 'Kladde' })), 201);
    await ok(p.c.post(api.openings(p.p.id), openingBody(a.workplace.id, { title: 'Åben A', status: 'open' })), 201);
    await ok(
      p.c.post(
        api.openings(p.p.id),
        openingBody(b.workplace.id, { title: 'Åben B', kind: 'pocket_money', minAge: 13, flags: { lightWorkOnly: true }, status: 'open' }),
      ),
      201,
    );

    const board = await ok(p.c.get(`${api.openings(p.p.id)}/board`));
    expect(board.columns.map((c: { status: string; count: number }) => [c.status, c.count])).toEqual([
      ['proposed', 0],
      ['draft', 1],
      ['open', 2],
      ['filled', 0],
      ['closed', 0],
    ]);
    expect(board.columns[2].openings.map((o: { title: string }) => o.title).sort()).toEqual(['Åben A', 'Åben B']);

    const titles = async (q: string) =>
      (await ok(p.c.get(`${api.openings(p.p.id)}${q}`))).openings.map((o: { title: string }) => o.title).sort();
    expect(await titles(`?companyId=${b.company.id}`)).toEqual(['Åben B']);
    expect(await titles('?status=open&step=3')).toEqual(['Åben A']);
    expect(await titles('?kind=pocket_money')).toEqual(['Åben B']);
    const onlyOpen = await ok(p.c.get(`${api.openings(p.p.id)}/board?status=open`));
    expect(onlyOpen.columns.map((c: { status: string }) => c.status)).toEqual(['open']);
  });

  it('lets a caseworker read openings but not manage them', async () => {
    const caseworker = await t.member(env.p.id, 'caseworker');
    expect((await caseworker.client.get(`${openings()}/board`)).statusCode).toBe(200);
    expect((await caseworker.client.post(openings(), openingBody(place.workplace.id))).statusCode).toBe(403);
    const mentor = await t.member(env.p.id, 'mentor');
    expect((await mentor.client.get(openings())).statusCode).toBe(403);
  });
});
