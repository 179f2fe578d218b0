import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/domain/calendar/local-time.ts';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { activePlacement, mentor, ok, person, propose, today, urls, world, yearsAgo, type World } from '../placements/fixtures.ts';

/** Merging two records of one person carries their placements and everything hanging off them. */

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await createTestApp();
  w = await world(t);
});
afterAll(() => t.close());

const merge = (keepId: string, body: Record<string, unknown>) => w.c.post(`/api/programmes/${w.p}/participants/${keepId}/merge`, body);
const count = async (table: 'placement_events' | 'placement_follow_ups' | 'mentor_hours' | 'support_requests', placementId: string) =>
  Number(
    (
      await t.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .where('placement_id', '=', placementId)
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('merging participants with placements', () => {
  it('moves the placements to the kept record with their events, follow-ups, mentor hours and support requests', async () => {
    const birthDate = yearsAgo(16, 11);
    const kept = await person(w, { firstName: 'Idris', lastName: 'Haddad', birthDate, compulsorySchool: false });
    const mads = await mentor(t, w, { withUser: true, name: 'Mads Merge' });
    const { person: dup, placement } = await activePlacement(w, {
      person: { firstName: 'Idris', lastName: 'Haddad', birthDate },
      agreement: { startsOn: addDays(today(), -10), mentorId: mads.record.id },
    });
    await ok(
      mads.user!.client.post(`${urls.placement(w.p, placement.id)}/mentor-hours`, {
        workedOn: addDays(today(), -2),
        hours: 2,
        note: 'Godt i gang',
      }),
    );
    await ok(
      w.contact.client.post(`${urls.placement(w.p, placement.id)}/support-requests`, {
        category: 'attendance',
        severity: 'normal',
        description: 'Kom for sent',
      }),
      201,
    );
    const before = {
      events: await count('placement_events', placement.id),
      followUps: await count('placement_follow_ups', placement.id),
      hours: await count('mentor_hours', placement.id),
      requests: await count('support_requests', placement.id),
    };
    expect(before.events).toBeGreaterThanOrEqual(5);
    expect(before.followUps).toBeGreaterThan(0);

    const merged = await merge(kept.id, { otherId: dup.id });
    expect(merged.statusCode, merged.body).toBe(200);

    const mine = await ok(w.c.get(`${urls.placements(w.p)}?participantId=${kept.id}`));
    expect(mine.placements.map((p: { id: string }) => p.id)).toEqual([placement.id]);
    expect((await ok(w.c.get(`${urls.placements(w.p)}?participantId=${dup.id}`))).placements).toEqual([]);
    const view = await ok(w.c.get(urls.placement(w.p, placement.id)));
    expect(view).toMatchObject({ status: 'active' });
    expect({
      events: await count('placement_events', placement.id),
      followUps: await count('placement_follow_ups', placement.id),
      hours: await count('mentor_hours', placement.id),
      requests: await count('support_requests', placement.id),
    }).toEqual(before);
    const audit = await t.db
      .selectFrom('audit_events')
      .select('details')
      .where('subject_id', '=', kept.id)
      .where('action', '=', 'update')
      .execute();
    expect(audit.some((a) => (a.details as { moved?: Record<string, number> }).moved?.placements === 1)).toBe(true);
  });

  it('is refused while both records have a pending placement in the same opening (409 merge_not_allowed, placement_clash)', async () => {
    const birthDate = yearsAgo(14, 12);
    const a = await person(w, { firstName: 'Clash', lastName: 'Olsen', birthDate });
    const b = await person(w, { firstName: 'Clash', lastName: 'Olsen', birthDate });
    await propose(w, a.id);
    await propose(w, b.id);
    const res = await merge(a.id, { otherId: b.id });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'merge_not_allowed', details: { reason: 'placement_clash' } });
  });
});
