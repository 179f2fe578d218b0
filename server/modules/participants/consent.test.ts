import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths, birthdayOn } from '../../../shared/domain/participants/dates.ts';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { today } from '../../lib/clock.ts';
import { adult, createParticipant, daysAgo, issues, programmeWithCoordinator, youth, yearsAgo, photoConsent } from './fixtures.ts';

let t: TestApp;
let env: Awaited<ReturnType<typeof programmeWithCoordinator>>;
let jobCentre: { id: string };
let otherCentre: { id: string };
beforeAll(async () => {
  t = await createTestApp();
  env = await programmeWithCoordinator(t);
  const centres = await Promise.all(
    ['Jobcenter Køge', 'Jobcenter Roskilde'].map((name) =>
      t.db.insertInto('organisations').values({ name, kind: 'job_centre' }).returning('id').executeTakeFirstOrThrow(),
    ),
  );
  [jobCentre, otherCentre] = centres as [{ id: string }, { id: string }];
  await t.db
    .insertInto('programme_partners')
    .values([jobCentre, otherCentre].map((o) => ({ programme_id: env.p.id, organisation_id: o.id })))
    .execute();
});
afterAll(() => t.close());

const base = (id: string) => `/api/programmes/${env.p.id}/participants/${id}`;

async function caseworkerOf(organisationId: string | null) {
  const cw = await t.member(env.p.id, 'caseworker');
  await t.db.updateTable('memberships').set({ organisation_id: organisationId }).where('user_id', '=', cw.id).execute();
  return cw;
}

describe('guardians', () => {
  it('links guardians to a youth with contact details, updates and unlinks them', async () => {
    const p = await createParticipant(env.c, env.p.id, youth(env.site.id));
    const res = await env.c.post(`${base(p.id)}/guardians`, { name: 'Fatima Hansen', relation: 'mother', email: 'fatima@example.test' });
    expect(res.statusCode).toBe(201);
    const g = res.json();
    expect(g).toMatchObject({
      name: 'Fatima Hansen',
      relation: 'mother',
      email: 'fatima@example.test',
      phone: null,
      hasPortalAccount: false,
      removedAt: null,
    });
    const upd = await env.c.request('PATCH', `${base(p.id)}/guardians/${g.id}`, { phone: '+45 11223344' });
    expect(upd.json()).toMatchObject({ phone: '+45 11223344', email: 'fatima@example.test' });
    expect(issues(await env.c.request('PATCH', `${base(p.id)}/guardians/${g.id}`, { phone: null, email: null }))).toEqual({
      phone: 'guardian_contact_required',
    });
    expect((await env.c.request('DELETE', `${base(p.id)}/guardians/${g.id}`)).statusCode).toBe(204);
    const profile = (await env.c.get(base(p.id))).json();
    expect(profile.guardians[0].removedAt).not.toBeNull();
    expect((await env.c.request('PATCH', `${base(p.id)}/guardians/${g.id}`, { name: 'x' })).statusCode).toBe(404);
  });

  it('explains bad guardian input', async () => {
    const p = await createParticipant(env.c, env.p.id, youth(env.site.id, { firstName: 'Værge' }));
    expect(issues(await env.c.post(`${base(p.id)}/guardians`, { name: 'Uden kontakt', relation: 'father' }))).toEqual({
      phone: 'guardian_contact_required',
    });
    expect(issues(await env.c.post(`${base(p.id)}/guardians`, { name: 'X', relation: 'uncle', phone: '+4512345678' }))).toEqual({
      relation: 'guardian_relation_unknown',
    });
    const a = await createParticipant(env.c, env.p.id, adult(env.site.id));
    expect(issues(await env.c.post(`${base(a.id)}/guardians`, { name: 'X', relation: 'father', phone: '+4512345678' }))).toEqual({
      '': 'guardian_youth_only',
    });
  });
});

describe('guardian job notices and clearance', () => {
  it('requires an informed and co-signing guardian before a pupil under 15 starts a job', async () => {
    const p = await createParticipant(env.c, env.p.id, youth(env.site.id, { firstName: 'Clearance' }));
    const g = (await env.c.post(`${base(p.id)}/guardians`, { name: 'Far', relation: 'father', phone: '+45 30303030' })).json();
    const clearance = async () => (await env.c.get(`${base(p.id)}/guardian-clearance?on=${today()}`)).json();
    expect(await clearance()).toEqual({
      required: true,
      informed: false,
      cosigned: false,
      ok: false,
      missing: ['guardian_informed', 'guardian_cosigned'],
      requiredBecause: ['under_15', 'compulsory_school'],
    });
    const notice = await env.c.post(`${base(p.id)}/guardian-notices`, {
      guardianId: g.id,
      jobDescription: 'Hjælper i kantinen',
      hours: 'Onsdag 14–16',
      risks: 'Varme gryder',
      precautions: 'Ingen brug af friture',
      informedOn: daysAgo(2),
    });
    expect(notice.statusCode).toBe(201);
    expect((await clearance()).missing).toEqual(['guardian_cosigned']);
    expect(issues(await env.c.post(`${base(p.id)}/guardian-notices/${notice.json().id}/cosign`, { cosignedOn: daysAgo(3) }))).toEqual({
      cosignedOn: 'cosigned_before_informed',
    });
    const cosigned = await env.c.post(`${base(p.id)}/guardian-notices/${notice.json().id}/cosign`, { cosignedOn: daysAgo(1) });
    expect(cosigned.json().cosignedOn).toBe(daysAgo(1));
    expect(await clearance()).toMatchObject({ required: true, informed: true, cosigned: true, ok: true, missing: [] });
  });

  it('does not require it for a 16-year-old who has left school', async () => {
    const p = await createParticipant(
      env.c,
      env.p.id,
      youth(env.site.id, { firstName: 'Seksten', birthDate: yearsAgo(16), compulsorySchool: false, compulsorySchoolEndsOn: null }),
    );
    expect((await env.c.get(`${base(p.id)}/guardian-clearance?on=${today()}`)).json()).toMatchObject({ required: false, ok: true });
  });

  it('explains bad notices', async () => {
    const p = await createParticipant(env.c, env.p.id, youth(env.site.id, { firstName: 'Notits' }));
    const body = {
      guardianId: '00000000-0000-4000-8000-000000000000',
      jobDescription: 'x',
      hours: 'x',
      risks: 'x',
      precautions: 'x',
      informedOn: '2999-01-01',
    };
    expect(issues(await env.c.post(`${base(p.id)}/guardian-notices`, body))).toEqual({
      guardianId: 'guardian_unknown',
      informedOn: 'date_in_future',
    });
    expect(issues(await env.c.post(`${base(p.id)}/guardian-notices`, { ...body, informedOn: today(), cosignedOn: daysAgo(1) }))).toEqual({
      cosignedOn: 'cosigned_before_informed',
    });
    expect(issues(await env.c.post(`${base(p.id)}/guardian-notices`, { ...body, risks: '' }))).toMatchObject({ risks: 'required' });
  });
});

describe('consents', () => {
  it('records purpose, scope, giver and method, and computes the renewal date', async () => {
    const birthDate = yearsAgo(14, 30);
    const p = await createParticipant(env.c, env.p.id, youth(env.site.id, { firstName: 'Samtykke', birthDate }));
    const g = (await env.c.post(`${base(p.id)}/guardians`, { name: 'Mor', relation: 'mother', phone: '+45 40404040' })).json();
    const res = await env.c.post(`${base(p.id)}/consents`, {
      purpose: 'share_job_centre',
      organisationIds: [jobCentre.id],
      dataCategories: ['contact', 'ladder'],
      givenOn: today(),
      givenBy: 'guardian',
      guardianId: g.id,
      method: 'paper',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      purpose: 'share_job_centre',
      organisationIds: [jobCentre.id],
      dataCategories: ['contact', 'ladder'],
      givenBy: 'guardian',
      guardianId: g.id,
      method: 'paper',
      inForce: true,
      revokedAt: null,
      renewalDueOn: birthdayOn(birthDate, 15),
      renewalReason: 'turns_15',
    });
    const stepped = (await env.c.post(`${base(p.id)}/ladder`, { step: 2, onDate: today(), reason: 'Videre' })).json();
    expect(stepped.consents[0]).toMatchObject({ renewalDueOn: birthdayOn(birthDate, 15) });
  });

  it('explains bad consents', async () => {
    const p = await createParticipant(env.c, env.p.id, youth(env.site.id, { firstName: 'Dårligt' }));
    const ok = photoConsent();
    expect(issues(await env.c.post(`${base(p.id)}/consents`, { ...ok, givenBy: 'guardian' }))).toEqual({ guardianId: 'guardian_required' });
    expect(
      issues(
        await env.c.post(`${base(p.id)}/consents`, { ...ok, givenBy: 'guardian', guardianId: '00000000-0000-4000-8000-000000000000' }),
      ),
    ).toEqual({ guardianId: 'guardian_unknown' });
    expect(issues(await env.c.post(`${base(p.id)}/consents`, { ...ok, purpose: 'marketing' }))).toEqual({
      purpose: 'consent_purpose_unknown',
    });
    expect(issues(await env.c.post(`${base(p.id)}/consents`, { ...ok, dataCategories: [] }))).toEqual({
      dataCategories: 'data_categories_required',
    });
    expect(issues(await env.c.post(`${base(p.id)}/consents`, { ...ok, givenOn: addMonths(today(), 1) }))).toEqual({
      givenOn: 'date_in_future',
    });
    const stranger = await t.db
      .insertInto('organisations')
      .values({ name: 'Fremmed ApS', kind: 'company' })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect(
      issues(await env.c.post(`${base(p.id)}/consents`, { ...ok, allPartners: false, organisationIds: [jobCentre.id, stranger.id] })),
    ).toEqual({
      'organisationIds.1': 'organisation_not_partner',
    });
  });

  it('shares with every partner only when asked to, never because nobody was chosen (issue #16)', async () => {
    const p = await createParticipant(env.c, env.p.id, youth(env.site.id, { firstName: 'Alle' }));
    const body = { purpose: 'share_job_centre', dataCategories: ['contact'], givenOn: today(), givenBy: 'participant', method: 'paper' };
    const none = await env.c.post(`${base(p.id)}/consents`, body);
    expect(none.statusCode).toBe(400);
    expect(issues(none)).toEqual({ organisationIds: 'consent_partners_required' });
    expect(issues(await env.c.post(`${base(p.id)}/consents`, { ...body, organisationIds: [] }))).toEqual({
      organisationIds: 'consent_partners_required',
    });
    expect(issues(await env.c.post(`${base(p.id)}/consents`, { ...body, allPartners: true, organisationIds: [jobCentre.id] }))).toEqual({
      organisationIds: 'consent_partners_all_or_some',
    });
    const all = await env.c.post(`${base(p.id)}/consents`, { ...body, allPartners: true });
    expect(all.statusCode).toBe(201);
    expect(all.json()).toMatchObject({ organisationIds: [], inForce: true });
    const some = await env.c.post(`${base(p.id)}/consents`, { ...body, organisationIds: [jobCentre.id] });
    expect(some.json()).toMatchObject({ organisationIds: [jobCentre.id] });
  });
});

describe('consent-gated sharing with the job centre', () => {
  it('lets a caseworker read only while a share_job_centre consent covers them, with only job-centre talks', async () => {
    const p = await createParticipant(
      env.c,
      env.p.id,
      adult(env.site.id, { firstName: 'Delt', priority: true, cpr: '010190-1234', cprReason: 'Henvisning', birthDate: '1990-01-01' }),
    );
    await env.c.post(`${base(p.id)}/talks`, { heldOn: today(), kind: 'follow_up', summary: 'Kun for koordinatorer' });
    await env.c.post(`${base(p.id)}/talks`, { heldOn: today(), kind: 'follow_up', summary: 'Til jobcentret', visibility: 'job_centre' });
    const cw = await caseworkerOf(jobCentre.id);
    const outsider = await caseworkerOf(otherCentre.id);

    expect((await cw.client.get(base(p.id))).statusCode).toBe(404);
    const listed = async () =>
      (await cw.client.get(`/api/programmes/${env.p.id}/participants`)).json().participants.map((x: { id: string }) => x.id);
    expect(await listed()).not.toContain(p.id);

    const consent = (
      await env.c.post(`${base(p.id)}/consents`, {
        purpose: 'share_job_centre',
        organisationIds: [jobCentre.id],
        dataCategories: ['contact', 'talks'],
        givenOn: today(),
        givenBy: 'participant',
        method: 'paper',
      })
    ).json();
    const seen = await cw.client.get(base(p.id));
    expect(seen.statusCode).toBe(200);
    const shared = seen.json();
    expect(shared.talks.map((x: { summary: string }) => x.summary)).toEqual(['Til jobcentret']);
    expect(shared).toMatchObject({ email: 'jonas@example.test', visibleCategories: ['contact', 'talks'], ladder: [] });
    for (const hidden of ['priority', 'cpr', 'benefitType', 'goals', 'interests']) expect(shared).not.toHaveProperty(hidden);
    expect(JSON.stringify(shared)).not.toContain('Kun for koordinatorer');
    expect(await listed()).toContain(p.id);
    expect((await outsider.client.get(base(p.id))).statusCode).toBe(404);
    expect((await cw.client.request('PATCH', base(p.id), { version: 1, goals: 'x' })).statusCode).toBe(404);
    expect((await cw.client.post(`${base(p.id)}/cpr/reveal`)).statusCode).toBe(404);

    const revoked = await env.c.post(`${base(p.id)}/consents/${consent.id}/revoke`, { reason: 'Ønsket af deltageren' });
    expect(revoked.json()).toMatchObject({ inForce: false, revokedAt: expect.any(String) });
    expect((await cw.client.get(base(p.id))).statusCode).toBe(404);
    expect(await listed()).not.toContain(p.id);
  });

  it('ends a guardian’s consent when the participant turns 18', async () => {
    const p = await createParticipant(
      env.c,
      env.p.id,
      youth(env.site.id, { firstName: 'Voksen', birthDate: yearsAgo(18, 2), compulsorySchool: false, compulsorySchoolEndsOn: null }),
    );
    const g = (await env.c.post(`${base(p.id)}/guardians`, { name: 'Mor', relation: 'mother', phone: '+45 50505050' })).json();
    const c = (
      await env.c.post(`${base(p.id)}/consents`, {
        purpose: 'share_job_centre',
        allPartners: true,
        dataCategories: ['contact'],
        givenOn: yearsAgo(1),
        givenBy: 'guardian',
        guardianId: g.id,
        method: 'paper',
      })
    ).json();
    expect(c).toMatchObject({ inForce: false, renewalReason: 'turns_18' });
    expect((await (await caseworkerOf(null)).client.get(base(p.id))).statusCode).toBe(404);
  });
});

describe('roles without person-level access', () => {
  it('answers 404 to employer contacts, mentors, evaluators and funders, and 403 on the list', async () => {
    const p = await createParticipant(env.c, env.p.id, youth(env.site.id, { firstName: 'Skjult' }));
    await env.c.post(`${base(p.id)}/consents`, {
      purpose: 'share_employer',
      allPartners: true,
      dataCategories: ['contact'],
      givenOn: today(),
      givenBy: 'participant',
      method: 'paper',
    });
    for (const role of ['employer_contact', 'mentor', 'evaluator', 'funder'] as const) {
      const m = await t.member(env.p.id, role);
      expect((await m.client.get(base(p.id))).statusCode, role).toBe(404);
      expect((await m.client.get(`${base(p.id)}/export`)).statusCode, role).toBe(404);
      expect((await m.client.get(`/api/programmes/${env.p.id}/participants`)).statusCode, role).toBe(403);
    }
  });
});
