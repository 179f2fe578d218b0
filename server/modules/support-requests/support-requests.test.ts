import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { responseDueAt } from '../../../shared/domain/placements/sla.ts';
import { copenhagenInstant, copenhagenLocal } from '../../../shared/domain/placements/time.ts';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { companyWithWorkplace, employerContact, mailsTo } from '../companies/fixtures.ts';
import { activePlacement, mentor, ok, person, propose, world, type World } from '../placements/fixtures.ts';
import { longDateTime } from '../notifications/index.ts';
import { runSupportEscalation } from './escalation.ts';

/** The employer hotline: raising a request, its working-hours deadline, handling, escalation and statistics. */

let t: TestApp;
let w: World;
let placement: { id: string };
let mads: Awaited<ReturnType<typeof mentor>>;
beforeAll(async () => {
  t = await createTestApp();
  w = await world(t);
  mads = await mentor(t, w, { withUser: true, name: 'Mads Mentor' });
  placement = (await activePlacement(w, { person: { firstName: 'Omar' }, agreement: { mentorId: mads.record.id } })).placement;
});
afterAll(() => t.close());

const raise = (c: typeof w.c, placementId: string, body: Record<string, unknown>) =>
  c.post(`/api/programmes/${w.p}/placements/${placementId}/support-requests`, body);
const request = (id: string, action = '') => `/api/programmes/${w.p}/support-requests/${id}${action}`;
const forRequest = (id: string) => (m: { text: string }) => m.text.includes(id);

describe('raising a request', () => {
  it('lets the employer raise one with a deadline in working hours, and tells the coordinators in Danish', async () => {
    const quiet = await t.member(w.p, 'coordinator', { name: 'Stille Koordinator' });
    await ok(quiet.client.request('PUT', '/api/me/notification-preferences', { emailNonSafety: false }));
    const r = await ok(
      raise(w.contact.client, placement.id, { category: 'attendance', severity: 'normal', description: 'Kommer for sent tre gange' }),
      201,
    );
    const dueLocal = responseDueAt(copenhagenLocal(r.raisedAt), 'normal');
    expect(r).toMatchObject({
      status: 'open',
      raisedAs: 'employer',
      category: 'attendance',
      severity: 'normal',
      firstResponseAt: null,
      breached: false,
      notes: [],
    });
    expect(r.dueAt).toBe(copenhagenInstant(dueLocal).toISOString());
    expect(r.minutesLeft).toBeLessThanOrEqual(480);
    expect(r).toMatchObject({
      targetCounted: 'working',
      organisationName: 'Bageriet Ellemarken ApS',
      contactName: 'Eva Arbejdsgiver',
      callNowPhone: null,
    });

    const [mail] = (await mailsTo(t, w.env.coordinator.email)).filter(forRequest(r.id));
    expect(mail?.subject).toBe('Almindelig: Bageriet Ellemarken ApS beder om hjælp (fremmøde)');
    expect(mail?.text).toContain(
      'Eva Arbejdsgiver fra Bageriet Ellemarken ApS beder om hjælp med forløbet for Omar i stillingen Butiksassistent.',
    );
    expect(mail?.text).toContain(`Svar senest: ${longDateTime(dueLocal, 'da')}`);
    expect(mail?.text).not.toContain('Kommer for sent');
    expect((await mailsTo(t, quiet.email)).filter(forRequest(r.id))).toEqual([]);

    // Safety (and urgent) requests reach even those who turned e-mails off.
    const urgent = await ok(
      raise(mads.user!.client, placement.id, { category: 'safety', severity: 'urgent', description: 'Skar sig på en kniv' }),
      201,
    );
    expect(urgent).toMatchObject({ raisedAs: 'mentor', severity: 'urgent' });
    const [safety] = (await mailsTo(t, quiet.email)).filter(forRequest(urgent.id));
    expect(safety?.subject).toBe('Haster: Bageriet Ellemarken ApS beder om hjælp (sikkerhed)');
    expect((await ok(quiet.client.get('/api/notifications'))).notifications.map((n: { subjectId: string }) => n.subjectId)).toEqual(
      expect.arrayContaining([r.id, urgent.id]),
    );
  });

  it('makes "Det haster" urgent: four clock hours, every channel, a number to call now, and no safety tag unless it is one', async () => {
    const quiet = await t.member(w.p, 'coordinator', { name: 'Stille Koordinator To' });
    await ok(quiet.client.request('PUT', '/api/me/notification-preferences', { emailNonSafety: false }));
    const admin = await t.member(w.p, 'administrator', { name: 'Hanne Hotline' });
    await ok(admin.client.request('PATCH', `/api/programmes/${w.p}/settings/placements`, { hotlinePhone: '+45 70 20 30 40' }));
    const urgent = await ok(
      raise(w.contact.client, placement.id, {
        category: 'attendance',
        severity: 'urgent',
        description: 'Er ikke mødt og svarer ikke',
        contactPhone: '+45 22 33 44 55',
      }),
      201,
    );
    // Counted on the clock, day and night: never the next morning.
    expect(new Date(urgent.dueAt).getTime() - new Date(urgent.raisedAt).getTime()).toBe(
      4 * 3_600_000 - (new Date(urgent.raisedAt).getTime() % 60_000),
    );
    expect(urgent).toMatchObject({
      targetCounted: 'clock',
      organisationName: 'Bageriet Ellemarken ApS',
      contactName: 'Eva Arbejdsgiver',
      contactPhone: '+45 22 33 44 55',
      callNowPhone: '+45 70 20 30 40',
    });
    // In-app and by e-mail, even to a coordinator who turned e-mails off; an attendance matter is not tagged safety.
    expect((await mailsTo(t, quiet.email)).filter(forRequest(urgent.id))).toHaveLength(1);
    const inApp = (await ok(quiet.client.get('/api/notifications'))).notifications.filter(
      (n: { subjectId: string }) => n.subjectId === urgent.id,
    );
    expect(inApp.map((n: { safety: boolean }) => n.safety)).toEqual([false]);
    const safety = await ok(
      raise(w.contact.client, placement.id, { category: 'safety', severity: 'normal', description: 'Faldt på trappen' }),
      201,
    );
    expect(safety.callNowPhone).toBe('+45 70 20 30 40');
    expect(
      (await ok(quiet.client.get('/api/notifications'))).notifications
        .filter((n: { subjectId: string }) => n.subjectId === safety.id)
        .map((n: { safety: boolean }) => n.safety),
    ).toEqual([true]);
    // A normal request has no call-now number; the hotline page shows the same facts to the coordinator.
    const normal = await ok(
      raise(w.contact.client, placement.id, { category: 'skills', severity: 'normal', description: 'Oplæring' }),
      201,
    );
    expect(normal.callNowPhone).toBeNull();
    expect(await ok(w.c.get(request(urgent.id)))).toMatchObject({ contactName: 'Eva Arbejdsgiver', contactPhone: '+45 22 33 44 55' });
    await ok(admin.client.request('PATCH', `/api/programmes/${w.p}/settings/placements`, { hotlinePhone: null }));
  });

  it('sends an urgent request to the administrators when the programme has no coordinator', async () => {
    const lone = await world(t, 'Jobplaneten Uden Koordinator');
    const { placement: pl } = await activePlacement(lone);
    const admin = await t.member(lone.p, 'administrator', { name: 'Ada Administrator' });
    await t.db.deleteFrom('memberships').where('programme_id', '=', lone.p).where('role', '=', 'coordinator').execute();
    const urgent = await ok(
      lone.contact.client.post(`/api/programmes/${lone.p}/placements/${pl.id}/support-requests`, {
        category: 'conduct',
        severity: 'urgent',
        description: 'Slås med en kollega',
      }),
      201,
    );
    expect((await mailsTo(t, admin.email)).filter(forRequest(urgent.id))).toHaveLength(1);
  });

  it('is only for the placement’s own employer and mentor, and only once it is agreed', async () => {
    const other = await companyWithWorkplace(w.c, w.p, 'Anden ApS');
    const stranger = await employerContact(t, w.p, other.company.organisationId, 'Ole Anden');
    const body = { category: 'other', severity: 'normal', description: 'Spørgsmål' };
    expect((await raise(stranger.client, placement.id, body)).statusCode).toBe(404);
    expect((await raise(w.c, placement.id, body)).statusCode).toBe(403);
    const proposal = await propose(w, (await person(w, { firstName: 'Ny' })).id);
    expect((await raise(w.contact.client, proposal.id, body)).json().error).toMatchObject({
      code: 'placement_not_running',
      details: { status: 'proposed' },
    });
    expect((await raise(w.contact.client, placement.id, { ...body, category: 'weather' })).statusCode).toBe(400);
    expect((await ok(stranger.client.get(`/api/programmes/${w.p}/support-requests`))).requests).toEqual([]);
  });
});

describe('handling', () => {
  it('acknowledges, takes notes and resolves; the raiser’s own notes do not stop the clock', async () => {
    const r = await ok(
      raise(w.contact.client, placement.id, { category: 'conflict', severity: 'normal', description: 'Uenighed med kollega' }),
      201,
    );
    expect(await ok(w.contact.client.post(request(r.id, '/notes'), { text: 'Det er blevet værre' }))).toMatchObject({
      status: 'open',
      firstResponseAt: null,
    });
    expect((await w.contact.client.post(request(r.id, '/acknowledge'))).statusCode).toBe(403);
    const acknowledged = await ok(w.c.post(request(r.id, '/acknowledge')));
    expect(acknowledged).toMatchObject({
      status: 'acknowledged',
      firstResponseAt: expect.any(String),
      acknowledgedAt: expect.any(String),
      breached: false,
      minutesLeft: null,
    });
    expect((await w.c.post(request(r.id, '/acknowledge'))).json().error).toMatchObject({
      code: 'invalid_transition',
      details: { from: 'acknowledged', to: 'acknowledged' },
    });
    await ok(w.c.post(request(r.id, '/notes'), { text: 'Ringet til begge. Møde fredag.' }));
    const resolved = await ok(w.c.post(request(r.id, '/resolve'), { resolution: 'Mødet hjalp.' }));
    expect(resolved).toMatchObject({ status: 'resolved', resolution: 'Mødet hjalp.', resolvedAt: expect.any(String) });
    expect(resolved.notes.map((n: { text: string }) => n.text)).toEqual(['Det er blevet værre', 'Ringet til begge. Møde fredag.']);
    expect((await w.c.post(request(r.id, '/notes'), { text: 'x' })).json().error.code).toBe('invalid_transition');
    expect((await ok(w.contact.client.get(request(r.id)))).status).toBe('resolved');
    expect(
      (await ok(mads.user!.client.get(`/api/programmes/${w.p}/support-requests?status=resolved`))).requests.map(
        (x: { id: string }) => x.id,
      ),
    ).toContain(r.id);
  });
});

describe('escalation', () => {
  it('escalates an unanswered request past its deadline to the programme’s administrators, once, even if they turned e-mails off', async () => {
    const admin = await t.member(w.p, 'administrator', { name: 'Anne Administrator' });
    await ok(admin.client.request('PUT', '/api/me/notification-preferences', { emailNonSafety: false }));
    const r = await ok(
      raise(w.contact.client, placement.id, { category: 'skills', severity: 'normal', description: 'Har brug for oplæring' }),
      201,
    );
    const answered = await ok(
      raise(w.contact.client, placement.id, { category: 'skills', severity: 'urgent', description: 'Hurtigt svar' }),
      201,
    );
    await ok(w.c.post(request(answered.id, '/acknowledge')));

    expect((await runSupportEscalation(t.services, new Date())).escalated).toBe(0);
    const later = new Date(Date.now() + 10 * 86_400_000);
    expect((await runSupportEscalation(t.services, later)).escalated).toBeGreaterThanOrEqual(1);
    const mails = (await mailsTo(t, admin.email)).filter(forRequest(r.id));
    expect(mails.map((m) => m.subject)).toEqual(['Svarfristen er overskredet: henvendelse fra Bageriet Ellemarken ApS']);
    expect(mails[0]!.text).toContain('har ikke fået svar inden for svarfristen');
    expect((await mailsTo(t, admin.email)).filter(forRequest(answered.id))).toEqual([]);
    expect((await runSupportEscalation(t.services, later)).escalated).toBe(0);
    expect((await ok(w.c.get(request(r.id)))).escalatedAt).not.toBeNull();
  });
});

describe('statistics', () => {
  it('give the median first response in working hours, the share within target and requests by category', async () => {
    const v = await world(t, 'Jobplaneten Viborg');
    const { placement: pl } = await activePlacement(v);
    const raiseIn = async (category: string, severity: string) =>
      (
        await ok(
          v.contact.client.post(`/api/programmes/${v.p}/placements/${pl.id}/support-requests`, {
            category,
            severity,
            description: 'Hjælp',
          }),
          201,
        )
      ).id as string;
    const at = (local: string) => copenhagenInstant(local);
    const set = async (id: string, severity: 'urgent' | 'normal', raised: string, answered: string | null) =>
      t.db
        .updateTable('support_requests')
        .set({
          raised_at: at(raised),
          due_at: at(responseDueAt(raised, severity)),
          first_response_at: answered ? at(answered) : null,
          status: answered ? 'acknowledged' : 'open',
        })
        .where('id', '=', id)
        .execute();
    await set(await raiseIn('safety', 'urgent'), 'urgent', '2026-03-03T09:00', '2026-03-03T10:00');
    await set(await raiseIn('attendance', 'normal'), 'normal', '2026-03-03T09:00', '2026-03-03T12:00');
    await set(await raiseIn('conduct', 'urgent'), 'urgent', '2026-03-06T15:00', '2026-03-09T11:30');
    await set(await raiseIn('conduct', 'normal'), 'normal', '2026-04-01T09:00', null);

    const stats = await ok(v.c.get(`/api/programmes/${v.p}/support-requests/stats?from=2026-03-01&to=2026-03-31`));
    expect(stats).toEqual({
      from: '2026-03-01',
      to: '2026-03-31',
      count: 3,
      byCategory: { attendance: 1, conduct: 1, skills: 0, conflict: 0, safety: 1, other: 0 },
      bySeverity: { urgent: 2, normal: 1 },
      answered: 3,
      medianFirstResponseHours: 3,
      withinTargetShare: 0.667,
      openBreached: 0,
    });
    const all = await ok(v.c.get(`/api/programmes/${v.p}/support-requests/stats`));
    expect(all).toMatchObject({ count: 4, openBreached: 1, withinTargetShare: 0.5 });
    expect((await v.contact.client.get(`/api/programmes/${v.p}/support-requests/stats`)).statusCode).toBe(403);
  });
});
