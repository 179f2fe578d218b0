import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/domain/calendar/local-time.ts';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { today } from '../../lib/clock.ts';
import { createParticipant, daysAgo, issues, programmeWithCoordinator, youth, photoConsent } from './fixtures.ts';

let t: TestApp;
let env: Awaited<ReturnType<typeof programmeWithCoordinator>>;
beforeAll(async () => {
  t = await createTestApp();
  env = await programmeWithCoordinator(t);
});
afterAll(() => t.close());

const base = (id: string) => `/api/programmes/${env.p.id}/participants/${id}`;
const todo = async () => (await env.c.get(`/api/programmes/${env.p.id}/todo`)).json();

describe('follow-up talks', () => {
  it('logs a talk with next steps, owners and visibility', async () => {
    const p = await createParticipant(env.c, env.p.id, youth(env.site.id));
    const res = await env.c.post(`${base(p.id)}/talks`, {
      heldOn: today(),
      kind: 'follow_up',
      summary: 'Vil gerne prøve køkkenarbejde',
      visibility: 'job_centre',
      nextSteps: [{ description: 'Skriv CV', dueOn: addDays(today(), 7), ownerUserId: env.coordinator.id }],
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      heldOn: today(),
      kind: 'follow_up',
      visibility: 'job_centre',
      summary: 'Vil gerne prøve køkkenarbejde',
      nextSteps: [{ description: 'Skriv CV', dueOn: addDays(today(), 7), ownerUserId: env.coordinator.id, completedAt: null }],
    });
    const extra = await env.c.post(`${base(p.id)}/talks/${res.json().id}/next-steps`, {
      description: 'Ring til skolen',
      dueOn: today(),
      ownerUserId: env.coordinator.id,
    });
    expect(extra.statusCode).toBe(201);
    const audit = await t.db
      .selectFrom('audit_events')
      .select('details')
      .where('subject_type', '=', 'talk')
      .where('subject_person_id', '=', p.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(audit.details)).not.toContain('køkken');
  });

  it('explains bad talks', async () => {
    const p = await createParticipant(env.c, env.p.id, youth(env.site.id, { firstName: 'Snak' }));
    const participantUser = await t.member(env.p.id, 'participant');
    const body = {
      heldOn: '2999-01-01',
      kind: 'gossip',
      summary: '',
      visibility: 'everyone',
      nextSteps: [{ description: 'x', dueOn: '2026-13-01', ownerUserId: participantUser.id }],
    };
    expect(issues(await env.c.post(`${base(p.id)}/talks`, body))).toMatchObject({
      kind: 'talk_kind_unknown',
      summary: 'required',
      visibility: 'talk_visibility_unknown',
      'nextSteps.0.dueOn': 'invalid_format',
    });
    expect(
      issues(
        await env.c.post(`${base(p.id)}/talks`, {
          ...body,
          kind: 'intake',
          summary: 'ok',
          visibility: 'coordinators',
          nextSteps: [{ ...body.nextSteps[0], dueOn: today() }],
        }),
      ),
    ).toEqual({ heldOn: 'date_in_future', 'nextSteps.0.ownerUserId': 'owner_not_member' });
  });
});

describe('the coordinator’s to-do list', () => {
  it('shows overdue next steps, consents due and participants not contacted, and drives needsAttention', async () => {
    const local = await programmeWithCoordinator(t);
    const c = local.c;
    const url = (id: string) => `/api/programmes/${local.p.id}/participants/${id}`;
    const overdue = await createParticipant(c, local.p.id, youth(local.site.id, { firstName: 'Forsinket' }));
    const talk = (
      await c.post(`${url(overdue.id)}/talks`, {
        heldOn: daysAgo(10),
        kind: 'follow_up',
        summary: 'Aftalte ting',
        nextSteps: [
          { description: 'Ansøg om praktik', dueOn: daysAgo(2), ownerUserId: local.coordinator.id },
          { description: 'Senere', dueOn: addDays(today(), 3), ownerUserId: local.coordinator.id },
        ],
      })
    ).json();
    const silent = await createParticipant(c, local.p.id, youth(local.site.id, { firstName: 'Glemt' }));
    await t.db
      .updateTable('participants')
      .set({ created_at: sql`now() - interval '40 days'` })
      .where('id', '=', silent.id)
      .execute();
    const renew = await createParticipant(c, local.p.id, youth(local.site.id, { firstName: 'Forny' }));
    const consent = (await c.post(`${url(renew.id)}/consents`, photoConsent(daysAgo(30)))).json();
    await c.post(`${url(renew.id)}/ladder`, { step: 2, onDate: today(), reason: 'Videre' });
    const fine = await createParticipant(c, local.p.id, youth(local.site.id, { firstName: 'Fin' }));

    const list = (await c.get(`/api/programmes/${local.p.id}/todo`)).json();
    expect(list).toMatchObject({ today: today(), noContactWeeks: 4 });
    expect(list.overdueNextSteps).toEqual([
      expect.objectContaining({
        participantId: overdue.id,
        firstName: 'Forsinket',
        description: 'Ansøg om praktik',
        dueOn: daysAgo(2),
        talkId: talk.id,
      }),
    ]);
    expect(list.consentsDue).toEqual([
      expect.objectContaining({ participantId: renew.id, consentId: consent.id, dueOn: today(), reason: 'new_step' }),
    ]);
    expect(list.notContacted).toEqual([expect.objectContaining({ participantId: silent.id, lastContactOn: null, weeksSinceContact: 5 })]);

    const attention = (await c.get(`/api/programmes/${local.p.id}/participants?needsAttention=true`)).json().participants;
    expect(Object.fromEntries(attention.map((p: { firstName: string; attention: string[] }) => [p.firstName, p.attention]))).toEqual({
      Forsinket: ['overdue_next_step'],
      Glemt: ['no_contact'],
      Forny: ['consent_due'],
    });
    expect(
      (await c.get(`/api/programmes/${local.p.id}/participants?needsAttention=false`)).json().participants.map((p: { id: string }) => p.id),
    ).toEqual([fine.id]);

    const step = talk.nextSteps.find((s: { description: string }) => s.description === 'Ansøg om praktik');
    expect((await c.post(`${url(overdue.id)}/next-steps/${step.id}/complete`)).json().completedAt).not.toBeNull();
    await c.post(`${url(renew.id)}/consents`, photoConsent());
    const after = (await c.get(`/api/programmes/${local.p.id}/todo`)).json();
    expect(after.overdueNextSteps).toEqual([]);
    expect(after.consentsDue).toEqual([]);
  });

  it('uses the programme’s noContactWeeks, which administrators change', async () => {
    const p = await createParticipant(env.c, env.p.id, youth(env.site.id, { firstName: 'Indstilling' }));
    await env.c.post(`${base(p.id)}/talks`, { heldOn: daysAgo(35), kind: 'follow_up', summary: 'Længe siden' });
    expect((await todo()).notContacted.map((n: { participantId: string }) => n.participantId)).toContain(p.id);
    const admin = await t.member(env.p.id, 'administrator');
    expect((await env.c.request('PATCH', `/api/programmes/${env.p.id}/settings`, { noContactWeeks: 8 })).statusCode).toBe(403);
    expect(issues(await admin.client.request('PATCH', `/api/programmes/${env.p.id}/settings`, { noContactWeeks: 0 }))).toEqual({
      noContactWeeks: 'too_small',
    });
    const res = await admin.client.request('PATCH', `/api/programmes/${env.p.id}/settings`, { noContactWeeks: 8 });
    expect(res.json()).toEqual({ noContactWeeks: 8, retentionMonths: 24 });
    expect((await env.c.get(`/api/programmes/${env.p.id}/settings`)).json()).toEqual({ noContactWeeks: 8, retentionMonths: 24 });
    const list = await todo();
    expect(list.noContactWeeks).toBe(8);
    expect(list.notContacted.map((n: { participantId: string }) => n.participantId)).not.toContain(p.id);
  });

  it('is for coordinators and administrators, and reading it is audited', async () => {
    const cw = await t.member(env.p.id, 'caseworker');
    expect((await cw.client.get(`/api/programmes/${env.p.id}/todo`)).statusCode).toBe(403);
    await todo();
    const events = await t.db
      .selectFrom('audit_events')
      .select('action')
      .where('programme_id', '=', env.p.id)
      .where('subject_type', '=', 'todo')
      .execute();
    expect(events.length).toBeGreaterThan(0);
  });
});
