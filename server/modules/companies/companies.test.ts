import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { api, brokenCvr, createCompany, del, issues, ok, patch, programmeWithCoordinator, validCvr } from './fixtures.ts';

let t: TestApp;
let env: Awaited<ReturnType<typeof programmeWithCoordinator>>;
beforeAll(async () => {
  t = await createTestApp();
  env = await programmeWithCoordinator(t);
});
afterAll(() => t.close());

const companies = () => api.companies(env.p.id);

describe('CVR numbers', () => {
  it('registers a company with a valid CVR, normalising the shapes people type', async () => {
    const cvr = validCvr();
    const typed = `DK ${cvr.slice(0, 4)} ${cvr.slice(4)}`;
    const company = await ok(env.c.post(companies(), { cvr: typed, name: ' Malerfirma Hansen ', industry: 'Maler' }), 201);
    expect(company).toMatchObject({
      cvr,
      name: 'Malerfirma Hansen',
      industry: 'Maler',
      programmeId: env.p.id,
      supplierTo: null,
      openOpenings: 0,
    });
    const org = await t.db
      .selectFrom('organisations')
      .select(['kind', 'cvr', 'name'])
      .where('id', '=', company.organisationId)
      .executeTakeFirstOrThrow();
    expect(org).toEqual({ kind: 'company', cvr, name: 'Malerfirma Hansen' });
  });

  it('refuses a CVR that fails modulus 11 with cvr_checksum', async () => {
    const res = await env.c.post(companies(), { cvr: brokenCvr(validCvr()), name: 'Forkert ApS', industry: 'Handel' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
    expect(issues(res)).toEqual({ cvr: 'cvr_checksum' });
  });

  it.each([['1234567'], ['01234567'], ['1234-5678'], ['ABCDEFGH'], ['123456789']])(
    'refuses the malformed CVR %s with cvr_format',
    async (cvr) => {
      const res = await env.c.post(companies(), { cvr, name: 'Forkert ApS', industry: 'Handel' });
      expect(res.statusCode).toBe(400);
      expect(issues(res)).toEqual({ cvr: 'cvr_format' });
    },
  );

  it('keeps one company per CVR in a programme, and shares the organisation across programmes', async () => {
    const cvr = validCvr();
    const first = await createCompany(env.c, env.p.id, { cvr, name: 'Tømrer Jensen' });
    const again = await env.c.post(companies(), { cvr, name: 'Tømrer Jensen igen', industry: 'Tømrer' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'conflict', details: { field: 'cvr' } });

    const other = await programmeWithCoordinator(t, 'Jobløft Roskilde');
    const there = await createCompany(other.c, other.p.id, { cvr, name: 'Tømrer Jensen' });
    expect(there.organisationId).toBe(first.organisationId);
    expect(there.id).not.toBe(first.id);
  });

  it('requires a name and an industry', async () => {
    const res = await env.c.post(companies(), { cvr: validCvr(), name: '  ', industry: '' });
    expect(issues(res)).toEqual({ name: 'text_required', industry: 'text_required' });
  });
});

describe('company list, profile and edits', () => {
  it('searches by name or CVR, supplier status and industry', async () => {
    const p = await programmeWithCoordinator(t);
    const association = await t.db
      .insertInto('organisations')
      .values({ name: `Boligselskabet ${validCvr()}`, kind: 'housing_association' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.db.insertInto('programme_partners').values({ programme_id: p.p.id, organisation_id: association.id }).execute();
    const bakery = await createCompany(p.c, p.p.id, { name: 'Bageriet', industry: 'Bageri', supplierToOrganisationId: association.id });
    const painter = await createCompany(p.c, p.p.id, { name: 'Malerne', industry: 'Maler' });
    expect(bakery.supplierTo).toEqual({ id: association.id, name: expect.stringMatching(/^Boligselskabet/) });

    const names = async (query: string) =>
      (await ok(p.c.get(`${api.companies(p.p.id)}${query}`))).companies.map((c: { name: string }) => c.name);
    expect(await names('')).toEqual(['Bageriet', 'Malerne']);
    expect(await names('?q=male')).toEqual(['Malerne']);
    expect(await names(`?q=${painter.cvr.slice(2, 6)}`)).toEqual(['Malerne']);
    expect(await names('?q=%25')).toEqual([]);
    expect(await names('?supplier=true')).toEqual(['Bageriet']);
    expect(await names('?supplier=false')).toEqual(['Malerne']);
    expect(await names(`?supplier=${association.id}`)).toEqual(['Bageriet']);
    expect(await names('?industry=BAGERI')).toEqual(['Bageriet']);
  });

  it('only lets a company supply a housing association that is a partner of the programme', async () => {
    const stranger = await t.db
      .insertInto('organisations')
      .values({ name: `Fremmed boligselskab ${validCvr()}`, kind: 'housing_association' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const res = await env.c.post(companies(), {
      cvr: validCvr(),
      name: 'Leverandøren',
      industry: 'Byg',
      supplierToOrganisationId: stranger.id,
    });
    expect(issues(res)).toEqual({ supplierToOrganisationId: 'not_a_partner_housing_association' });
  });

  it('edits name and industry but never the CVR', async () => {
    const company = await createCompany(env.c, env.p.id, { name: 'Gammelt navn' });
    const updated = await ok(patch(env.c, api.company(env.p.id, company.id), { name: 'Nyt navn', industry: 'Café', cvr: validCvr() }));
    expect(updated).toMatchObject({ name: 'Nyt navn', industry: 'Café', cvr: company.cvr });
  });

  it('shows the profile with empty sections, and audits the read', async () => {
    const company = await createCompany(env.c, env.p.id, { name: 'Profilen ApS' });
    const profile = await ok(env.c.get(api.company(env.p.id, company.id)));
    expect(profile).toMatchObject({
      id: company.id,
      name: 'Profilen ApS',
      workplaces: [],
      openings: [],
      placements: [],
      commitments: [],
      contacts: [],
      pendingContacts: [],
      mentors: [],
      notes: [],
    });
    const audit = await t.db
      .selectFrom('audit_events')
      .select(['action', 'subject_type'])
      .where('subject_id', '=', company.id)
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      { action: 'create', subject_type: 'company' },
      { action: 'read', subject_type: 'company' },
    ]);
  });

  it('deletes a company without openings with its workplaces; one with openings is in use', async () => {
    const company = await createCompany(env.c, env.p.id, { name: 'Kortvarig ApS' });
    await ok(
      env.c.post(api.workplaces(env.p.id), { organisationId: company.organisationId, name: 'Lager', address: 'Vej 2', postalCode: '4600' }),
      201,
    );
    expect((await del(env.c, api.company(env.p.id, company.id))).statusCode).toBe(204);
    expect((await env.c.get(api.company(env.p.id, company.id))).statusCode).toBe(404);

    const busy = await createCompany(env.c, env.p.id, { name: 'Travl ApS' });
    const w = await ok(
      env.c.post(api.workplaces(env.p.id), { organisationId: busy.organisationId, name: 'Butik', address: 'Vej 3', postalCode: '4600' }),
      201,
    );
    await ok(
      env.c.post(api.openings(env.p.id), {
        workplaceId: w.id,
        kind: 'ordinary_job',
        title: 'Ekspedient',
        minAge: 18,
        hoursPerWeek: 20,
        startsOn: '2026-09-01',
        adultStaffPresent: true,
      }),
      201,
    );
    const res = await del(env.c, api.company(env.p.id, busy.id));
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'in_use', details: { by: 'openings' } });
  });

  it('invites a contact person for the company, who then has the employer_contact role for its organisation', async () => {
    const company = await createCompany(env.c, env.p.id, { name: 'Kontakten ApS' });
    const invitation = await ok(env.c.post(`${api.company(env.p.id, company.id)}/contacts`, { email: 'Eva@Example.test' }), 201);
    expect(invitation).toMatchObject({ email: 'eva@example.test', role: 'employer_contact' });
    const profile = await ok(env.c.get(api.company(env.p.id, company.id)));
    expect(profile.pendingContacts).toEqual([expect.objectContaining({ email: 'eva@example.test' })]);
    const stored = await t.db
      .selectFrom('invitations')
      .select(['role', 'organisation_id'])
      .where('id', '=', invitation.id)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ role: 'employer_contact', organisation_id: company.organisationId });
    const mail = (await t.drainJobs(), t.smtp.received.find((m) => m.to.includes('eva@example.test')));
    expect(mail?.subject).toMatch(/^Invitation til/);
  });
});

describe('who may manage companies', () => {
  it('lets a caseworker read but not register; others in the programme are refused; other programmes see nothing', async () => {
    const company = await createCompany(env.c, env.p.id, { name: 'Synlig ApS' });
    const caseworker = await t.member(env.p.id, 'caseworker');
    expect((await caseworker.client.get(companies())).statusCode).toBe(200);
    expect((await caseworker.client.get(api.company(env.p.id, company.id))).statusCode).toBe(200);
    const refused = await caseworker.client.post(companies(), { cvr: validCvr(), name: 'Nej ApS', industry: 'Handel' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('forbidden');

    for (const role of ['mentor', 'evaluator', 'funder', 'participant'] as const) {
      const member = await t.member(env.p.id, role);
      expect((await member.client.get(companies())).statusCode, role).toBe(403);
      expect((await member.client.get(api.company(env.p.id, company.id))).statusCode, role).toBe(403);
    }

    const outsider = await programmeWithCoordinator(t);
    expect((await outsider.c.get(companies())).statusCode).toBe(404);
    expect((await outsider.c.get(api.company(outsider.p.id, company.id))).statusCode).toBe(404);
    expect((await patch(outsider.c, api.company(outsider.p.id, company.id), { name: 'Kapret' })).statusCode).toBe(404);
  });
});
