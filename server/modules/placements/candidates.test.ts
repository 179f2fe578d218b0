import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { companyWithWorkplace } from '../companies/fixtures.ts';
import { activePlacement, mentor, move, ok, person, portalAccount, propose, today, urls, world, yearsAgo, type World } from './fixtures.ts';

/** What employer contacts and mentors see of a person: the minimum, plus what consents in force share. */

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await createTestApp();
  w = await world(t);
});
afterAll(() => t.close());

const consents = (participantId: string) => `/api/programmes/${w.p}/participants/${participantId}/consents`;
const mine = async (c: typeof w.c) => (await ok(c.get('/api/me/placements'))).placements;

describe('the employer’s candidate view', () => {
  it('shows first name, age and step only (not why the matcher chose them), then what a consent shares, gone at once when revoked', async () => {
    const p = await person(w, {
      firstName: 'Amira',
      lastName: 'Kristensen',
      birthDate: yearsAgo(16),
      compulsorySchool: false,
      phone: '+45 12 34 56 78',
      email: 'amira@example.test',
      interests: ['retail', 'kitchen'],
      school: 'Ellemarkskolen',
    });
    const pl = await propose(w, p.id, w.opening.id, [
      { code: 'interest', value: 'retail' },
      { code: 'distance_km', value: 2 },
      { code: 'note', value: 'Vil gerne arbejde i butik' },
    ]);

    let [candidate] = await mine(w.contact.client);
    expect(candidate).toMatchObject({
      id: pl.id,
      status: 'proposed',
      actingAs: 'employer',
      // Issue #16: the programme's reasoning about the person is not the employer's to read; the
      // coordinator's own words with the proposal are written for the employer.
      matchReasons: [{ code: 'note', value: 'Vil gerne arbejde i butik' }],
      candidate: { firstName: 'Amira', age: 16, kind: 'youth', step: 1, track: null, sharedCategories: [] },
    });
    expect(candidate).not.toHaveProperty('participant');
    const text = JSON.stringify([candidate, await ok(w.contact.client.get(urls.placement(w.p, pl.id)))]);
    expect((await ok(w.c.get(urls.placement(w.p, pl.id)))).matchReasons).toHaveLength(3);
    for (const secret of ['Kristensen', '12 34 56 78', 'amira@example.test', p.birthDate, p.id, 'Ellemarkskolen', 'distance_km'])
      expect(text).not.toContain(secret);

    // A consent for another employer shares nothing with this one.
    const other = await companyWithWorkplace(w.c, w.p, 'Konkurrenten ApS');
    await t.db.insertInto('programme_partners').values({ programme_id: w.p, organisation_id: other.company.organisationId }).execute();
    await ok(
      w.c.post(consents(p.id), {
        purpose: 'share_employer',
        organisationIds: [other.company.organisationId],
        dataCategories: ['contact'],
        givenOn: today(),
        givenBy: 'participant',
        method: 'paper',
      }),
      201,
    );
    expect((await mine(w.contact.client))[0].candidate.sharedCategories).toEqual([]);

    // A consent for every employer in the programme: contact and profile, never talks.
    const consent = await ok(
      w.c.post(consents(p.id), {
        purpose: 'share_employer',
        allPartners: true,
        dataCategories: ['contact', 'profile', 'talks'],
        givenOn: today(),
        givenBy: 'participant',
        method: 'paper',
      }),
      201,
    );
    [candidate] = await mine(w.contact.client);
    expect(candidate.candidate).toMatchObject({
      sharedCategories: ['contact', 'profile'],
      contact: { phone: '+45 12 34 56 78', email: 'amira@example.test' },
      profile: { interests: ['retail', 'kitchen'] },
    });
    expect(candidate.candidate).not.toHaveProperty('education');
    expect((await ok(w.contact.client.get(urls.placement(w.p, pl.id)))).candidate.contact.phone).toBe('+45 12 34 56 78');

    await ok(w.c.post(`${consents(p.id)}/${consent.id}/revoke`, { reason: 'Ønsker det ikke længere' }));
    [candidate] = await mine(w.contact.client);
    expect(candidate.candidate.sharedCategories).toEqual([]);
    expect(candidate.candidate).not.toHaveProperty('contact');
    expect(JSON.stringify(await ok(w.contact.client.get(urls.placement(w.p, pl.id))))).not.toContain('12 34 56 78');

    // Every time the person was shown to the employer is in the audit trail, with what was shared.
    const reads = await t.db
      .selectFrom('audit_events')
      .select(['actor_role', 'details'])
      .where('subject_person_id', '=', p.id)
      .where('action', '=', 'read')
      .where('actor_role', '=', 'employer_contact')
      .orderBy('id')
      .execute();
    expect(reads.length).toBeGreaterThanOrEqual(6);
    expect(reads.map((r) => (r.details as { categories: string[] }).categories)).toContainEqual(['contact', 'profile']);
  });
});

describe('whom the employer contacts to arrange the interview', () => {
  it('names the coordinator who proposed the person, and the person’s own details only as far as they exist and are shared', async () => {
    const p = await person(w, {
      firstName: 'Sana',
      lastName: 'Holm',
      birthDate: yearsAgo(15),
      compulsorySchool: false,
      phone: '+45 87 65 43 21',
    });
    const pl = await propose(w, p.id, w.opening.id, []);
    const coordinator = { name: 'Kim Koordinator', email: w.env.coordinator.email };
    let view = await ok(w.contact.client.get(urls.placement(w.p, pl.id)));
    expect(view.candidate).toMatchObject({ sharedCategories: [], coordinator });
    expect(view.candidate).not.toHaveProperty('contact');

    await ok(
      w.c.post(consents(p.id), {
        purpose: 'share_employer',
        allPartners: true,
        dataCategories: ['contact'],
        givenOn: today(),
        givenBy: 'participant',
        method: 'paper',
      }),
      201,
    );
    view = await ok(w.contact.client.get(urls.placement(w.p, pl.id)));
    // No e-mail on file: null, never a placeholder; the coordinator stays as the fallback.
    expect(view.candidate).toMatchObject({ contact: { phone: '+45 87 65 43 21', email: null }, coordinator });
  });
});

describe('the mentor’s view', () => {
  it('shows a mentor only the placements they are assigned to, and lets them move nothing', async () => {
    const assigned = await mentor(t, w, { withUser: true, name: 'Mads Mentor' });
    const unassigned = await mentor(t, w, { withUser: true, name: 'Mia Mentor' });
    const { placement } = await activePlacement(w, { person: { firstName: 'Omar' }, agreement: { mentorId: assigned.record.id } });
    const elsewhere = await activePlacement(w, { person: { firstName: 'Lina' } });

    const list = await mine(assigned.user!.client);
    expect(list.map((x: { id: string }) => x.id)).toEqual([placement.id]);
    expect(list[0]).toMatchObject({ actingAs: 'mentor', candidate: { firstName: 'Omar' }, agreement: { mentor: { name: 'Mads Mentor' } } });
    expect(list[0]).not.toHaveProperty('participant');
    expect((await ok(assigned.user!.client.get(urls.placement(w.p, placement.id)))).followUps).toEqual([]);
    expect((await assigned.user!.client.get(urls.placement(w.p, elsewhere.placement.id))).statusCode).toBe(404);
    const end = await assigned.user!.client.post(urls.transition(w.p, placement.id), {
      to: 'completed',
      version: placement.version,
      outcome: 'nothing_yet',
    });
    expect(end.json().error).toMatchObject({ code: 'placement_transition_forbidden', details: { party: 'mentor' } });

    expect(await mine(unassigned.user!.client)).toEqual([]);
    expect((await unassigned.user!.client.get(urls.placement(w.p, placement.id))).statusCode).toBe(404);
  });

  it('lists a participant’s own placements in the portal with their own name', async () => {
    const p = await person(w, { firstName: 'Jonas', birthDate: yearsAgo(17), compulsorySchool: false });
    const pl = await propose(w, p.id);
    await move(w.c, w, pl, { to: 'interview' });
    const account = await portalAccount(t, w.p, { participantId: p.id });
    const [own] = await mine(account.client);
    expect(own).toMatchObject({ id: pl.id, actingAs: 'participant', participant: { firstName: 'Jonas' }, allowedActions: ['decline'] });
  });
});
