import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { mailsTo } from '../companies/fixtures.ts';
import { move, ok, person, portalAccount, propose, world, yearsAgo, type World } from './fixtures.ts';

/** Notices about placements: in the app for everyone, by e-mail (Danish first) unless turned off. */

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await createTestApp();
  w = await world(t);
});
afterAll(() => t.close());

const link = (id: string) => `http://localhost:3000/programmes/${w.p}/placements/${id}`;

describe('a new proposal', () => {
  it('is mailed to the employer in Danish, naming the person by first name only, and listed in the app', async () => {
    const p = await person(w, { firstName: 'Amira', lastName: 'Kristensen' });
    const pl = await propose(w, p.id);
    const mails = (await mailsTo(t, w.contact.email)).filter((m) => m.text.includes(pl.id));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe('Ny kandidat til Butiksassistent: Amira');
    expect(mails[0]!.text).toContain('Hej Eva Arbejdsgiver');
    expect(mails[0]!.text).toContain('Jobplaneten Køge foreslår Amira (14 år) til jeres stilling Butiksassistent.');
    expect(mails[0]!.text).toContain(link(pl.id));
    expect(mails[0]!.text).not.toContain('Kristensen');
    // The coordinator who proposed it is not told about their own action.
    expect((await mailsTo(t, w.env.coordinator.email)).filter((m) => m.text.includes(pl.id))).toEqual([]);

    const inbox = await ok(w.contact.client.get('/api/notifications'));
    expect(inbox.unread).toBeGreaterThanOrEqual(1);
    expect(inbox.notifications[0]).toMatchObject({
      kind: 'placementProposed',
      title: 'Ny kandidat til Butiksassistent: Amira',
      subjectType: 'placement',
      subjectId: pl.id,
      safety: false,
      readAt: null,
    });
    // Nobody else reads it, not even staff of the programme.
    expect((await ok(w.c.get('/api/notifications'))).notifications.map((n: { id: string }) => n.id)).not.toContain(
      inbox.notifications[0].id,
    );
    expect(await ok(w.c.post('/api/notifications/read', { ids: [inbox.notifications[0].id] }))).toMatchObject({ marked: 0 });
    expect(await ok(w.contact.client.post('/api/notifications/read', { all: true }))).toEqual({ marked: inbox.unread, unread: 0 });
    expect((await ok(w.contact.client.get('/api/notifications?unread=true'))).notifications).toEqual([]);
  });
});

describe('a state change', () => {
  it('is told to everyone on the placement except who made it, each in their own language', async () => {
    const colleague = await t.member(w.p, 'coordinator', { name: 'Kirsten Koordinator' });
    await t.db.updateTable('users').set({ locale: 'en' }).where('id', '=', colleague.id).execute();
    const p = await person(w, { firstName: 'Sara', birthDate: yearsAgo(16), compulsorySchool: false });
    const self = await portalAccount(t, w.p, { participantId: p.id }, 'Sara Hansen');
    const pl = await propose(w, p.id);
    await move(w.contact.client, w, pl, { to: 'declined', reason: 'not_suitable' });

    const [danish] = (await mailsTo(t, w.env.coordinator.email)).filter((m) => m.text.includes(pl.id));
    expect(danish?.subject).toBe('Forløbet for Sara (Butiksassistent) er nu afvist');
    expect(danish?.text).toContain(
      'Forløbet for Sara i stillingen Butiksassistent er ændret fra foreslået til afvist. Det var arbejdsgiveren, der ændrede det.',
    );
    const [english] = (await mailsTo(t, colleague.email)).filter((m) => m.text.includes(pl.id));
    expect(english?.subject).toBe('The placement of Sara (Butiksassistent) is now declined');
    expect((await mailsTo(t, self.email)).filter((m) => m.text.includes(pl.id)).map((m) => m.subject)).toEqual([
      'Forløbet for Sara (Butiksassistent) er nu afvist',
    ]);
    expect((await mailsTo(t, w.contact.email)).filter((m) => m.subject.includes('er nu afvist') && m.text.includes(pl.id))).toEqual([]);
    const own = await ok(self.client.get('/api/notifications'));
    expect(own.notifications[0]).toMatchObject({
      kind: 'placementStatusChanged',
      title: 'Forløbet for Sara (Butiksassistent) er nu afvist',
    });
  });
});

describe('e-mail preferences', () => {
  it('lets a user turn off e-mails that are not about safety, while in-app notices still arrive', async () => {
    expect(await ok(w.contact.client.get('/api/me/notification-preferences'))).toEqual({ emailNonSafety: true });
    expect(await ok(w.contact.client.request('PUT', '/api/me/notification-preferences', { emailNonSafety: false }))).toEqual({
      emailNonSafety: false,
    });
    const p = await person(w, { firstName: 'Bo' });
    const pl = await propose(w, p.id);
    expect((await mailsTo(t, w.contact.email)).filter((m) => m.text.includes(pl.id))).toEqual([]);
    const inbox = await ok(w.contact.client.get('/api/notifications'));
    expect(inbox.notifications.map((n: { subjectId: string }) => n.subjectId)).toContain(pl.id);
    await ok(w.contact.client.request('PUT', '/api/me/notification-preferences', { emailNonSafety: true }));
  });
});

describe('the API description', () => {
  it('documents the placement, hotline and notification endpoints in OpenAPI', async () => {
    const res = await t.client().get('/api/openapi.json');
    expect(res.statusCode).toBe(200);
    expect(Object.keys(res.json().paths)).toEqual(
      expect.arrayContaining([
        '/api/programmes/{programmeId}/placements/{placementId}/transitions',
        '/api/me/placements',
        '/api/programmes/{programmeId}/mentor-costs',
        '/api/programmes/{programmeId}/support-requests/stats',
        '/api/notifications',
        '/api/programmes/{programmeId}/settings/placements',
      ]),
    );
  });
});
