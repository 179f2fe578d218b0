import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { addGuardian, ok, openOpening, person, portalAccount, propose, urls, world, yearsAgo, type World } from './fixtures.ts';

/** Issue #13: a "Nej tak" with a reason, taken back until someone else acts on it. */

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await createTestApp();
  w = await world(t);
});
afterAll(() => t.close());

const undoAudits = (placementId: string) =>
  t.db
    .selectFrom('audit_events')
    .select('details')
    .where('subject_id', '=', placementId)
    .where('action', '=', 'update')
    .execute()
    .then((rows) => rows.filter((r) => (r.details as { action?: string }).action === 'undo_decline'));

describe('taking back a no to a proposal', () => {
  it('records the reason, and lets the youth take the no back once, with the step in the history and the audit', async () => {
    const p = await person(w, { firstName: 'Sara', birthDate: yearsAgo(16), compulsorySchool: false });
    const self = await portalAccount(t, w.p, { participantId: p.id }, 'Sara Hansen');
    const pl = await propose(w, p.id);
    const no = await ok(self.client.post(urls.answer(w.p, pl.id), { answer: 'no', version: 1, reason: 'timing' }));
    expect(no).toMatchObject({ status: 'declined', declinedBy: 'participant', declineReason: 'timing', version: 2, canUndoDecline: true });
    // What the job is, where and for what pay came with the proposal, from the opening itself.
    expect(pl.job).toMatchObject({ address: expect.any(String), postalCode: expect.any(String), hoursPerWeek: expect.any(Number) });
    expect((await ok(w.contact.client.get(urls.placement(w.p, pl.id)))).job.distance).toBeNull();

    const back = await ok(self.client.post(urls.undoDecline(w.p, pl.id), { version: 2 }));
    expect(back).toMatchObject({ status: 'proposed', version: 3, declineReason: null, declinedBy: null, participantAcceptedAt: null });
    expect(back.allowedActions).toContain('accept');
    expect(back.events.map((e: { action: string }) => e.action)).toEqual(['propose', 'decline', 'undo_decline']);
    expect(await undoAudits(pl.id)).toHaveLength(1);

    // Nothing left to take back: 409, and no second audit.
    const again = await self.client.post(urls.undoDecline(w.p, pl.id), { version: 3 });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('state_changed');
    expect(await undoAudits(pl.id)).toHaveLength(1);
  });

  it('refuses the undo once the coordinator has acted: a new proposal since, or a decline that was not theirs', async () => {
    const p = await person(w, { birthDate: yearsAgo(16), compulsorySchool: false });
    const self = await portalAccount(t, w.p, { participantId: p.id });
    const pl = await propose(w, p.id);
    await ok(self.client.post(urls.answer(w.p, pl.id), { answer: 'no', version: 1 }));
    const other = await openOpening(w.c, w.p, w.place.workplace.id, { title: 'Lagerhjælper' });
    await propose(w, p.id, other.id);
    expect((await ok(self.client.get(urls.placement(w.p, pl.id)))).canUndoDecline).toBe(false);
    const refused = await self.client.post(urls.undoDecline(w.p, pl.id), { version: 2 });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('state_changed');
    expect((await ok(w.c.get(urls.placement(w.p, pl.id)))).status).toBe('declined');
    expect(await undoAudits(pl.id)).toHaveLength(0);

    // The coordinator's own decline is not the youth's to undo.
    const third = await openOpening(w.c, w.p, w.place.workplace.id, { title: 'Kasseassistent' });
    const byStaff = await propose(w, p.id, third.id);
    await ok(w.c.post(urls.transition(w.p, byStaff.id), { to: 'declined', version: 1, reason: 'not_suitable' }));
    expect((await self.client.post(urls.undoDecline(w.p, byStaff.id), { version: 2 })).statusCode).toBe(409);
  });

  it('lets a guardian undo their own no for an under-15, and hides another child’s proposal (404)', async () => {
    const p = await person(w, { firstName: 'Ali', birthDate: yearsAgo(14, 30) });
    const guardian = await addGuardian(w, p.id);
    const parent = await portalAccount(t, w.p, { guardianId: guardian.id }, 'Mona Hansen');
    const pl = await propose(w, p.id);
    await ok(parent.client.post(urls.answer(w.p, pl.id), { answer: 'no', version: 1, reason: 'not_interested' }));

    const stranger = await person(w, { firstName: 'Noor', birthDate: yearsAgo(14, 10) });
    const otherGuardian = await addGuardian(w, stranger.id);
    const otherParent = await portalAccount(t, w.p, { guardianId: otherGuardian.id }, 'Lone Jensen');
    expect((await otherParent.client.post(urls.undoDecline(w.p, pl.id), { version: 2 })).statusCode).toBe(404);
    // Staff use the coordinator's own steps, not the person's undo.
    expect((await w.c.post(urls.undoDecline(w.p, pl.id), { version: 2 })).statusCode).toBe(404);

    expect(await ok(parent.client.post(urls.undoDecline(w.p, pl.id), { version: 2 }))).toMatchObject({
      status: 'proposed',
      actingAs: 'guardian',
    });
  });
});
