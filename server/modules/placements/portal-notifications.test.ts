import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/support/app.ts';
import { mailsTo } from '../companies/fixtures.ts';
import {
  addGuardian,
  agreedPlacement,
  agreement,
  move,
  ok,
  person,
  portalAccount,
  propose,
  today,
  urls,
  world,
  type World,
} from './fixtures.ts';

/**
 * The youth and their guardians hear, in words written for them, when a step of their own job needs
 * them: by e-mail to the address on record, and in the app when they have a portal account.
 */

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await createTestApp();
  w = await world(t);
});
afterAll(() => t.close());

const PORTAL = 'http://localhost:3000/mig';

async function subjects(address: string) {
  return (await mailsTo(t, address)).map((m) => m.subject);
}

async function inbox(client: TestClient) {
  return (await ok(client.get('/api/notifications'))).notifications as Array<{ kind: string; title: string; subjectId: string }>;
}

async function guardianWithMail(participantId: string, name: string, email: string) {
  return ok(w.c.post(`/api/programmes/${w.p}/participants/${participantId}/guardians`, { name, relation: 'father', email }), 201);
}

describe('a proposal, an interview and an agreement', () => {
  it('reach the youth and each of their guardians, and no other child’s guardian', async () => {
    const p = await person(w, { firstName: 'Amira', lastName: 'Hansen' });
    const self = await portalAccount(t, w.p, { participantId: p.id }, 'Amira Hansen');
    const mother = await portalAccount(t, w.p, { guardianId: (await addGuardian(w, p.id)).id }, 'Mona Hansen');
    await guardianWithMail(p.id, 'Peter Hansen', 'peter.hansen@example.test');
    const other = await person(w, { firstName: 'Bo', lastName: 'Berg' });
    const otherParent = await portalAccount(t, w.p, { guardianId: (await addGuardian(w, other.id)).id }, 'Bente Berg');

    let pl = await propose(w, p.id);
    const [toYouth] = (await mailsTo(t, self.email)).filter((m) => m.subject === 'Du har fået et forslag til et job: Butiksassistent');
    expect(toYouth?.text).toContain('Hej Amira Hansen');
    expect(toYouth?.text).toContain(
      'Vi har fundet et job, som vi tror passer til dig. Jobbet er Butiksassistent hos Bageriet Ellemarken ApS.',
    );
    expect(toYouth?.text).toContain(PORTAL);
    expect(toYouth?.text).not.toMatch(/§/);
    const [toMother] = (await mailsTo(t, mother.email)).filter(
      (m) => m.subject === 'Amira har fået et forslag til et job: Butiksassistent',
    );
    expect(toMother?.text).toContain('Hej Mona Hansen');
    expect(toMother?.text).toContain('passer til Amira');
    // A guardian without a portal account is e-mailed at the address on record.
    expect(await subjects('peter.hansen@example.test')).toEqual(['Amira har fået et forslag til et job: Butiksassistent']);
    expect((await inbox(self.client)).map((n) => [n.kind, n.subjectId])).toContainEqual(['youthProposal', pl.id]);
    expect((await inbox(mother.client)).map((n) => [n.kind, n.title])).toContainEqual([
      'guardianProposal',
      'Amira har fået et forslag til et job: Butiksassistent',
    ]);

    pl = await ok(mother.client.post(urls.answer(w.p, pl.id), { answer: 'yes', version: pl.version }));
    pl = await move(w.c, w, pl, { to: 'interview' });
    expect(await subjects(self.email)).toContain('Du skal til samtale: Butiksassistent');
    expect(await subjects('peter.hansen@example.test')).toContain('Amira skal til samtale: Butiksassistent');
    pl = await move(w.c, w, pl, { to: 'offered' });
    await move(w.c, w, pl, { to: 'agreed', agreement: agreement() });
    expect(await subjects(self.email)).toContain('Aftalen om dit job er klar: Butiksassistent');
    const [sign] = (await mailsTo(t, mother.email)).filter((m) => m.subject === 'Aftalen om Amiras job er klar til at blive skrevet under');
    expect(sign?.text).toContain(`Læs aftalen, og skriv under her:\n${PORTAL}`);
    expect((await inbox(mother.client)).map((n) => n.kind)).toEqual(
      expect.arrayContaining(['guardianProposal', 'guardianInterview', 'guardianAgreement']),
    );

    expect(await subjects(otherParent.email)).toEqual([]);
    expect(await inbox(otherParent.client)).toEqual([]);
  });
});

describe('a job that starts and ends', () => {
  it('is told to a youth without an account at the address on record, and to the guardian', async () => {
    const { person: p, placement } = await agreedPlacement(w, {
      person: { firstName: 'Sara', email: 'sara@example.test' },
      agreement: { startsOn: today() },
    });
    await guardianWithMail(p.id, 'Karl Jensen', 'karl.jensen@example.test');
    const active = await move(w.c, w, placement, { to: 'active' });
    expect(await subjects('sara@example.test')).toContain('Dit job er startet: Butiksassistent');
    expect(await subjects('karl.jensen@example.test')).toEqual(['Saras job er startet: Butiksassistent']);
    await move(w.c, w, active, { to: 'ended_early', reason: 'started_education' });
    const [ended] = (await mailsTo(t, 'sara@example.test')).filter((m) => m.subject === 'Dit job er slut: Butiksassistent');
    expect(ended?.text).toContain('Din koordinator taler med dig om, hvad du skal nu.');
    expect(await subjects('karl.jensen@example.test')).toContain('Saras job er slut: Butiksassistent');
  });
});

describe('e-mail preferences', () => {
  it('keep a guardian who turned e-mails off in the app only', async () => {
    const p = await person(w, { firstName: 'Ida' });
    const parent = await portalAccount(t, w.p, { guardianId: (await addGuardian(w, p.id)).id }, 'Lone Lund');
    await ok(parent.client.request('PUT', '/api/me/notification-preferences', { emailNonSafety: false }));
    const pl = await propose(w, p.id);
    expect(await subjects(parent.email)).toEqual([]);
    expect((await inbox(parent.client)).map((n) => [n.kind, n.subjectId])).toEqual([['guardianProposal', pl.id]]);
  });
});
