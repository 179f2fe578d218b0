import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { today } from '../../lib/clock.ts';
import { adult, auditAbout, createParticipant, daysAgo, issues, programmeWithCoordinator, youth } from './fixtures.ts';

let t: TestApp;
let env: Awaited<ReturnType<typeof programmeWithCoordinator>>;
beforeAll(async () => {
  t = await createTestApp();
  env = await programmeWithCoordinator(t);
});
afterAll(() => t.close());

const base = (id: string) => `/api/programmes/${env.p.id}/participants/${id}`;

describe('the ladder', () => {
  it('moves a youth up a step as a dated event with a reason and author, and bumps the version', async () => {
    const p = await createParticipant(env.c, env.p.id, youth(env.site.id));
    const res = await env.c.post(`${base(p.id)}/ladder`, {
      step: 2,
      onDate: today(),
      reason: 'Har gennemført jobsamtaletræning',
      version: 1,
    });
    expect(res.statusCode).toBe(200);
    const after = res.json();
    expect(after).toMatchObject({ step: 2, version: 2 });
    expect(after.ladder.map((e: { fromStep: number | null; toStep: number }) => [e.fromStep, e.toStep])).toEqual([
      [null, 1],
      [1, 2],
    ]);
    expect(after.ladder[1]).toMatchObject({ reason: 'Har gennemført jobsamtaletræning', createdBy: env.coordinator.id, ageOnDate: 14 });
    const audit = await auditAbout(t, p.id);
    expect(audit.at(-1)).toMatchObject({ action: 'update', subject_type: 'ladder_event', details: { fromStep: 1, toStep: 2 } });
  });

  it('moves an adult between tracks, and off a track', async () => {
    const p = await createParticipant(env.c, env.p.id, adult(env.site.id));
    const res = await env.c.post(`${base(p.id)}/ladder`, { track: 'flex_job', onDate: today(), reason: 'Godkendt til fleksjob' });
    expect(res.json()).toMatchObject({
      track: 'flex_job',
      ladder: [expect.anything(), expect.objectContaining({ kind: 'track', fromTrack: 'few_hours_job', toTrack: 'flex_job' })],
    });
    const off = await env.c.post(`${base(p.id)}/ladder`, { track: null, onDate: today(), reason: 'Pause fra forløb' });
    expect(off.json().track).toBeNull();
  });

  it('explains bad ladder changes', async () => {
    const y = await createParticipant(env.c, env.p.id, youth(env.site.id, { firstName: 'Stige' }));
    const a = await createParticipant(env.c, env.p.id, adult(env.site.id, { firstName: 'Spor' }));
    expect(issues(await env.c.post(`${base(y.id)}/ladder`, { track: 'job', onDate: today(), reason: 'x' }))).toEqual({
      track: 'adult_only_field',
      step: 'step_required',
    });
    expect(issues(await env.c.post(`${base(a.id)}/ladder`, { step: 2, onDate: today(), reason: 'x' }))).toEqual({
      step: 'youth_only_field',
      track: 'track_required',
    });
    expect(issues(await env.c.post(`${base(y.id)}/ladder`, { step: 1, onDate: today(), reason: 'x' }))).toEqual({
      step: 'ladder_no_change',
    });
    expect(issues(await env.c.post(`${base(y.id)}/ladder`, { step: 2, onDate: '2999-01-01', reason: 'x' }))).toEqual({
      onDate: 'date_in_future',
    });
    expect(issues(await env.c.post(`${base(y.id)}/ladder`, { step: 2, onDate: daysAgo(10), reason: 'x' }))).toEqual({
      onDate: 'ladder_date_before_last',
    });
    expect(issues(await env.c.post(`${base(y.id)}/ladder`, { step: 2, onDate: today(), reason: '' }))).toEqual({
      reason: 'reason_required',
    });
    expect(issues(await env.c.post(`${base(y.id)}/ladder`, { step: 2, onDate: '2026-02-30', reason: 'x' }))).toMatchObject({
      onDate: 'invalid_format',
    });
    const stale = await env.c.post(`${base(y.id)}/ladder`, { step: 2, onDate: today(), reason: 'x', version: 7 });
    expect(stale.json().error.code).toBe('version_conflict');
  });
});

describe('the profile and its journey', () => {
  it('returns ladder events, talks, consents and guardian records as one timeline sorted by date, and audits the read', async () => {
    const p = await createParticipant(env.c, env.p.id, youth(env.site.id, { firstName: 'Tidslinje' }));
    const g = (await env.c.post(`${base(p.id)}/guardians`, { name: 'Mor Hansen', relation: 'mother', phone: '+45 20202020' })).json();
    const consent = (
      await env.c.post(`${base(p.id)}/consents`, {
        purpose: 'data_processing',
        allPartners: true,
        dataCategories: ['contact', 'profile'],
        givenOn: daysAgo(3),
        givenBy: 'guardian',
        guardianId: g.id,
        method: 'paper',
      })
    ).json();
    const talk = (await env.c.post(`${base(p.id)}/talks`, { heldOn: daysAgo(5), kind: 'intake', summary: 'Første møde' })).json();
    const notice = (
      await env.c.post(`${base(p.id)}/guardian-notices`, {
        guardianId: g.id,
        jobDescription: 'Opfylder i Netto',
        hours: 'Tirsdag og torsdag 15–17',
        risks: 'Tunge løft',
        precautions: 'Højst 12 kg',
        informedOn: daysAgo(2),
        cosignedOn: daysAgo(1),
      })
    ).json();
    await env.c.post(`${base(p.id)}/consents/${consent.id}/revoke`, {});
    await env.c.post(`${base(p.id)}/ladder`, { step: 2, onDate: today(), reason: 'Klar til praktik' });

    const res = await env.c.get(base(p.id));
    expect(res.statusCode).toBe(200);
    const profile = res.json();
    const types = profile.timeline.map((i: { date: string; type: string }) => `${i.date}:${i.type}`);
    expect(types).toEqual(
      [
        `${daysAgo(5)}:talk`,
        `${daysAgo(3)}:consent_given`,
        `${daysAgo(2)}:guardian_notice`,
        `${daysAgo(1)}:guardian_cosigned`,
        `${today()}:ladder`,
        `${today()}:ladder`,
        `${today()}:consent_revoked`,
        `${today()}:guardian_added`,
      ].sort((a, b) => a.slice(0, 10).localeCompare(b.slice(0, 10))),
    );
    expect(profile.timeline.find((i: { type: string }) => i.type === 'talk').ref).toBe(talk.id);
    expect(profile.timeline.find((i: { type: string }) => i.type === 'guardian_notice').ref).toBe(notice.id);
    expect(profile.guardians).toEqual([expect.objectContaining({ name: 'Mor Hansen', relation: 'mother' })]);
    expect(profile.consents[0]).toMatchObject({ purpose: 'data_processing', inForce: false });
    const reads = (await auditAbout(t, p.id)).filter((e) => e.action === 'read');
    expect(reads).toEqual([expect.objectContaining({ subject_type: 'participant', actor_role: 'coordinator' })]);
  });

  it('answers 404 for an unknown participant', async () => {
    const res = await env.c.get(base('00000000-0000-4000-8000-000000000000'));
    expect(res.statusCode).toBe(404);
  });
});
