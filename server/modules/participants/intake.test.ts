import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { today } from '../../lib/clock.ts';
import { adult, auditAbout, createParticipant, issues, programmeWithCoordinator, youth, yearsAgo } from './fixtures.ts';

let t: TestApp;
let env: Awaited<ReturnType<typeof programmeWithCoordinator>>;
beforeAll(async () => {
  t = await createTestApp();
  env = await programmeWithCoordinator(t);
});
afterAll(() => t.close());

const url = () => `/api/programmes/${env.p.id}/participants`;

describe('intake', () => {
  it('creates a youth with school status, interests and availability, and starts the ladder at step 1', async () => {
    const res = await env.c.post(url(), youth(env.site.id, { priority: true, priorityNote: 'Brug for ekstra støtte' }));
    expect(res.statusCode).toBe(201);
    const p = res.json();
    expect(p).toMatchObject({
      kind: 'youth',
      firstName: 'Amira',
      lastName: 'Hansen',
      siteId: env.site.id,
      step: 1,
      track: null,
      status: 'active',
      compulsorySchool: true,
      interests: ['retail', 'kitchen'],
      availability: ['mon-pm', 'wed-pm', 'sat-am'],
      travelModes: ['bike', 'public_transport'],
      priority: { flagged: true, note: 'Brug for ekstra støtte' },
      cpr: null,
      version: 1,
    });
    expect(p.ladder).toEqual([
      expect.objectContaining({ kind: 'step', fromStep: null, toStep: 1, reason: 'intake', onDate: today(), ageOnDate: 14 }),
    ]);
    expect(p.timeline).toEqual([{ date: today(), type: 'ladder', ref: p.ladder[0].id, label: 'step:1' }]);
    expect((await auditAbout(t, p.id)).map((e) => e.action)).toEqual(['create']);
  });

  it('creates an adult on a track with benefit details', async () => {
    const p = await createParticipant(env.c, env.p.id, adult(env.site.id));
    expect(p).toMatchObject({
      kind: 'adult',
      step: null,
      track: 'few_hours_job',
      benefitType: 'cash_benefit',
      maxWeeklyHours: 15,
      flexJobApproved: false,
    });
    expect(p.ladder[0]).toMatchObject({ kind: 'track', toTrack: 'few_hours_job' });
  });

  it('lets a youth without a phone or e-mail be recorded', async () => {
    const body = youth(env.site.id, { firstName: 'Noah', phone: undefined });
    const p = await createParticipant(env.c, env.p.id, body);
    expect(p).toMatchObject({ phone: null, email: null });
  });

  it('serves the work-area taxonomy in Danish and English', async () => {
    const res = await env.c.get('/api/work-areas');
    const areas = res.json().workAreas;
    expect(areas).toContainEqual({
      code: 'carpentry',
      nameDa: 'Tømrer og snedker',
      nameEn: 'Carpentry and joinery',
      educationArea: 'technology_construction_transport',
    });
    expect(new Set(areas.map((a: { educationArea: string }) => a.educationArea)).size).toBe(4);
  });
});

describe('validation messages', () => {
  type Body = (siteId: string, overrides?: Record<string, unknown>) => Record<string, unknown>;
  const post = (overrides: Record<string, unknown>, base: Body = youth) => env.c.post(url(), base(env.site.id, overrides));

  it('rejects impossible and future dates', async () => {
    expect(issues(await post({ birthDate: '2012-02-30' }))).toMatchObject({ birthDate: 'invalid_format' });
    const future = await post({ birthDate: '2099-01-01' });
    expect(future.statusCode).toBe(400);
    expect(issues(future)).toEqual({ birthDate: 'birth_date_future' });
  });

  it('keeps youth between 13 and 18, and adults at 18 or more', async () => {
    expect(issues(await post({ birthDate: yearsAgo(12, 300) }))).toEqual({ birthDate: 'youth_age_range' });
    expect(issues(await post({ birthDate: yearsAgo(19, 1) }))).toEqual({ birthDate: 'youth_age_range' });
    expect((await post({ firstName: 'Atten', birthDate: yearsAgo(18, 5) })).statusCode).toBe(201);
    expect(issues(await post({ birthDate: yearsAgo(17) }, adult))).toEqual({ birthDate: 'adult_age_range' });
  });

  it('requires a youth’s school status (never inferred) and keeps adult fields for adults', async () => {
    expect(issues(await post({ compulsorySchool: undefined }))).toEqual({ compulsorySchool: 'compulsory_school_required' });
    expect(issues(await post({ track: 'job', benefitType: 'cash_benefit' }))).toEqual({
      track: 'adult_only_field',
      benefitType: 'adult_only_field',
    });
    expect(issues(await post({ step: 2, compulsorySchool: true }, adult))).toEqual({
      step: 'youth_only_field',
      compulsorySchool: 'youth_only_field',
    });
  });

  it('names unknown interests, availability slots, travel modes and steps by their path', async () => {
    expect(issues(await post({ interests: ['retail', 'astronaut'] }))).toEqual({ 'interests.1': 'interest_unknown' });
    expect(issues(await post({ availability: ['mon-am', 'mon-night'] }))).toEqual({ 'availability.1': 'availability_slot' });
    expect(issues(await post({ travelModes: ['rocket'] }))).toEqual({ 'travelModes.0': 'travel_mode_unknown' });
    expect(issues(await post({ step: 5 }))).toEqual({ step: 'step_range' });
    expect(issues(await post({ phone: 'call me' }))).toEqual({ phone: 'phone_format' });
    expect(issues(await post({ firstName: ' ' }))).toEqual({ firstName: 'required' });
  });

  it('refuses a site from another programme or none at all', async () => {
    const other = await programmeWithCoordinator(t);
    expect(issues(await post({ siteId: other.site.id }))).toEqual({ siteId: 'site_unknown' });
    expect(issues(await post({ siteId: 'not-a-uuid' }))).toMatchObject({ siteId: 'invalid_format' });
  });

  it('answers with validation_failed and field paths, never echoing the input', async () => {
    const res = await post({ cpr: '999999-9999', cprReason: 'Løn' });
    expect(res.json().error).toMatchObject({
      code: 'validation_failed',
      details: { issues: [{ path: ['cpr'], code: 'cpr_date', in: 'body' }] },
    });
    expect(res.body).not.toContain('999999');
  });
});

describe('updates with optimistic locking', () => {
  it('applies a change with the current version and refuses a stale one', async () => {
    const p = await createParticipant(env.c, env.p.id, youth(env.site.id, { firstName: 'Version' }));
    const first = await env.c.request('PATCH', `${url()}/${p.id}`, { version: 1, phone: '+45 87654321', interests: ['it'] });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ version: 2, phone: '+45 87654321', interests: ['it'] });
    const stale = await env.c.request('PATCH', `${url()}/${p.id}`, { version: 1, goals: 'Blive elektriker' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'version_conflict', details: { currentVersion: 2 } });
    expect(issues(await env.c.request('PATCH', `${url()}/${p.id}`, { version: 2, benefitType: 'cash_benefit' }))).toEqual({
      benefitType: 'adult_only_field',
    });
    expect(issues(await env.c.request('PATCH', `${url()}/${p.id}`, { version: 2, compulsorySchool: null }))).toEqual({
      compulsorySchool: 'compulsory_school_required',
    });
    expect(issues(await env.c.request('PATCH', `${url()}/${p.id}`, { goals: 'x' }))).toEqual({ version: 'invalid_type' });
    const audit = await auditAbout(t, p.id);
    expect(audit.filter((e) => e.action === 'update')).toEqual([expect.objectContaining({ details: { fields: ['phone', 'interests'] } })]);
  });
});
