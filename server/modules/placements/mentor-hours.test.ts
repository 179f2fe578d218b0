import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/domain/calendar/local-time.ts';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { activePlacement, agreedPlacement, mentor, ok, today, urls, world, type World } from './fixtures.ts';

/** Mentor hours per placement and date, and what they cost per funder and month. */

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await createTestApp();
  w = await world(t);
});
afterAll(() => t.close());

const hours = (id: string) => `${urls.placement(w.p, id)}/mentor-hours`;
const costs = (query = '') => `/api/programmes/${w.p}/mentor-costs${query}`;

describe('mentor hours', () => {
  it('are logged by the assigned mentor (or a coordinator), one entry per date, and cost hours × rate per payer and month', async () => {
    const mads = await mentor(t, w, { withUser: true, name: 'Mads Mentor', ratePerHour: 250, payer: 'project_funds' });
    const mette = await mentor(t, w, { name: 'Mette Mentor', ratePerHour: 199.99, payer: 'municipality' });
    const start = addDays(today(), -40);
    const a = await activePlacement(w, { person: { firstName: 'Adam' }, agreement: { startsOn: start, mentorId: mads.record.id } });
    const b = await activePlacement(w, { person: { firstName: 'Bea' }, agreement: { startsOn: start, mentorId: mette.record.id } });
    const [d1, d2, d3] = [addDays(today(), -35), addDays(today(), -5), addDays(today(), -3)];

    expect(await ok(mads.user!.client.post(hours(a.placement.id), { workedOn: d1, hours: 2, note: 'Introduktion' }))).toMatchObject({
      mentorName: 'Mads Mentor',
      workedOn: d1,
      hours: 2,
      ratePerHour: 250,
      payer: 'project_funds',
      cost: 500,
    });
    await ok(mads.user!.client.post(hours(a.placement.id), { workedOn: d2, hours: 1 }));
    await ok(mads.user!.client.post(hours(a.placement.id), { workedOn: d2, hours: 1.5 }));
    expect(await ok(w.c.post(hours(b.placement.id), { workedOn: d3, hours: 3 }))).toMatchObject({
      mentorName: 'Mette Mentor',
      cost: 599.97,
    });
    expect(
      (await ok(mads.user!.client.get(hours(a.placement.id)))).entries.map((e: { workedOn: string; hours: number }) => [
        e.workedOn,
        e.hours,
      ]),
    ).toEqual([
      [d1, 2],
      [d2, 1.5],
    ]);

    // A later rate change does not rewrite what was logged.
    await ok(w.c.request('PATCH', `/api/programmes/${w.p}/mentors/${mads.record.id}`, { ratePerHour: 400 }));

    const summary = await ok(w.c.get(costs()));
    const line = (month: string, h: number, cost: number) => ({ month, hours: h, cost });
    expect(summary).toMatchObject({ from: null, to: null, hours: 6.5, cost: 1474.97 });
    expect(summary.byPayer).toEqual([
      { payer: 'municipality', hours: 3, cost: 599.97 },
      { payer: 'project_funds', hours: 3.5, cost: 875 },
    ]);
    const byMonth = new Map<string, { hours: number; cost: number }>();
    for (const [date, h, c] of [
      [d1, 2, 500],
      [d2, 1.5, 375],
      [d3, 3, 599.97],
    ] as const) {
      const m = byMonth.get(date.slice(0, 7)) ?? { hours: 0, cost: 0 };
      byMonth.set(date.slice(0, 7), { hours: m.hours + h, cost: Math.round((m.cost + c) * 100) / 100 });
    }
    expect(summary.byMonth).toEqual([...byMonth.entries()].sort().map(([month, v]) => line(month, v.hours, v.cost)));
    expect((await ok(w.c.get(costs(`?from=${d2}`)))).cost).toBe(974.97);
    expect((await ok(w.c.get(costs(`?placementId=${a.placement.id}`)))).cost).toBe(875);

    const funder = await t.member(w.p, 'funder');
    expect((await ok(funder.client.get(costs()))).cost).toBe(1474.97);
    expect((await w.contact.client.get(costs())).statusCode).toBe(403);
  });

  it('only on dates the placement ran, only once it started, and only by its own mentor', async () => {
    const mads = await mentor(t, w, { withUser: true, name: 'Mads Igen' });
    const other = await mentor(t, w, { withUser: true, name: 'Anden Mentor' });
    const running = await activePlacement(w, { agreement: { startsOn: addDays(today(), -5), mentorId: mads.record.id } });
    const post = (c: typeof w.c, id: string, workedOn: string) => c.post(hours(id), { workedOn, hours: 1 });
    expect((await post(mads.user!.client, running.placement.id, addDays(today(), -6))).json().error.details.issues[0].code).toBe(
      'date_before_placement_start',
    );
    expect((await post(mads.user!.client, running.placement.id, addDays(today(), 1))).json().error.details.issues[0].code).toBe(
      'date_not_worked_yet',
    );
    expect((await post(other.user!.client, running.placement.id, today())).statusCode).toBe(404);
    expect((await post(w.contact.client, running.placement.id, today())).statusCode).toBe(403);
    expect((await w.c.post(hours(running.placement.id), { workedOn: today(), hours: 25 })).statusCode).toBe(400);
    const notStarted = await agreedPlacement(w, { agreement: { mentorId: mads.record.id } });
    expect((await post(mads.user!.client, notStarted.placement.id, today())).json().error).toMatchObject({
      code: 'placement_not_running',
      details: { status: 'agreed' },
    });
    const noMentor = await activePlacement(w, { agreement: { startsOn: addDays(today(), -5) } });
    expect((await post(w.c, noMentor.placement.id, today())).json().error.details.issues[0].code).toBe('mentor_unknown');
  });
});
