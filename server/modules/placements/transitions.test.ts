import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { companyWithWorkplace, employerContact, openingBody } from '../companies/fixtures.ts';
import {
  addGuardian,
  agreement,
  move,
  ok,
  openOpening,
  person,
  portalAccount,
  propose,
  today,
  urls,
  world,
  yearsAgo,
  type World,
} from './fixtures.ts';

/** The placement state machine over HTTP: who may take which step, and what happens when two try at once. */

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await createTestApp();
  w = await world(t);
});
afterAll(() => t.close());

const get = (c: typeof w.c, id: string) => c.get(urls.placement(w.p, id));
const post = (c: typeof w.c, id: string, body: Record<string, unknown>) => c.post(urls.transition(w.p, id), body);

describe('a placement from proposal to completion', () => {
  it('runs proposed → interview → offered → agreed → active → completed, each step by its owner, with who, when and why', async () => {
    const p = await person(w, { firstName: 'Sara', birthDate: yearsAgo(16), compulsorySchool: false });
    const self = await portalAccount(t, w.p, { participantId: p.id }, 'Sara Hansen');
    let pl = await propose(w, p.id);
    expect(pl).toMatchObject({
      status: 'proposed',
      version: 1,
      participant: { id: p.id, firstName: 'Sara' },
      matchReasons: [{ code: 'interest', value: 'retail' }],
      actingAs: 'coordinator',
    });

    const asEmployer = await ok(get(w.contact.client, pl.id));
    expect(asEmployer).toMatchObject({ actingAs: 'employer', allowedActions: ['decline'], candidate: { firstName: 'Sara', age: 16 } });
    expect(asEmployer).not.toHaveProperty('participant');

    pl = await ok(self.client.post(urls.answer(w.p, pl.id), { answer: 'yes', version: 1 }));
    expect(pl).toMatchObject({ status: 'proposed', version: 2, actingAs: 'participant', participantAcceptedAt: expect.any(String) });
    expect((await ok(get(w.contact.client, pl.id))).allowedActions).toEqual(['invite', 'decline']);

    pl = await move(w.contact.client, w, pl, { to: 'interview', note: 'Samtale torsdag' });
    pl = await move(w.contact.client, w, pl, { to: 'offered' });
    pl = await move(w.c, w, pl, { to: 'agreed', agreement: agreement({ startsOn: today() }) });
    expect(pl.agreement).toMatchObject({ hoursPerWeek: 6, wagePerHour: 65, wagePayer: 'company', mentor: null });
    pl = await move(w.c, w, pl, { to: 'active' });
    pl = await move(w.c, w, pl, { to: 'completed', outcome: 'next_step', note: 'Klar til næste trin' });
    expect(pl).toMatchObject({
      status: 'completed',
      outcome: 'next_step',
      suggestedStep: 2,
      endedOn: expect.any(String),
      version: 7,
      allowedActions: [],
    });
    expect(pl.events.map((e: any) => [e.action, e.fromStatus, e.toStatus, e.party, e.version])).toEqual([
      ['propose', null, 'proposed', 'coordinator', 1],
      ['accept', 'proposed', 'proposed', 'participant', 2],
      ['invite', 'proposed', 'interview', 'employer', 3],
      ['offer', 'interview', 'offered', 'employer', 4],
      ['agree', 'offered', 'agreed', 'coordinator', 5],
      ['activate', 'agreed', 'active', 'coordinator', 6],
      ['complete', 'active', 'completed', 'coordinator', 7],
    ]);
    expect(pl.events[2]).toMatchObject({ actorUserId: w.contact.id, note: 'Samtale torsdag', at: expect.any(String) });
    // The employer sees the history without notes or who in the programme did what.
    const employerView = await ok(get(w.contact.client, pl.id));
    expect(employerView.events.every((e: any) => e.note === null && e.actorUserId === null)).toBe(true);

    const audit = await t.db
      .selectFrom('audit_events')
      .select(['action', 'actor_role', 'details'])
      .where('subject_type', '=', 'placement')
      .where('subject_id', '=', pl.id)
      .orderBy('id')
      .execute();
    expect(audit.filter((a) => a.action === 'update').map((a) => (a.details as any).action)).toEqual([
      'accept',
      'invite',
      'offer',
      'agree',
      'activate',
      'complete',
    ]);
    expect(audit.filter((a) => a.action === 'read').map((a) => a.actor_role)).toContain('employer_contact');
  });
});

describe('forbidden transitions', () => {
  it('refuses every step the machine does not have with 409 placement_transition_not_allowed and from/to', async () => {
    const p = await person(w, { birthDate: yearsAgo(16), compulsorySchool: false });
    const pl = await propose(w, p.id);
    for (const [to, extra] of [
      ['offered', {}],
      ['active', {}],
      ['completed', { outcome: 'nothing_yet' }],
    ] as const) {
      const res = await post(w.c, pl.id, { to, version: 1, ...extra });
      expect(res.statusCode, to).toBe(409);
      expect(res.json().error).toMatchObject({ code: 'placement_transition_not_allowed', details: { from: 'proposed', to } });
    }
    expect((await post(w.c, pl.id, { to: 'ended_early', version: 1, reason: 'moved' })).json().error).toMatchObject({
      code: 'placement_transition_not_allowed',
      details: { from: 'proposed', to: 'ended_early' },
    });
    expect((await post(w.c, pl.id, { to: 'agreed', version: 1, agreement: agreement() })).json().error.code).toBe(
      'placement_transition_not_allowed',
    );

    const declined = await move(w.c, w, pl, { to: 'declined', reason: 'timing', declinedBy: 'participant' });
    expect(declined).toMatchObject({ status: 'declined', declineReason: 'timing', declinedBy: 'participant', allowedActions: [] });
    expect((await post(w.c, pl.id, { to: 'interview', version: declined.version })).json().error).toMatchObject({
      code: 'placement_transition_not_allowed',
      details: { from: 'declined', to: 'interview' },
    });
    expect((await post(w.c, pl.id, { to: 'declined', version: declined.version, reason: 'other' })).statusCode).toBe(409);
    // `stale` is the scheduled job's reason; a request cannot send it.
    expect((await post(w.c, pl.id, { to: 'declined', version: declined.version, reason: 'stale' })).statusCode).toBe(400);
    // A new proposal for the same pair is allowed once the old one is closed.
    expect((await w.c.post(urls.placements(w.p), { participantId: p.id, openingId: w.opening.id })).statusCode).toBe(201);
  });

  it('gives each step to the party that owns it (403 placement_transition_forbidden)', async () => {
    const p = await person(w, { birthDate: yearsAgo(16), compulsorySchool: false });
    const self = await portalAccount(t, w.p, { participantId: p.id });
    let pl = await propose(w, p.id);
    // The employer waits for the young person's yes.
    expect((await post(w.contact.client, pl.id, { to: 'interview', version: 1 })).json().error).toMatchObject({
      code: 'placement_awaiting_participant',
    });
    // The participant cannot invite themselves to interview.
    expect((await post(self.client, pl.id, { to: 'interview', version: 1 })).json().error).toMatchObject({
      code: 'placement_transition_forbidden',
      details: { from: 'proposed', to: 'interview', party: 'participant' },
    });
    pl = await ok(self.client.post(urls.answer(w.p, pl.id), { answer: 'yes', version: 1 }));
    expect((await self.client.post(urls.answer(w.p, pl.id), { answer: 'yes', version: pl.version })).json().error.code).toBe(
      'placement_transition_not_allowed',
    );
    pl = await move(w.contact.client, w, pl, { to: 'interview' });

    const offerByParticipant = await post(self.client, pl.id, { to: 'offered', version: pl.version });
    expect(offerByParticipant.statusCode).toBe(403);
    expect(offerByParticipant.json().error).toMatchObject({
      code: 'placement_transition_forbidden',
      details: { from: 'interview', to: 'offered', party: 'participant' },
    });
    pl = await move(w.contact.client, w, pl, { to: 'offered' });

    const agreeByEmployer = await post(w.contact.client, pl.id, { to: 'agreed', version: pl.version, agreement: agreement() });
    expect(agreeByEmployer.statusCode).toBe(403);
    expect(agreeByEmployer.json().error).toMatchObject({
      code: 'placement_transition_forbidden',
      details: { from: 'offered', to: 'agreed', party: 'employer' },
    });
    pl = await move(w.c, w, pl, { to: 'agreed', agreement: agreement() });
    expect((await post(w.contact.client, pl.id, { to: 'active', version: pl.version })).json().error.code).toBe(
      'placement_transition_forbidden',
    );
    expect((await post(self.client, pl.id, { to: 'active', version: pl.version })).json().error.code).toBe(
      'placement_transition_forbidden',
    );

    // The person may still say no before the start, and the employer too.
    const declined = await move(self.client, w, pl, { to: 'declined', reason: 'got_other_offer', note: 'Fik et andet job' });
    expect(declined).toMatchObject({ status: 'declined', declinedBy: 'participant', declineReason: 'got_other_offer' });
  });

  it('hides the placement from another company’s contact, other programmes and roles without a part in it (404)', async () => {
    const p = await person(w, { birthDate: yearsAgo(16), compulsorySchool: false });
    const pl = await propose(w, p.id);
    const other = await companyWithWorkplace(w.c, w.p, 'Anden Butik ApS');
    const stranger = await employerContact(t, w.p, other.company.organisationId, 'Ole Anden');
    const caseworker = await t.member(w.p, 'caseworker');
    const mentorOfNoOne = await t.member(w.p, 'mentor');
    for (const c of [stranger.client, caseworker.client, mentorOfNoOne.client]) {
      expect((await get(c, pl.id)).json().error.code).toBe('not_found');
      expect((await post(c, pl.id, { to: 'declined', version: 1, reason: 'other' })).statusCode).toBe(404);
    }
    const elsewhere = await world(t, 'Jobplaneten Viborg');
    expect((await elsewhere.c.get(urls.placement(w.p, pl.id))).statusCode).toBe(404);
    expect((await stranger.client.get('/api/me/placements')).json().placements).toEqual([]);
    // Nor may an employer contact propose or list the programme's placements.
    expect((await w.contact.client.post(urls.placements(w.p), { participantId: p.id, openingId: w.opening.id })).statusCode).toBe(403);
    expect((await w.contact.client.get(urls.placements(w.p))).statusCode).toBe(403);
  });

  it('lets a guardian answer for an under-15, not the child', async () => {
    const p = await person(w, { firstName: 'Ali', birthDate: yearsAgo(14, 30) });
    const child = await portalAccount(t, w.p, { participantId: p.id });
    const guardian = await addGuardian(w, p.id);
    const parent = await portalAccount(t, w.p, { guardianId: guardian.id }, 'Mona Hansen');
    const pl = await propose(w, p.id);
    expect((await child.client.post(urls.answer(w.p, pl.id), { answer: 'yes', version: 1 })).json().error).toMatchObject({
      code: 'placement_transition_forbidden',
      details: { party: 'participant' },
    });
    const answered = await ok(parent.client.post(urls.answer(w.p, pl.id), { answer: 'no', version: 1, reason: 'not_interested' }));
    expect(answered).toMatchObject({ status: 'declined', declinedBy: 'guardian', declineReason: 'not_interested', actingAs: 'guardian' });
    expect((await ok(parent.client.get('/api/me/placements'))).placements.map((x: any) => x.id)).toContain(pl.id);
  });

  it('proposes only open openings, within their ages, once per pair', async () => {
    const p = await person(w, { birthDate: yearsAgo(16), compulsorySchool: false });
    const draft = await ok(w.c.post(`/api/programmes/${w.p}/openings`, { ...openingBody(w.place.workplace.id), status: 'draft' }), 201);
    expect((await w.c.post(urls.placements(w.p), { participantId: p.id, openingId: draft.id })).json().error).toMatchObject({
      code: 'opening_not_open',
      details: { status: 'draft' },
    });
    const adultsOnly = await openOpening(w.c, w.p, w.place.workplace.id, { minAge: 18, maxAge: null, kind: 'ordinary_job', flags: {} });
    expect(
      (await w.c.post(urls.placements(w.p), { participantId: p.id, openingId: adultsOnly.id })).json().error.details.issues[0],
    ).toMatchObject({ path: ['participantId'], code: 'age_outside_opening' });
    const first = await propose(w, p.id);
    expect((await w.c.post(urls.placements(w.p), { participantId: p.id, openingId: w.opening.id })).json().error).toMatchObject({
      code: 'placement_exists',
      details: { placementId: first.id },
    });
  });
});

describe('optimistic locking', () => {
  it('lets exactly one of two concurrent transitions win; the other gets version_conflict and nothing is lost', async () => {
    const colleague = await t.member(w.p, 'coordinator', { name: 'Kirsten Koordinator' });
    const p = await person(w, { birthDate: yearsAgo(16), compulsorySchool: false });
    const pl = await propose(w, p.id);
    const [a, b] = await Promise.all([
      post(w.c, pl.id, { to: 'interview', version: 1 }),
      post(colleague.client, pl.id, { to: 'declined', version: 1, reason: 'not_suitable' }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const loser = a.statusCode === 409 ? a : b;
    const winner = a.statusCode === 200 ? a : b;
    expect(loser.json().error).toMatchObject({ code: 'version_conflict', details: { currentVersion: 2 } });
    const now = await ok(get(w.c, pl.id));
    expect(now.status).toBe(winner.json().status);
    expect(now.version).toBe(2);
    expect(now.events.map((e: any) => e.action)).toEqual(['propose', winner.json().status === 'interview' ? 'invite' : 'decline']);
  });

  it('refuses a stale version with the current one', async () => {
    const p = await person(w, { birthDate: yearsAgo(16), compulsorySchool: false });
    const pl = await propose(w, p.id);
    await move(w.c, w, pl, { to: 'interview' });
    const res = await post(w.c, pl.id, { to: 'offered', version: 1 });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'version_conflict', details: { currentVersion: 2 } });
  });
});
