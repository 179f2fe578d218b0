import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import {
  api,
  companyWithWorkplace,
  createCompany,
  createWorkplace,
  del,
  issues,
  ok,
  openingBody,
  patch,
  programmeWithCoordinator,
} from '../companies/fixtures.ts';

let t: TestApp;
let env: Awaited<ReturnType<typeof programmeWithCoordinator>>;
beforeAll(async () => {
  t = await createTestApp();
  env = await programmeWithCoordinator(t);
});
afterAll(() => t.close());

const workplaces = () => api.workplaces(env.p.id);
const mentors = () => api.mentors(env.p.id);

describe('workplaces', () => {
  it('adds a workplace with a known postal code, its town and an optional P-number', async () => {
    const company = await createCompany(env.c, env.p.id, { name: 'Adresser ApS' });
    const w = await createWorkplace(env.c, env.p.id, company.organisationId, {
      name: 'Køkkenet',
      address: 'Algade 10',
      postalCode: '4600',
      pNumber: '1012345678',
    });
    expect(w).toMatchObject({
      organisationId: company.organisationId,
      organisationName: 'Adresser ApS',
      organisationKind: 'company',
      name: 'Køkkenet',
      postalCode: '4600',
      city: 'Køge',
      pNumber: '1012345678',
    });
    const other = await createWorkplace(env.c, env.p.id, company.organisationId, { name: 'Filialen', postalCode: '2100' });
    expect(other).toMatchObject({ city: 'København Ø', pNumber: null });

    const list = await ok(env.c.get(`${workplaces()}?organisationId=${company.organisationId}`));
    expect(list.workplaces.map((x: { name: string }) => x.name)).toEqual(['Filialen', 'Køkkenet']);
    const profile = await ok(env.c.get(api.company(env.p.id, company.id)));
    expect(profile.workplaces).toHaveLength(2);
  });

  it('refuses a malformed or unknown postal code and a malformed P-number', async () => {
    const company = await createCompany(env.c, env.p.id, { name: 'Postnumre ApS' });
    const body = { organisationId: company.organisationId, name: 'Lager', address: 'Vej 1' };
    expect(issues(await env.c.post(workplaces(), { ...body, postalCode: '46' }))).toEqual({ postalCode: 'postal_code_format' });
    expect(issues(await env.c.post(workplaces(), { ...body, postalCode: '0001' }))).toEqual({ postalCode: 'postal_code_unknown' });
    expect(issues(await env.c.post(workplaces(), { ...body, postalCode: '4600', pNumber: '12345' }))).toEqual({
      pNumber: 'p_number_format',
    });
    const w = await createWorkplace(env.c, env.p.id, company.organisationId, { name: 'Lager' });
    expect(issues(await patch(env.c, `${workplaces()}/${w.id}`, { postalCode: '0001' }))).toEqual({ postalCode: 'postal_code_unknown' });
    const moved = await ok(patch(env.c, `${workplaces()}/${w.id}`, { postalCode: '4000', address: 'Ny vej 2' }));
    expect(moved).toMatchObject({ postalCode: '4000', city: 'Roskilde', address: 'Ny vej 2', name: 'Lager' });
  });

  it('knows the place names of the postal-code table', async () => {
    expect(await ok(env.c.get('/api/postal-codes/4600'))).toMatchObject({ code: '4600', name: 'Køge' });
    expect((await env.c.get('/api/postal-codes/0001')).statusCode).toBe(404);
    expect((await t.client().get('/api/postal-codes/4600')).statusCode).toBe(401);
  });

  it('lets partner municipalities have workplaces (municipal institutions), but not unrelated organisations', async () => {
    const municipality = await t.db
      .insertInto('organisations')
      .values({ name: 'Køge Kommune', kind: 'municipality' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const notPartner = await t.db
      .insertInto('organisations')
      .values({ name: 'Roskilde Kommune', kind: 'municipality' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const fund = await t.db.insertInto('organisations').values({ name: 'Fonden', kind: 'fund' }).returning('id').executeTakeFirstOrThrow();
    await t.db
      .insertInto('programme_partners')
      .values([municipality, fund].map((o) => ({ programme_id: env.p.id, organisation_id: o.id })))
      .execute();

    const nursery = await createWorkplace(env.c, env.p.id, municipality.id, { name: 'Børnehuset Solsikken', address: 'Skolevej 4' });
    expect(nursery).toMatchObject({ organisationKind: 'municipality', organisationName: 'Køge Kommune' });
    const opening = await ok(
      env.c.post(
        api.openings(env.p.id),
        openingBody(nursery.id, { kind: 'municipal_leisure', minAge: 14, taskTags: ['childcare'], flags: { lightWorkOnly: true } }),
      ),
      201,
    );
    expect(opening).toMatchObject({ ladderStep: 2, companyId: null, organisationName: 'Køge Kommune' });

    for (const organisationId of [notPartner.id, fund.id]) {
      const res = await env.c.post(workplaces(), { organisationId, name: 'Nej', address: 'Vej', postalCode: '4600' });
      expect(issues(res)).toEqual({ organisationId: 'not_an_employer' });
    }
  });

  it('refuses two workplaces of the same name, and deleting one that openings or mentors use', async () => {
    const { company, workplace } = await companyWithWorkplace(env.c, env.p.id, 'Navnene ApS');
    const dup = await env.c.post(workplaces(), {
      organisationId: company.organisationId,
      name: workplace.name,
      address: 'Vej',
      postalCode: '4600',
    });
    expect(dup.json().error).toMatchObject({ code: 'conflict', details: { field: 'name' } });
    await ok(
      env.c.post(mentors(), {
        organisationId: company.organisationId,
        workplaceId: workplace.id,
        name: 'Mette',
        hoursPerWeek: 2,
        ratePerHour: 300,
        payer: 'project_funds',
      }),
      201,
    );
    const res = await del(env.c, `${workplaces()}/${workplace.id}`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('in_use');
    const spare = await createWorkplace(env.c, env.p.id, company.organisationId, { name: 'Reserve' });
    expect((await del(env.c, `${workplaces()}/${spare.id}`)).statusCode).toBe(204);
  });
});

describe('workplace mentors', () => {
  it('records bought-out hours, rate and payer, with the weekly cost', async () => {
    const { company, workplace } = await companyWithWorkplace(env.c, env.p.id, 'Mentorerne ApS');
    const m = await ok(
      env.c.post(mentors(), {
        organisationId: company.organisationId,
        workplaceId: workplace.id,
        name: 'Mette Mentor',
        email: 'Mette@Example.test',
        phone: '+45 20 30 40 50',
        hoursPerWeek: 2.5,
        ratePerHour: 310.5,
        payer: 'municipality',
      }),
      201,
    );
    expect(m).toMatchObject({
      name: 'Mette Mentor',
      email: 'mette@example.test',
      hoursPerWeek: 2.5,
      ratePerHour: 310.5,
      weeklyCost: 776.25,
      payer: 'municipality',
      workplaceId: workplace.id,
      userId: null,
    });

    const changed = await ok(patch(env.c, `${mentors()}/${m.id}`, { hoursPerWeek: 4, email: null }));
    expect(changed).toMatchObject({ hoursPerWeek: 4, weeklyCost: 1242, email: null, phone: '+45 20 30 40 50' });
    const listed = await ok(env.c.get(`${mentors()}?organisationId=${company.organisationId}`));
    expect(listed.mentors.map((x: { id: string }) => x.id)).toEqual([m.id]);
    expect((await ok(env.c.get(api.company(env.p.id, company.id)))).mentors).toEqual([changed]);
    const audited = await t.db
      .selectFrom('audit_events')
      .select('subject_type')
      .where('subject_type', '=', 'mentor_list')
      .where('programme_id', '=', env.p.id)
      .execute();
    expect(audited.length).toBeGreaterThan(0);

    expect((await del(env.c, `${mentors()}/${m.id}`)).statusCode).toBe(204);
    expect((await del(env.c, `${mentors()}/${m.id}`)).statusCode).toBe(404);
  });

  it('refuses bad hours, another organisation’s workplace and a linked user who is not a mentor here', async () => {
    const { company } = await companyWithWorkplace(env.c, env.p.id, 'Egne ApS');
    const { workplace: foreign } = await companyWithWorkplace(env.c, env.p.id, 'Fremmede ApS');
    const base = { organisationId: company.organisationId, name: 'Mads', hoursPerWeek: 2, ratePerHour: 250, payer: 'company' };
    expect(issues(await env.c.post(mentors(), { ...base, hoursPerWeek: 41 }))).toEqual({ hoursPerWeek: 'too_big' });
    expect(issues(await env.c.post(mentors(), { ...base, workplaceId: foreign.id }))).toEqual({ workplaceId: 'workplace_unknown' });
    const notMentor = await t.member(env.p.id, 'caseworker');
    expect(issues(await env.c.post(mentors(), { ...base, userId: notMentor.id }))).toEqual({ userId: 'mentor_user_unknown' });
    const mentorUser = await t.member(env.p.id, 'mentor');
    expect(await ok(env.c.post(mentors(), { ...base, userId: mentorUser.id }), 201)).toMatchObject({ userId: mentorUser.id });
  });
});
