import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { mailsTo } from '../companies/fixtures.ts';
import {
  activePlacement,
  addGuardian,
  ok,
  openOpening,
  person,
  portalAccount,
  world,
  yearsAgo,
  type World,
} from '../placements/fixtures.ts';

/** The hotline's answers reach the employer; a safety matter about a minor reaches their guardians. */

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await createTestApp();
  w = await world(t, 'Jobplaneten Hotline');
});
afterAll(() => t.close());

const raise = (placementId: string, body: Record<string, unknown>) =>
  ok(w.contact.client.post(`/api/programmes/${w.p}/placements/${placementId}/support-requests`, body), 201);
const request = (id: string, action: string) => `/api/programmes/${w.p}/support-requests/${id}${action}`;

describe('a safety request about a minor', () => {
  it('tells the guardians (even one who turned e-mails off) without the description, and no other child’s guardian', async () => {
    const { person: p, placement } = await activePlacement(w, { person: { firstName: 'Omar' } });
    const parent = await portalAccount(t, w.p, { guardianId: (await addGuardian(w, p.id)).id }, 'Mona Hansen');
    await ok(parent.client.request('PUT', '/api/me/notification-preferences', { emailNonSafety: false }));
    const other = await person(w, { firstName: 'Bo' });
    const otherParent = await portalAccount(t, w.p, { guardianId: (await addGuardian(w, other.id)).id }, 'Bente Berg');

    await raise(placement.id, { category: 'safety', severity: 'urgent', description: 'Skar sig på en kniv' });
    const [mail] = await mailsTo(t, parent.email);
    expect(mail?.subject).toBe('Vigtigt: Omars sikkerhed på jobbet');
    expect(mail?.text).toContain('Bageriet Ellemarken ApS har bedt os om hjælp med Omars sikkerhed på jobbet Butiksassistent.');
    expect(mail?.text).not.toContain('kniv');
    const inbox = await ok(parent.client.get('/api/notifications'));
    expect(inbox.notifications).toEqual([expect.objectContaining({ kind: 'guardianSafetyRequest', safety: true })]);
    expect(await mailsTo(t, otherParent.email)).toEqual([]);

    // Anything else, or an adult's matter, is not the guardians'.
    await raise(placement.id, { category: 'attendance', severity: 'normal', description: 'For sent' });
    expect(await mailsTo(t, parent.email)).toHaveLength(1);
  });

  it('does not reach the guardian of someone who is 18', async () => {
    const adults = { ...w, opening: await openOpening(w.c, w.p, w.place.workplace.id, { minAge: 18, maxAge: 25, flags: {} }) };
    const { person: p, placement } = await activePlacement(adults, { person: { firstName: 'Ali', birthDate: yearsAgo(18, 10) } });
    const parent = await portalAccount(t, w.p, { guardianId: (await addGuardian(w, p.id)).id }, 'Hanne Holm');
    await raise(placement.id, { category: 'safety', severity: 'urgent', description: 'Faldt på trappen' });
    expect(await mailsTo(t, parent.email)).toEqual([]);
  });
});

describe('the coordinator’s answer', () => {
  it('is told to the employer who raised it, by a note and by the resolution, not by their own notes', async () => {
    const { placement } = await activePlacement(w, { person: { firstName: 'Lea' } });
    const r = await raise(placement.id, { category: 'skills', severity: 'normal', description: 'Har brug for oplæring' });
    await ok(w.contact.client.post(request(r.id, '/notes'), { text: 'Mere om det' }));
    const answered = () => mailsTo(t, w.contact.email).then((ms) => ms.filter((m) => m.text.includes(r.id)).map((m) => m.subject));
    expect(await answered()).toEqual([]);
    await ok(w.c.post(request(r.id, '/notes'), { text: 'Jeg ringer i morgen' }));
    expect(await answered()).toEqual(['Svar på jeres henvendelse om Lea (Butiksassistent)']);
    await ok(w.c.post(request(r.id, '/resolve'), { resolution: 'Aftalt oplæring' }));
    expect(await answered()).toHaveLength(2);
    const inbox = await ok(w.contact.client.get('/api/notifications'));
    expect(inbox.notifications.filter((n: { kind: string }) => n.kind === 'supportRequestAnswered')).toHaveLength(2);
  });
});
