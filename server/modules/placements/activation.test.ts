import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/domain/calendar/local-time.ts';
import { addMonths } from '../../../shared/domain/participants/dates.ts';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { companyWithWorkplace } from '../companies/fixtures.ts';
import {
  activePlacement,
  addGuardian,
  agreedPlacement,
  agreement,
  mentor,
  move,
  ok,
  person,
  propose,
  START,
  today,
  urls,
  world,
  yearsAgo,
  type World,
} from './fixtures.ts';

/** Agreements, the guardian's co-signature before a youth starts, follow-ups and how a placement ends. */

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await createTestApp();
  w = await world(t);
});
afterAll(() => t.close());

const notices = (participantId: string) => `/api/programmes/${w.p}/participants/${participantId}/guardian-notices`;

async function offeredFor14YearOld() {
  const p = await person(w, { firstName: 'Noah', birthDate: yearsAgo(14, 30) });
  let pl = await propose(w, p.id);
  pl = await move(w.c, w, pl, { to: 'interview' });
  pl = await move(w.c, w, pl, { to: 'offered' });
  return { p, pl };
}

describe('the agreement', () => {
  it('records dates (six months by default), hours, schedule, wage, payer and mentor', async () => {
    const { record } = await mentor(t, w, { name: 'Mette Mentor' });
    const { placement } = await agreedPlacement(w, { agreement: { mentorId: record.id } });
    expect(placement.agreement).toEqual({
      startsOn: START(),
      endsOn: addMonths(START(), 6),
      hoursPerWeek: 6,
      weeklySchedule: agreement().weeklySchedule,
      wagePerHour: 65,
      wagePayer: 'company',
      mentor: { id: record.id, name: 'Mette Mentor' },
      agreedAt: expect.any(String),
    });
  });

  it('refuses a weekly schedule that breaks the young-worker rules for the person (422 schedule_not_legal)', async () => {
    const { pl } = await offeredFor14YearOld();
    const res = await w.c.post(urls.transition(w.p, pl.id), {
      to: 'agreed',
      version: pl.version,
      agreement: agreement({ weeklySchedule: [{ weekday: 3, start: '17:00', end: '20:30', breakMinutes: 0 }] }),
    });
    expect(res.statusCode).toBe(422);
    const error = res.json().error;
    expect(error.code).toBe('schedule_not_legal');
    expect(new Set(error.details.violations.map((v: { rule: string }) => v.rule))).toEqual(new Set(['school-day-hours', 'night-work']));
    expect(error.details.violations[0].message).toMatch(/§/);
    // Nothing changed.
    expect((await ok(w.c.get(urls.placement(w.p, pl.id)))).version).toBe(pl.version);
  });

  it('accepts only a mentor of the opening’s own organisation', async () => {
    const other = await companyWithWorkplace(w.c, w.p, 'Mentorfirma ApS');
    const foreign = await ok(
      w.c.post(`/api/programmes/${w.p}/mentors`, {
        organisationId: other.company.organisationId,
        name: 'Fremmed',
        hoursPerWeek: 1,
        ratePerHour: 100,
        payer: 'company',
      }),
      201,
    );
    const { pl } = await offeredFor14YearOld();
    const res = await w.c.post(urls.transition(w.p, pl.id), {
      to: 'agreed',
      version: pl.version,
      agreement: agreement({ mentorId: foreign.id }),
    });
    expect(res.json().error.details.issues).toEqual([expect.objectContaining({ path: ['agreement', 'mentorId'], code: 'mentor_unknown' })]);
  });
});

describe('going active', () => {
  it('is refused for an under-15 pupil until a guardian has been informed of this job and co-signed, and accepted then', async () => {
    const { p, pl: offered } = await offeredFor14YearOld();
    const guardian = await addGuardian(w, p.id);
    const pl = await move(w.c, w, offered, { to: 'agreed', agreement: agreement({ startsOn: today() }) });
    const activate = () => w.c.post(urls.transition(w.p, pl.id), { to: 'active', version: pl.version });

    let res = await activate();
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({
      code: 'guardian_clearance_missing',
      details: { missing: ['guardian_informed', 'guardian_cosigned'], requiredBecause: ['under_15', 'compulsory_school'] },
    });

    // A co-signed notice about some other job does not count for this one.
    const notice = {
      guardianId: guardian.id,
      jobDescription: 'Butiksassistent i bageriet',
      hours: 'Tirsdag 15–17, lørdag 10–14',
      risks: 'Varme ovne',
      precautions: 'Voksen til stede',
      informedOn: today(),
    };
    await ok(w.c.post(notices(p.id), { ...notice, cosignedOn: today() }), 201);
    expect((await activate()).json().error).toMatchObject({ code: 'guardian_clearance_missing' });

    const forThisJob = await ok(w.c.post(notices(p.id), { ...notice, placementId: pl.id }), 201);
    res = await activate();
    expect(res.json().error).toMatchObject({ code: 'guardian_clearance_missing', details: { missing: ['guardian_cosigned'] } });

    await ok(w.c.post(`${notices(p.id)}/${forThisJob.id}/cosign`, { cosignedOn: today() }));
    const active = await ok(activate());
    expect(active).toMatchObject({ status: 'active', activatedAt: expect.any(String) });
    expect(active.followUps.map((f: { code: string; dueOn: string }) => [f.code, f.dueOn])).toEqual([
      ['1w', addDays(today(), 7)],
      ['1m', addMonths(today(), 1)],
      ['3m', addMonths(today(), 3)],
      ['end', addMonths(today(), 6)],
    ]);
  });

  it('is refused before the agreed start date, naming it; the start a placement cannot have had is never recorded', async () => {
    const { placement } = await agreedPlacement(w, { agreement: { startsOn: addDays(today(), 30) } });
    const res = await w.c.post(urls.transition(w.p, placement.id), { to: 'active', version: placement.version });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'placement_starts_later', details: { startsOn: addDays(today(), 30) } });
    expect((await ok(w.c.get(urls.placement(w.p, placement.id)))).status).toBe('agreed');
  });

  it('needs no guardian for a 16-year-old out of school, and follows the programme’s follow-up schedule', async () => {
    const admin = await t.member(w.p, 'administrator');
    await ok(admin.client.request('PATCH', `/api/programmes/${w.p}/settings/placements`, { followUpSchedule: ['2w', 'end'] }));
    const { placement } = await activePlacement(w);
    expect(placement.followUps.map((f: { code: string }) => f.code)).toEqual(['2w', 'end']);
    await ok(admin.client.request('PATCH', `/api/programmes/${w.p}/settings/placements`, { followUpSchedule: ['1w', '1m', '3m', 'end'] }));
    expect(
      (await admin.client.request('PATCH', `/api/programmes/${w.p}/settings/placements`, { staleFlagDays: 40, staleCloseDays: 30 })).json()
        .error.details.issues[0].code,
    ).toBe('stale_close_before_flag');
    expect((await w.c.request('PATCH', `/api/programmes/${w.p}/settings/placements`, { staleFlagDays: 10 })).statusCode).toBe(403);
  });
});

describe('follow-ups', () => {
  it('shows due follow-ups on the to-do list and completes one with a talk', async () => {
    const started = addDays(today(), -10);
    const { person: p, placement } = await activePlacement(w, { person: { firstName: 'Yasmin' }, agreement: { startsOn: started } });
    const oneWeek = placement.followUps.find((f: { code: string }) => f.code === '1w');
    expect(oneWeek).toMatchObject({ dueOn: addDays(started, 7), overdue: true });

    const due = await ok(w.c.get(`/api/programmes/${w.p}/follow-ups/due`));
    expect(due.followUps).toContainEqual(
      expect.objectContaining({ id: oneWeek.id, participantId: p.id, firstName: 'Yasmin', openingTitle: 'Butiksassistent' }),
    );
    const todo = await ok(w.c.get(`/api/programmes/${w.p}/todo`));
    expect(todo.followUpsDue.map((f: { id: string }) => f.id)).toContain(oneWeek.id);
    expect(todo).toHaveProperty('overdueNextSteps');

    const url = `${urls.placement(w.p, placement.id)}/follow-ups/${oneWeek.id}/complete`;
    const other = await person(w, { firstName: 'Anden' });
    const foreignTalk = await ok(
      w.c.post(`/api/programmes/${w.p}/participants/${other.id}/talks`, { heldOn: today(), kind: 'follow_up', summary: 'Andet' }),
      201,
    );
    expect((await w.c.post(url, { talkId: foreignTalk.id })).json().error.details.issues[0].code).toBe('talk_unknown');
    // A talk before the follow-up fell due cannot be that follow-up, whether written here or linked;
    // nor can one dated in the future. Each refusal names its own reason.
    const issue = async (body: object) => (await w.c.post(url, body)).json().error.details.issues[0];
    expect(await issue({ talk: { heldOn: addDays(started, 2), summary: 'For tidligt' } })).toMatchObject({
      path: ['talk', 'heldOn'],
      code: 'follow_up_held_before_due',
    });
    const earlyTalk = await ok(
      w.c.post(`/api/programmes/${w.p}/participants/${p.id}/talks`, {
        heldOn: addDays(started, 1),
        kind: 'follow_up',
        summary: 'Første dag',
      }),
      201,
    );
    expect(await issue({ talkId: earlyTalk.id })).toMatchObject({ path: ['talkId'], code: 'follow_up_held_before_due' });
    expect(await issue({ talk: { heldOn: addDays(today(), 1), summary: 'I morgen' } })).toMatchObject({ code: 'date_in_future' });
    const done = await ok(w.c.post(url, { talk: { heldOn: today(), summary: 'God første uge. Trives med kunderne.' } }));
    expect(done).toMatchObject({ completedAt: expect.any(String), talkId: expect.any(String), overdue: false });
    const talk = await t.db.selectFrom('talks').select(['kind', 'participant_id']).where('id', '=', done.talkId).executeTakeFirstOrThrow();
    expect(talk).toEqual({ kind: 'follow_up', participant_id: p.id });
    expect((await w.c.post(url, { talkId: done.talkId })).json().error.code).toBe('invalid_transition');
    expect((await ok(w.c.get(`/api/programmes/${w.p}/todo`))).followUpsDue.map((f: { id: string }) => f.id)).not.toContain(oneWeek.id);
    expect((await w.contact.client.get(`/api/programmes/${w.p}/follow-ups/due`)).statusCode).toBe(403);
  });
});

describe('ending', () => {
  it('ends early with a reason from the list, cancelling later follow-ups and moving the end talk to today', async () => {
    const { placement } = await activePlacement(w, { agreement: { startsOn: addDays(today(), -40) } });
    expect(
      (await w.c.post(urls.transition(w.p, placement.id), { to: 'ended_early', version: placement.version, reason: 'bored' })).statusCode,
    ).toBe(400);
    const ended = await move(w.c, w, placement, { to: 'ended_early', reason: 'started_education' });
    expect(ended).toMatchObject({ status: 'ended_early', endReason: 'started_education', endedOn: today(), suggestedStep: null });
    const open = ended.followUps.filter(
      (f: { completedAt: string | null; cancelledAt: string | null }) => !f.completedAt && !f.cancelledAt,
    );
    expect(open.map((f: { code: string; dueOn: string }) => [f.code, f.dueOn])).toEqual([
      ['1w', addDays(today(), -33)],
      ['1m', addMonths(addDays(today(), -40), 1)],
      ['end', today()],
    ]);
    expect(ended.followUps.filter((f: { cancelledAt: string | null }) => f.cancelledAt).map((f: { code: string }) => f.code)).toEqual([
      '3m',
    ]);
  });

  it('completes with an outcome and suggests the next ladder step for youth (none from step 4)', async () => {
    const top = await activePlacement(w, { person: { step: 4 } });
    expect((await w.c.post(urls.transition(w.p, top.placement.id), { to: 'completed', version: top.placement.version })).statusCode).toBe(
      400,
    );
    expect(await move(w.c, w, top.placement, { to: 'completed', outcome: 'apprenticeship_agreement' })).toMatchObject({
      outcome: 'apprenticeship_agreement',
      suggestedStep: null,
    });
    const second = await activePlacement(w, { person: { step: 2 } });
    expect(await move(w.c, w, second.placement, { to: 'completed', outcome: 'stayed_in_job' })).toMatchObject({ suggestedStep: 3 });
    // The suggestion is not applied: the ladder moves only with its own dated event.
    expect((await ok(w.c.get(`/api/programmes/${w.p}/participants/${second.person.id}`))).step).toBe(2);
  });
});
