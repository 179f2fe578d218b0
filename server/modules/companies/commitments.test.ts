import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/domain/calendar/local-time.ts';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { copenhagenToday } from '../../lib/today.ts';
import { api, companyWithWorkplace, del, issues, ok, openingBody, patch, programmeWithCoordinator } from './fixtures.ts';

/**
 * Social-responsibility commitments against delivery. Until placements exist, a delivery is an
 * opening of the company reaching `filled` (its places), dated by the Copenhagen day it happened.
 */

let t: TestApp;
let env: Awaited<ReturnType<typeof programmeWithCoordinator>>;
let place: Awaited<ReturnType<typeof companyWithWorkplace>>;
const today = copenhagenToday();
beforeAll(async () => {
  t = await createTestApp();
  env = await programmeWithCoordinator(t);
  place = await companyWithWorkplace(env.c, env.p.id);
});
afterAll(() => t.close());

const commitments = (companyId = place.company.id) => `${api.company(env.p.id, companyId)}/commitments`;
const profile = async (companyId = place.company.id) => ok(env.c.get(api.company(env.p.id, companyId)));

async function openAndFill(workplaceId: string, overrides: Record<string, unknown> = {}) {
  const o = await ok(env.c.post(api.openings(env.p.id), openingBody(workplaceId, { status: 'open', ...overrides })), 201);
  return ok(env.c.post(`${api.opening(env.p.id, o.id)}/status`, { status: 'filled', version: o.version }));
}

describe('commitments against delivery', () => {
  it('counts the places of the company’s filled openings of the kind within the period', async () => {
    const yearToDate = await ok(
      env.c.post(commitments(), {
        description: '4 fritidsjob i år',
        openingKind: 'private_leisure',
        targetCount: 4,
        periodFrom: addDays(today, -364),
        periodTo: today,
      }),
      201,
    );
    expect(yearToDate).toMatchObject({ delivered: 0, remaining: 4, expectedByNow: 4, status: 'behind' });
    const nextYear = await ok(
      env.c.post(commitments(), {
        description: '2 læreplads næste år',
        openingKind: 'apprenticeship',
        targetCount: 2,
        periodFrom: addDays(today, 1),
        periodTo: addDays(today, 366),
      }),
      201,
    );
    expect(nextYear).toMatchObject({ delivered: 0, expectedByNow: 0, status: 'upcoming' });
    const lastYear = await ok(
      env.c.post(commitments(), {
        description: 'Sidste år',
        openingKind: 'private_leisure',
        targetCount: 1,
        periodFrom: addDays(today, -400),
        periodTo: addDays(today, -35),
      }),
      201,
    );
    expect(lastYear).toMatchObject({ delivered: 0, status: 'missed' });

    // Two places filled today count; a different kind and another company's openings do not.
    const filled = await openAndFill(place.workplace.id, { places: 2 });
    await openAndFill(place.workplace.id, { kind: 'ordinary_job', minAge: 18, maxAge: null, places: 5 });
    const other = await companyWithWorkplace(env.c, env.p.id, 'Konkurrenten ApS');
    await openAndFill(other.workplace.id, { places: 3 });

    let byId = Object.fromEntries((await profile()).commitments.map((c: { id: string }) => [c.id, c]));
    expect(byId[yearToDate.id]).toMatchObject({ delivered: 2, remaining: 2, status: 'behind' });
    expect(byId[nextYear.id]).toMatchObject({ delivered: 0, status: 'upcoming' });
    expect(byId[lastYear.id]).toMatchObject({ delivered: 0, status: 'missed' });

    // Filled, reopened and filled again is still one delivery.
    const reopened = await ok(env.c.post(`${api.opening(env.p.id, filled.id)}/status`, { status: 'open', version: filled.version }));
    await ok(env.c.post(`${api.opening(env.p.id, filled.id)}/status`, { status: 'filled', version: reopened.version }));
    await openAndFill(place.workplace.id, { places: 2 });
    byId = Object.fromEntries((await profile()).commitments.map((c: { id: string }) => [c.id, c]));
    expect(byId[yearToDate.id]).toMatchObject({ delivered: 4, remaining: 0, status: 'met' });
  });

  it('is on track when the pro-rata share is delivered, and shows the same progress in the portal', async () => {
    const fresh = await companyWithWorkplace(env.c, env.p.id, 'Nystartet ApS');
    const c = await ok(
      env.c.post(commitments(fresh.company.id), {
        description: '12 småjob',
        openingKind: 'few_hour_job',
        targetCount: 12,
        periodFrom: today,
        periodTo: addDays(today, 364),
      }),
      201,
    );
    expect(c).toMatchObject({ delivered: 0, expectedByNow: 0, status: 'on_track', companyId: fresh.company.id, periodFrom: today });
    const contact = await t.createUser({ name: 'Kontakt' });
    await t.db
      .insertInto('memberships')
      .values({ user_id: contact.id, programme_id: env.p.id, role: 'employer_contact', organisation_id: fresh.company.organisationId })
      .execute();
    const portal = await ok((await t.loginAs(contact.id)).get(`/api/employer/companies/${fresh.company.id}`));
    expect(portal.commitments).toEqual([c]);
  });

  it('edits and deletes a commitment, keeping the period the right way round', async () => {
    const c = await ok(
      env.c.post(commitments(), {
        description: 'Ret mig',
        openingKind: 'internship',
        targetCount: 1,
        periodFrom: '2026-01-01',
        periodTo: '2026-12-31',
      }),
      201,
    );
    expect(
      issues(
        await env.c.post(commitments(), {
          description: 'Bagvendt',
          openingKind: 'internship',
          targetCount: 1,
          periodFrom: '2026-12-31',
          periodTo: '2026-01-01',
        }),
      ),
    ).toEqual({ periodTo: 'end_before_start' });
    expect(issues(await patch(env.c, `${commitments()}/${c.id}`, { periodFrom: '2027-01-01' }))).toEqual({ periodTo: 'end_before_start' });
    expect(
      issues(
        await env.c.post(commitments(), {
          description: 'Nul',
          openingKind: 'internship',
          targetCount: 0,
          periodFrom: '2026-01-01',
          periodTo: '2026-12-31',
        }),
      ),
    ).toEqual({ targetCount: 'too_small' });
    const edited = await ok(patch(env.c, `${commitments()}/${c.id}`, { targetCount: 3, description: 'Rettet' }));
    expect(edited).toMatchObject({ description: 'Rettet', targetCount: 3, periodFrom: '2026-01-01', openingKind: 'internship' });
    expect((await del(env.c, `${commitments()}/${c.id}`)).statusCode).toBe(204);
    expect((await patch(env.c, `${commitments()}/${c.id}`, { targetCount: 2 })).statusCode).toBe(404);
  });

  it('keeps commitments and notes to the company they belong to, and to coordinators', async () => {
    const other = await companyWithWorkplace(env.c, env.p.id, 'Andre ApS');
    const c = await ok(
      env.c.post(commitments(other.company.id), {
        description: 'Deres',
        openingKind: 'internship',
        targetCount: 1,
        periodFrom: '2026-01-01',
        periodTo: '2026-12-31',
      }),
      201,
    );
    expect((await patch(env.c, `${commitments()}/${c.id}`, { targetCount: 2 })).statusCode).toBe(404);
    expect((await del(env.c, `${commitments()}/${c.id}`)).statusCode).toBe(404);
    const caseworker = await t.member(env.p.id, 'caseworker');
    expect(
      (
        await caseworker.client.post(commitments(), {
          description: 'Nej',
          openingKind: 'internship',
          targetCount: 1,
          periodFrom: '2026-01-01',
          periodTo: '2026-12-31',
        })
      ).statusCode,
    ).toBe(403);
    expect((await caseworker.client.post(`${api.company(env.p.id, place.company.id)}/notes`, { text: 'Nej' })).statusCode).toBe(403);
  });
});

describe('partnership notes', () => {
  it('dates a note today unless told, signs it, lists newest first, and edits and deletes it', async () => {
    const notes = `${api.company(env.p.id, place.company.id)}/notes`;
    const first = await ok(env.c.post(notes, { text: 'Møde med direktøren', notedOn: '2026-02-01' }), 201);
    const second = await ok(env.c.post(notes, { text: 'Aftalt to pladser' }), 201);
    expect(second).toMatchObject({ notedOn: today, author: { userId: env.coordinator.id, name: 'Kim Koordinator' } });
    expect((await profile()).notes.map((n: { id: string }) => n.id)).toEqual([second.id, first.id]);
    expect(await ok(patch(env.c, `${notes}/${first.id}`, { text: 'Møde med direktøren (rettet)' }))).toMatchObject({
      text: 'Møde med direktøren (rettet)',
      notedOn: '2026-02-01',
    });
    expect((await del(env.c, `${notes}/${first.id}`)).statusCode).toBe(204);
    expect((await profile()).notes.map((n: { id: string }) => n.id)).toEqual([second.id]);
  });
});
