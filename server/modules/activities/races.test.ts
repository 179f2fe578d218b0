import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { auditRows, race } from '../../../test/support/races.ts';
import { ok, person, world, type World } from '../placements/fixtures.ts';

/**
 * Simultaneous registrations for the last place (issue #17): the activity's row lock lets exactly
 * one take the place (200, audited); the others answer 409 activity_full and leave no audit row.
 * Cancelling likewise takes effect once: the other cancels answer 409 activity_cancelled, unaudited.
 */

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await createTestApp();
  w = await world(t, 'Jobplaneten Aktiviteter');
});
afterAll(() => t.close());

const N = 6;

describe('racing registrations', () => {
  it('registers one of six simultaneous requests for one place; the rest get 409 activity_full', async () => {
    const base = `/api/programmes/${w.p}/activities`;
    const a = await ok(
      w.c.post(base, {
        kind: 'professional_course',
        title: 'Kapløbskursus',
        description: 'Én plads',
        place: 'Beboerhuset',
        siteId: w.env.site.id,
        hostCompanyId: w.place.company.id,
        capacity: 1,
        sessions: [{ startsAt: '2026-03-28T15:00', endsAt: '2026-03-28T17:00' }],
      }),
      201,
    );
    const ps: Awaited<ReturnType<typeof person>>[] = [];
    for (let i = 0; i < N; i++) ps.push(await person(w, { firstName: `Deltager${i}`, lastName: 'Kapløb' }));
    await ok(w.c.post(`${base}/${a.id}/invitations`, { participantIds: ps.map((p) => p.id) }));

    const { won, lost: full } = await race(N, (i) =>
      w.c.request('PUT', `${base}/${a.id}/participants/${ps[i]!.id}`, { status: 'registered' }),
    );
    expect(won).toHaveLength(1);
    expect(full).toHaveLength(N - 1);
    for (const r of full) expect(r.json().error).toMatchObject({ code: 'activity_full', details: { capacity: 1, registered: 1 } });
    const audits = await auditRows(t, 'activity_participant', a.id, 'update');
    expect(audits).toHaveLength(1);
  });

  it('cancels once of six simultaneous cancels; the rest get 409 activity_cancelled and no audit row', async () => {
    const base = `/api/programmes/${w.p}/activities`;
    const a = await ok(
      w.c.post(base, {
        kind: 'information_meeting',
        title: 'Aflyses',
        description: 'Et møde der aflyses',
        place: 'Beboerhuset',
        siteId: w.env.site.id,
        hostCompanyId: null,
        capacity: null,
        sessions: [{ startsAt: '2026-03-28T15:00', endsAt: '2026-03-28T17:00' }],
      }),
      201,
    );
    const { won, lost: refused } = await race(N, () => w.c.post(`${base}/${a.id}/cancel`));
    expect(won).toHaveLength(1);
    expect(won[0]!.json().cancelled).toBe(true);
    expect(refused).toHaveLength(N - 1);
    for (const r of refused) expect(r.json().error.code).toBe('activity_cancelled');
    const audits = await auditRows(t, 'activity', a.id, 'update');
    expect(audits).toHaveLength(1);
    // Later, one at a time, it is the same answer.
    expect((await w.c.post(`${base}/${a.id}/cancel`)).json().error.code).toBe('activity_cancelled');
  });
});
