import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { mailsTo } from '../companies/fixtures.ts';
import { addGuardian, ok, person, portalAccount, world, type World } from '../placements/fixtures.ts';

/** An activity invitation reaches the invited youth and their guardians, once, and nobody else. */

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await createTestApp();
  w = await world(t, 'Jobplaneten Aktiviteter');
});
afterAll(() => t.close());

describe('an activity invitation', () => {
  it('tells the youth and the guardian when it starts, only once, and not another child’s guardian', async () => {
    const a = await ok(
      w.c.post(`/api/programmes/${w.p}/activities`, {
        kind: 'interview_training',
        title: 'Jobsamtaletræning',
        description: 'Øv dig i at gå til samtale',
        place: 'Ellemarkens beboerhus',
        siteId: w.env.site.id,
        capacity: 10,
        sessions: [{ startsAt: '2026-03-28T15:00', endsAt: '2026-03-28T17:00' }],
      }),
      201,
    );
    const p = await person(w, { firstName: 'Amira', email: 'amira.a@example.test' });
    const parent = await portalAccount(t, w.p, { guardianId: (await addGuardian(w, p.id)).id }, 'Mona Hansen');
    const other = await person(w, { firstName: 'Bo' });
    const otherParent = await portalAccount(t, w.p, { guardianId: (await addGuardian(w, other.id)).id }, 'Bente Berg');

    await ok(w.c.post(`/api/programmes/${w.p}/activities/${a.id}/invitations`, { participantIds: [p.id] }));
    await ok(w.c.post(`/api/programmes/${w.p}/activities/${a.id}/invitations`, { participantIds: [p.id] }));
    const toYouth = await mailsTo(t, 'amira.a@example.test');
    expect(toYouth.map((m) => m.subject)).toEqual(['Du er inviteret: Jobsamtaletræning']);
    expect(toYouth[0]!.text).toContain('Du er inviteret til Jobsamtaletræning. Det starter 28. marts 2026 kl. 15:00.');
    expect(toYouth[0]!.text).toContain('http://localhost:3000/mig');
    expect((await mailsTo(t, parent.email)).map((m) => m.subject)).toEqual(['Amira er inviteret: Jobsamtaletræning']);
    expect((await ok(parent.client.get('/api/notifications'))).notifications).toEqual([
      expect.objectContaining({ kind: 'guardianActivityInvited', subjectType: 'activity', subjectId: a.id }),
    ]);
    expect(await mailsTo(t, otherParent.email)).toEqual([]);
    expect((await ok(otherParent.client.get('/api/notifications'))).notifications).toEqual([]);
  });
});
