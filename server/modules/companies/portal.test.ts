import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, PASSWORD, type TestApp } from '../../../test/support/app.ts';
import {
  api,
  companyWithWorkplace,
  createCompany,
  createWorkplace,
  del,
  employerContact,
  ok,
  openingBody,
  programmeWithCoordinator,
} from './fixtures.ts';

/**
 * The employer portal: a contact sees their own company's workplaces, openings, mentors and
 * commitments, and never another company's, in the same programme or any other; mentors see only
 * their own mentor records.
 */

let t: TestApp;
let p1: Awaited<ReturnType<typeof programmeWithCoordinator>>;
let p2: Awaited<ReturnType<typeof programmeWithCoordinator>>;
let a: Awaited<ReturnType<typeof companyWithWorkplace>>;
let b: Awaited<ReturnType<typeof companyWithWorkplace>>;
/** Company A again, registered in the second programme (same organisation, same CVR). */
let a2: { company: { id: string; organisationId: string }; workplace: { id: string } };
let c2: Awaited<ReturnType<typeof companyWithWorkplace>>;
let eva: Awaited<ReturnType<typeof employerContact>>;
let bo: Awaited<ReturnType<typeof employerContact>>;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  p1 = await programmeWithCoordinator(t, 'Jobplaneten Køge');
  p2 = await programmeWithCoordinator(t, 'Jobløft Roskilde');
  a = await companyWithWorkplace(p1.c, p1.p.id, 'A Bageri ApS');
  b = await companyWithWorkplace(p1.c, p1.p.id, 'B Maler ApS');
  const a2company = await createCompany(p2.c, p2.p.id, { cvr: a.company.cvr, name: 'A Bageri ApS' });
  a2 = {
    company: a2company,
    workplace: await createWorkplace(p2.c, p2.p.id, a2company.organisationId, { name: 'Roskilde-butikken', postalCode: '4000' }),
  };
  c2 = await companyWithWorkplace(p2.c, p2.p.id, 'C Café ApS');

  // Eva is A's contact in Køge and C's in Roskilde; Bo is B's contact in Køge.
  eva = await employerContact(t, p1.p.id, a.company.organisationId, 'Eva');
  await t.db
    .insertInto('memberships')
    .values({ user_id: eva.id, programme_id: p2.p.id, role: 'employer_contact', organisation_id: c2.company.organisationId })
    .execute();
  bo = await employerContact(t, p1.p.id, b.company.organisationId, 'Bo');

  for (const [key, c, programmeId, workplaceId] of [
    ['a', p1.c, p1.p.id, a.workplace.id],
    ['b', p1.c, p1.p.id, b.workplace.id],
    ['a2', p2.c, p2.p.id, a2.workplace.id],
    ['c2', p2.c, p2.p.id, c2.workplace.id],
  ] as const) {
    ids[key] = (await ok(c.post(api.openings(programmeId), openingBody(workplaceId, { title: `Job hos ${key}`, status: 'open' })), 201)).id;
  }
  await ok(p1.c.post(`${api.company(p1.p.id, a.company.id)}/notes`, { text: 'Hemmelig note om partnerskabet' }), 201);
  await ok(
    p1.c.post(`${api.company(p1.p.id, a.company.id)}/commitments`, {
      description: '2 fritidsjob om året',
      openingKind: 'private_leisure',
      targetCount: 2,
      periodFrom: '2026-01-01',
      periodTo: '2026-12-31',
    }),
    201,
  );
  await ok(
    p1.c.post(api.mentors(p1.p.id), {
      organisationId: a.company.organisationId,
      name: 'Mette fra A',
      hoursPerWeek: 2,
      ratePerHour: 300,
      payer: 'project_funds',
    }),
    201,
  );
  await ok(
    p1.c.post(api.mentors(p1.p.id), {
      organisationId: b.company.organisationId,
      name: 'Mads fra B',
      hoursPerWeek: 3,
      ratePerHour: 300,
      payer: 'company',
    }),
    201,
  );
});
afterAll(() => t.close());

const portal = (companyId = '') => `/api/employer/companies${companyId ? `/${companyId}` : ''}`;
const titles = (company: { openings: { title: string }[] }) => company.openings.map((o) => o.title);

describe('what an employer contact sees', () => {
  it('lists the companies they are a contact for, across programmes, and nothing else', async () => {
    const { companies } = await ok(eva.client.get(portal()));
    expect(companies.map((c: { id: string; programmeName: string }) => [c.id, c.programmeName])).toEqual([
      [a.company.id, 'Jobplaneten Køge'],
      [c2.company.id, 'Jobløft Roskilde'],
    ]);
    expect((await ok(bo.client.get(portal()))).companies.map((c: { id: string }) => c.id)).toEqual([b.company.id]);
  });

  it('shows their company’s workplaces, openings, mentors and commitments, but no partnership notes or contacts', async () => {
    const company = await ok(eva.client.get(portal(a.company.id)));
    expect(company).toMatchObject({
      id: a.company.id,
      name: 'A Bageri ApS',
      programmeName: 'Jobplaneten Køge',
      cvr: a.company.cvr,
      placements: [],
    });
    expect(company.workplaces.map((w: { id: string }) => w.id)).toEqual([a.workplace.id]);
    expect(titles(company)).toEqual(['Job hos a']);
    expect(company.mentors.map((m: { name: string }) => m.name)).toEqual(['Mette fra A']);
    expect(company.commitments).toEqual([expect.objectContaining({ description: '2 fritidsjob om året', delivered: 0 })]);
    expect(company).not.toHaveProperty('notes');
    expect(company).not.toHaveProperty('contacts');
    expect(JSON.stringify(company)).not.toContain('Hemmelig');
  });

  it('cannot read another company in the same programme', async () => {
    const res = await eva.client.get(portal(b.company.id));
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
    expect((await bo.client.get(portal(a.company.id))).statusCode).toBe(404);
  });

  it('cannot read their own organisation in a programme where they are not its contact', async () => {
    // Eva is a member of Roskilde (for C), so row-level security lets Roskilde rows through: the
    // portal's own (programme, organisation) condition is what keeps A-in-Roskilde out.
    expect((await eva.client.get(portal(a2.company.id))).statusCode).toBe(404);
    const inRoskilde = await ok(eva.client.get(portal(c2.company.id)));
    expect(titles(inRoskilde)).toEqual(['Job hos c2']);
    expect(JSON.stringify(inRoskilde)).not.toContain(a2.workplace.id);
    expect((await bo.client.get(portal(c2.company.id))).statusCode).toBe(404);
  });

  it('cannot propose for another company, nor at another company’s workplace', async () => {
    const forB = await eva.client.post(`${portal(b.company.id)}/openings`, openingBody(b.workplace.id));
    expect(forB.statusCode).toBe(404);
    for (const workplaceId of [b.workplace.id, a2.workplace.id, c2.workplace.id]) {
      const res = await eva.client.post(`${portal(a.company.id)}/openings`, openingBody(workplaceId));
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details.issues).toEqual([expect.objectContaining({ path: ['workplaceId'], code: 'workplace_unknown' })]);
    }
    expect((await eva.client.post(`${portal(a2.company.id)}/openings`, openingBody(a2.workplace.id))).statusCode).toBe(404);
    const proposals = await t.db.selectFrom('openings').select('id').where('status', '=', 'proposed').execute();
    expect(proposals).toEqual([]);
  });

  it('has no way into the staff endpoints', async () => {
    for (const url of [
      api.companies(p1.p.id),
      api.company(p1.p.id, a.company.id),
      api.company(p1.p.id, b.company.id),
      api.workplaces(p1.p.id),
      api.mentors(p1.p.id),
      api.openings(p1.p.id),
      `${api.openings(p1.p.id)}/board`,
      api.opening(p1.p.id, ids.a!),
      api.opening(p1.p.id, ids.b!),
    ]) {
      expect((await eva.client.get(url)).statusCode, url).toBe(403);
    }
    expect((await eva.client.post(api.openings(p1.p.id), openingBody(a.workplace.id))).statusCode).toBe(403);
    expect((await eva.client.post(`${api.opening(p1.p.id, ids.a!)}/status`, { status: 'closed', version: 1 })).statusCode).toBe(403);
    const outsider = await programmeWithCoordinator(t);
    expect((await eva.client.get(api.companies(outsider.p.id))).statusCode).toBe(404);
  });

  it('is refused the portal without the contact role, and loses it when removed as contact', async () => {
    const caseworker = await t.member(p1.p.id, 'caseworker');
    expect((await caseworker.client.get(portal())).statusCode).toBe(403);
    expect((await p1.c.get(portal(a.company.id))).statusCode).toBe(403);
    expect((await t.client().get(portal())).statusCode).toBe(401);

    const temp = await employerContact(t, p1.p.id, b.company.organisationId, 'Tina Midlertidig');
    expect((await temp.client.get(portal(b.company.id))).statusCode).toBe(200);
    expect((await del(p1.c, `${api.company(p1.p.id, b.company.id)}/contacts/${temp.id}`)).statusCode).toBe(204);
    expect((await temp.client.get(portal(b.company.id))).statusCode).toBe(403);
    expect((await del(p1.c, `${api.company(p1.p.id, b.company.id)}/contacts/${temp.id}`)).statusCode).toBe(404);
  });

  it('becomes a contact by invitation, and then sees the company', async () => {
    const invitation = await ok(p1.c.post(`${api.company(p1.p.id, b.company.id)}/contacts`, { email: 'ny.kontakt@example.test' }), 201);
    await t.drainJobs();
    const mail = t.smtp.received.find((m) => m.to.includes('ny.kontakt@example.test'))!;
    const token = /\/invitation\/([\w-]+)/.exec(mail.text)![1];
    const client = t.client();
    expect((await client.post('/api/invitations/accept', { token, name: 'Nina Ny', password: PASSWORD })).statusCode).toBe(201);
    expect((await ok(client.get(portal()))).companies.map((c: { id: string }) => c.id)).toEqual([b.company.id]);
    const profile = await ok(p1.c.get(api.company(p1.p.id, b.company.id)));
    expect(profile.contacts.map((c: { name: string }) => c.name)).toEqual(['Bo', 'Nina Ny']);
    expect(profile.pendingContacts.map((i: { invitationId: string }) => i.invitationId)).not.toContain(invitation.id);
  });
});

describe('what a workplace mentor sees', () => {
  it('shows a mentor only their own mentor records, across programmes', async () => {
    const mette = await t.member(p1.p.id, 'mentor', { name: 'Mette' });
    await t.db
      .insertInto('memberships')
      .values({ user_id: mette.id, programme_id: p2.p.id, role: 'mentor', organisation_id: null })
      .execute();
    const mads = await t.member(p1.p.id, 'mentor', { name: 'Mads' });
    const mine = await ok(
      p1.c.post(api.mentors(p1.p.id), {
        organisationId: a.company.organisationId,
        userId: mette.id,
        name: 'Mette',
        hoursPerWeek: 2,
        ratePerHour: 300,
        payer: 'project_funds',
      }),
      201,
    );
    const mineThere = await ok(
      p2.c.post(api.mentors(p2.p.id), {
        organisationId: c2.company.organisationId,
        userId: mette.id,
        name: 'Mette',
        hoursPerWeek: 1,
        ratePerHour: 250,
        payer: 'company',
      }),
      201,
    );
    const his = await ok(
      p1.c.post(api.mentors(p1.p.id), {
        organisationId: b.company.organisationId,
        userId: mads.id,
        name: 'Mads',
        hoursPerWeek: 3,
        ratePerHour: 300,
        payer: 'company',
      }),
      201,
    );

    const { mentors } = await ok(mette.client.get('/api/employer/mentoring'));
    expect(
      mentors.map((m: { id: string; programmeName: string; organisationName: string }) => [m.id, m.programmeName, m.organisationName]),
    ).toEqual([
      [mineThere.id, 'Jobløft Roskilde', 'C Café ApS'],
      [mine.id, 'Jobplaneten Køge', 'A Bageri ApS'],
    ]);
    expect((await ok(mads.client.get('/api/employer/mentoring'))).mentors.map((m: { id: string }) => m.id)).toEqual([his.id]);

    // Mentors have no company pages, and contacts without the mentor role no mentoring page.
    expect((await mette.client.get(portal(a.company.id))).statusCode).toBe(403);
    expect((await mette.client.get(api.company(p1.p.id, a.company.id))).statusCode).toBe(403);
    expect((await mette.client.get(api.mentors(p1.p.id))).statusCode).toBe(403);
    expect((await eva.client.get('/api/employer/mentoring')).statusCode).toBe(403);
  });
});
