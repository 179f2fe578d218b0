import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import {
  api,
  companyWithWorkplace,
  employerContact,
  issues,
  mailsTo,
  ok,
  openingBody,
  patch,
  programmeWithCoordinator,
} from '../companies/fixtures.ts';

/** An employer proposes an opening in the portal; a coordinator approves or rejects it, and both hear by e-mail. */

let t: TestApp;
let env: Awaited<ReturnType<typeof programmeWithCoordinator>>;
let place: Awaited<ReturnType<typeof companyWithWorkplace>>;
let contact: Awaited<ReturnType<typeof employerContact>>;
let colleague: Awaited<ReturnType<typeof t.member>>;
beforeAll(async () => {
  t = await createTestApp();
  env = await programmeWithCoordinator(t, 'Jobplaneten Køge');
  colleague = await t.member(env.p.id, 'coordinator', { name: 'Kirsten Koordinator' });
  await t.db.updateTable('users').set({ locale: 'en' }).where('id', '=', colleague.id).execute();
  place = await companyWithWorkplace(env.c, env.p.id, 'Bageriet Ellemarken ApS');
  contact = await employerContact(t, env.p.id, place.company.organisationId, 'Eva Arbejdsgiver');
});
afterAll(() => t.close());

const propose = (body: Record<string, unknown>, companyId = place.company.id, who = contact) =>
  who.client.post(`/api/employer/companies/${companyId}/openings`, body);
const opening = (id: string) => api.opening(env.p.id, id);
const approve = (id: string, body: Record<string, unknown>) => env.c.post(`${opening(id)}/approve`, body);
const reject = (id: string, body: Record<string, unknown>) => env.c.post(`${opening(id)}/reject`, body);

describe('proposals', () => {
  it('stores a proposal and mails every coordinator in their own language, not staff of other programmes', async () => {
    const outsider = await programmeWithCoordinator(t);
    const caseworker = await t.member(env.p.id, 'caseworker');
    const proposal = await ok(
      propose(openingBody(place.workplace.id, { title: 'Kageassistent', startsOn: '2026-10-05', status: 'open' })),
      201,
    );
    expect(proposal).toMatchObject({
      status: 'proposed',
      proposedBy: contact.id,
      companyId: place.company.id,
      ladderStep: 3,
      refusals: [],
      version: 1,
    });

    const [mail] = await mailsTo(t, env.coordinator.email);
    expect(mail?.subject).toBe('Nyt stillingsforslag fra Bageriet Ellemarken ApS: Kageassistent');
    expect(mail?.text).toContain('Eva Arbejdsgiver fra Bageriet Ellemarken ApS har foreslået en ny stilling i Jobplaneten Køge');
    expect(mail?.text).toContain('fritidsjob i privat virksomhed, 2 plads(er), fra 5. oktober 2026');
    expect(mail?.text).toContain(`http://localhost:3000/programmes/${env.p.id}/openings/${proposal.id}`);
    const [english] = await mailsTo(t, colleague.email);
    expect(english?.subject).toBe('New opening proposed by Bageriet Ellemarken ApS: Kageassistent');
    expect(await mailsTo(t, caseworker.email)).toEqual([]);
    expect(await mailsTo(t, outsider.coordinator.email)).toEqual([]);

    const board = await ok(env.c.get(`${api.openings(env.p.id)}/board`));
    expect(board.columns[0]).toMatchObject({ status: 'proposed', count: 1, openings: [expect.objectContaining({ id: proposal.id })] });
  });

  it('stores an apprenticeship proposal as only for young people out of compulsory school', async () => {
    const apprenticeship = await ok(
      propose(openingBody(place.workplace.id, { kind: 'apprenticeship', title: 'Bagerlærling', minAge: 16 })),
      201,
    );
    expect(apprenticeship).toMatchObject({ status: 'proposed', onlyOutOfCompulsorySchool: true });
    const internship = await ok(
      propose(
        openingBody(place.workplace.id, { kind: 'internship', title: 'Praktik i bageriet', minAge: 16, onlyOutOfCompulsorySchool: true }),
      ),
      201,
    );
    expect(internship).toMatchObject({ status: 'proposed', onlyOutOfCompulsorySchool: true });
    expect(await ok(propose(openingBody(place.workplace.id, { title: 'Kagepakker' })), 201)).toMatchObject({
      onlyOutOfCompulsorySchool: false,
    });
  });

  it('lets the coordinator approve it as open, and mails the company’s contacts', async () => {
    const otherCompany = await companyWithWorkplace(env.c, env.p.id, 'Anden ApS');
    const otherContact = await employerContact(t, env.p.id, otherCompany.company.organisationId, 'Ole Anden');
    const proposal = await ok(propose(openingBody(place.workplace.id, { title: 'Brødudbringer' })), 201);

    // Proposals leave only through approval or rejection.
    expect((await env.c.post(`${opening(proposal.id)}/status`, { status: 'open', version: 1 })).json().error).toMatchObject({
      code: 'invalid_transition',
      details: { from: 'proposed', to: 'open' },
    });
    const approved = await ok(approve(proposal.id, { version: 1 }));
    expect(approved).toMatchObject({ status: 'open', version: 2, proposedBy: contact.id });

    const mails = (await mailsTo(t, contact.email)).filter((m) => m.subject.includes('Brødudbringer'));
    expect(mails.map((m) => m.subject)).toEqual(['Jeres stillingsforslag er godkendt: Brødudbringer']);
    expect(mails[0]!.text).toContain(
      'Kim Koordinator har godkendt jeres forslag til stillingen Brødudbringer i Jobplaneten Køge. Stillingen er nu slået op.',
    );
    expect(mails[0]!.text).toContain(`http://localhost:3000/virksomhed/${place.company.id}`);
    expect(await mailsTo(t, otherContact.email)).toEqual([]);

    const changes = await t.db
      .selectFrom('opening_status_changes')
      .select(['from_status', 'to_status', 'changed_by'])
      .where('opening_id', '=', proposal.id)
      .orderBy('id')
      .execute();
    expect(changes).toEqual([
      { from_status: null, to_status: 'proposed', changed_by: contact.id },
      { from_status: 'proposed', to_status: 'open', changed_by: env.coordinator.id },
    ]);
    const portal = await ok(contact.client.get(`/api/employer/companies/${place.company.id}`));
    expect(portal.openings.find((o: { id: string }) => o.id === proposal.id)).toMatchObject({ status: 'open' });
  });

  it('refuses to open an illegal proposal, says why, and lets the coordinator approve it as a draft to finish it', async () => {
    const proposal = await ok(
      propose(openingBody(place.workplace.id, { title: 'Ovnhjælper', minAge: 14, flags: { lightWorkOnly: true, liftingOver12kg: true } })),
      201,
    );
    expect(proposal.refusals.map((r: { code: string }) => r.code)).toEqual(['heavy-lifting-under-15']);
    await t.drainJobs();
    const before = t.smtp.received.length;

    const refused = await approve(proposal.id, { version: 1 });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error).toMatchObject({
      code: 'opening_not_legal',
      details: { refusals: [{ code: 'heavy-lifting-under-15', message: expect.stringMatching(/^Jobbet indebærer løft over 12 kg/) }] },
    });
    expect((await ok(env.c.get(opening(proposal.id)))).status).toBe('proposed');
    await t.drainJobs();
    expect(t.smtp.received.length).toBe(before);

    const draft = await ok(approve(proposal.id, { status: 'draft', version: 1 }));
    expect(draft.status).toBe('draft');
    const [mail] = (await mailsTo(t, contact.email)).filter((m) => m.subject.includes('Ovnhjælper'));
    expect(mail?.text).toContain('Koordinatoren gør stillingen færdig, før den bliver slået op.');

    const fixed = await ok(patch(env.c, opening(proposal.id), { flags: { liftingOver12kg: false }, version: draft.version }));
    expect(await ok(env.c.post(`${opening(proposal.id)}/status`, { status: 'open', version: fixed.version }))).toMatchObject({
      status: 'open',
      refusals: [],
    });
  });

  it('lets the coordinator reject it with a reason the employer sees', async () => {
    const proposal = await ok(propose(openingBody(place.workplace.id, { title: 'Natbager' })), 201);
    expect(issues(await reject(proposal.id, { reason: '   ', version: 1 }))).toEqual({ reason: 'text_required' });
    const rejected = await ok(reject(proposal.id, { reason: 'Vi har ikke unge, der kan møde kl. 4.', version: 1 }));
    expect(rejected).toMatchObject({ status: 'closed', rejectionReason: 'Vi har ikke unge, der kan møde kl. 4.' });

    const [mail] = (await mailsTo(t, contact.email)).filter((m) => m.subject.includes('Natbager'));
    expect(mail?.subject).toBe('Jeres stillingsforslag er ikke godkendt: Natbager');
    expect(mail?.text).toContain('Vi har ikke unge, der kan møde kl. 4.');
    const portal = await ok(contact.client.get(`/api/employer/companies/${place.company.id}`));
    expect(portal.openings.find((o: { id: string }) => o.id === proposal.id)).toMatchObject({
      status: 'closed',
      rejectionReason: 'Vi har ikke unge, der kan møde kl. 4.',
    });
    expect((await reject(proposal.id, { reason: 'Igen', version: 2 })).json().error.code).toBe('invalid_transition');
  });

  it('validates a proposal like any opening, and never lets the employer set its status', async () => {
    expect(issues(await propose(openingBody(place.workplace.id, { minAge: 16, maxAge: 15 })))).toEqual({ maxAge: 'max_age_below_min' });
    expect(issues(await propose({ workplaceId: place.workplace.id }))).toMatchObject({ kind: 'invalid_value', title: 'invalid_type' });
    const proposal = await ok(propose({ ...openingBody(place.workplace.id), status: 'open' }), 201);
    expect(proposal.status).toBe('proposed');
  });

  it('keeps approval and rejection for coordinators', async () => {
    const proposal = await ok(propose(openingBody(place.workplace.id, { title: 'Selvgodkendt' })), 201);
    const own = await contact.client.post(`${opening(proposal.id)}/approve`, { version: 1 });
    expect(own.statusCode).toBe(403);
    const caseworker = await t.member(env.p.id, 'caseworker');
    expect((await caseworker.client.post(`${opening(proposal.id)}/reject`, { reason: 'Nej', version: 1 })).statusCode).toBe(403);
    const outsider = await programmeWithCoordinator(t);
    expect((await outsider.c.post(`${api.opening(outsider.p.id, proposal.id)}/approve`, { version: 1 })).statusCode).toBe(404);
    expect((await ok(env.c.get(opening(proposal.id)))).status).toBe('proposed');
  });
});
