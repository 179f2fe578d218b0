import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/domain/calendar/local-time.ts';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { mailsTo } from '../companies/fixtures.ts';
import { activePlacement, addGuardian, ok, person, portalAccount, today, urls, world, type World } from '../placements/fixtures.ts';

/** A rejected shift is told to the youth and their guardians, with the reason and a link to their hours. */

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await createTestApp();
  w = await world(t, 'Jobplaneten Vagter');
});
afterAll(() => t.close());

describe('a rejected shift', () => {
  it('reaches the youth and the guardian with the reason, and no other child’s guardian', async () => {
    const { person: p, placement } = await activePlacement(w, {
      person: { firstName: 'Sofie', email: 'sofie@example.test' },
      agreement: { startsOn: addDays(today(), -30) },
    });
    const parent = await portalAccount(t, w.p, { guardianId: (await addGuardian(w, p.id)).id }, 'Mona Hansen');
    const other = await person(w, { firstName: 'Bo' });
    const otherParent = await portalAccount(t, w.p, { guardianId: (await addGuardian(w, other.id)).id }, 'Bente Berg');
    const workDate = addDays(today(), -3);
    const { shift } = await ok(
      w.contact.client.post(`${urls.placement(w.p, placement.id)}/shifts`, { workDate, startTime: '15:00', endTime: '17:00' }),
      201,
    );
    await ok(w.contact.client.post(`/api/programmes/${w.p}/shifts/${shift.id}/reject`, { reason: 'Du var ikke på arbejde den dag' }));

    const [toYouth] = (await mailsTo(t, 'sofie@example.test')).filter((m) => m.subject.startsWith('Din vagt'));
    expect(toYouth?.subject).toMatch(/^Din vagt .+ er ikke godkendt$/);
    expect(toYouth?.text).toContain('Derfor: Du var ikke på arbejde den dag');
    expect(toYouth?.text).toContain('http://localhost:3000/mig/timer');
    const inbox = await ok(parent.client.get('/api/notifications'));
    expect(inbox.notifications).toEqual([expect.objectContaining({ kind: 'guardianShiftRejected', subjectId: shift.id })]);
    expect(inbox.notifications[0].title).toMatch(/^Sofies vagt .+ er ikke godkendt$/);
    expect((await mailsTo(t, parent.email)).map((m) => m.subject)).toEqual([inbox.notifications[0].title]);
    // The employer who rejected it is not told about their own action.
    expect((await mailsTo(t, w.contact.email)).filter((m) => m.subject.includes('ikke godkendt'))).toEqual([]);
    expect(await mailsTo(t, otherParent.email)).toEqual([]);
    expect((await ok(otherParent.client.get('/api/notifications'))).notifications).toEqual([]);
  });
});
