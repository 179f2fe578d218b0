import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/domain/calendar/local-time.ts';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { activePlacement, mentor, move, ok, today, urls, world, type World } from '../placements/fixtures.ts';

/** Access requests and erasure cover placements: exported in full, scrubbed of free text, rows kept. */

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await createTestApp();
  w = await world(t);
});
afterAll(() => t.close());

const person = (id: string) => `/api/programmes/${w.p}/participants/${id}`;

/** An active placement with a note on a step, mentor hours with a note and a resolved support request with a note. */
async function placementWithHistory(firstName: string) {
  const mads = await mentor(t, w, { withUser: true, name: `Mentor ${firstName}` });
  const { person: p, placement } = await activePlacement(w, {
    person: { firstName },
    agreement: { startsOn: addDays(today(), -10), mentorId: mads.record.id },
  });
  await ok(
    mads.user!.client.post(`${urls.placement(w.p, placement.id)}/mentor-hours`, {
      workedOn: addDays(today(), -3),
      hours: 2,
      note: 'Talte om hans hjemmeforhold',
    }),
  );
  const r = await ok(
    w.contact.client.post(`${urls.placement(w.p, placement.id)}/support-requests`, {
      category: 'conduct',
      severity: 'normal',
      description: 'Han var vred på en kollega',
    }),
    201,
  );
  await ok(w.c.post(`/api/programmes/${w.p}/support-requests/${r.id}/notes`, { text: 'Ringede til moren' }));
  await ok(w.c.post(`/api/programmes/${w.p}/support-requests/${r.id}/resolve`, { resolution: 'Samtale med begge parter' }));
  return { p, placement, requestId: r.id };
}

describe('placements in the access request', () => {
  it('exports each placement with opening, company, dates, history, agreement, follow-ups, mentor hours and support requests', async () => {
    const { p, placement } = await placementWithHistory('Karim');
    const data = (await w.c.get(`${person(p.id)}/export?format=json`)).json();
    expect(data.placements).toHaveLength(1);
    const x = data.placements[0];
    expect(x).toMatchObject({
      openingTitle: 'Butiksassistent',
      company: 'Bageriet Ellemarken ApS',
      status: 'active',
      matchReasons: [{ code: 'interest', value: 'retail' }],
      agreement: { startsOn: addDays(today(), -10), hoursPerWeek: 6, wagePerHour: 65, wagePayer: 'company', mentor: 'Mentor Karim' },
      mentorHours: [{ hours: 2, note: 'Talte om hans hjemmeforhold' }],
      supportRequests: [
        {
          category: 'conduct',
          status: 'resolved',
          description: 'Han var vred på en kollega',
          resolution: 'Samtale med begge parter',
          notes: [{ text: 'Ringede til moren' }],
        },
      ],
    });
    expect(x.history.map((e: { toStatus: string }) => e.toStatus)).toEqual(['proposed', 'interview', 'offered', 'agreed', 'active']);
    expect(x.history.every((e: Record<string, unknown>) => !('actorUserId' in e))).toBe(true);
    expect(x.followUps.length).toBeGreaterThan(0);
    expect(JSON.stringify(x)).not.toContain(w.env.coordinator.id);
    expect(placement.id).toBeTruthy();

    const html = (await w.c.get(`${person(p.id)}/export`)).body;
    for (const s of [
      'Job og praktik',
      'Butiksassistent – Bageriet Ellemarken ApS',
      'I gang',
      'Forløbets historik',
      'Opfølgninger',
      'Mentortimer',
      'Talte om hans hjemmeforhold',
      'Han var vred på en kollega',
      'Ringede til moren',
    ]) {
      expect(html, s).toContain(s);
    }
  });
});

describe('hours and activities in the access request', () => {
  it('exports the person’s shifts and the activities they were invited to, with attendance', async () => {
    const { p, placement } = await placementWithHistory('Yasmin');
    const workDate = addDays(today(), -2);
    await ok(
      w.contact.client.post(`${urls.placement(w.p, placement.id)}/shifts`, {
        workDate,
        startTime: '15:00',
        endTime: '17:30',
        breakMinutes: 15,
        approve: true,
      }),
      201,
    );
    const activity = await ok(
      w.c.post(`/api/programmes/${w.p}/activities`, {
        kind: 'craftsman_cafe',
        title: 'Håndværkercafé i beboerhuset',
        place: 'Beboerhuset',
        sessions: [{ startsAt: `${workDate}T17:00`, endsAt: `${workDate}T19:00` }],
      }),
      201,
    );
    await ok(w.c.post(`/api/programmes/${w.p}/activities/${activity.id}/invitations`, { participantIds: [p.id] }));
    const sessionId = (await ok(w.c.get(`/api/programmes/${w.p}/activities/${activity.id}`))).sessions[0].id;
    await ok(
      w.c.request('PUT', `/api/programmes/${w.p}/activity-sessions/${sessionId}/attendance`, {
        marks: [{ participantId: p.id, present: true }],
      }),
    );

    const data = (await w.c.get(`${person(p.id)}/export?format=json`)).json();
    expect(data.shifts).toEqual([
      expect.objectContaining({
        job: 'Butiksassistent',
        workDate,
        start: '15:00',
        end: '17:30',
        breakMinutes: 15,
        status: 'approved',
        recordedAs: 'employer',
      }),
    ]);
    expect(data.activities).toEqual([
      expect.objectContaining({ kind: 'craftsman_cafe', title: 'Håndværkercafé i beboerhuset', status: 'invited', sessionsAttended: 1 }),
    ]);
    const html = (await w.c.get(`${person(p.id)}/export`)).body;
    for (const s of ['Timer', '15:00–17:30', 'Godkendt', 'Aktiviteter', 'Håndværkercafé i beboerhuset']) expect(html, s).toContain(s);
  });
});

describe('placements in an erasure', () => {
  it('scrubs the free text and keeps the rows, so costs and hotline statistics do not change', async () => {
    const { p, placement, requestId } = await placementWithHistory('Jonas');
    // A step with a note: the placement ends early, with the reason as a code and a personal note.
    const current = await ok(w.c.get(urls.placement(w.p, placement.id)));
    await move(w.c, w, current, { to: 'ended_early', reason: 'moved', note: 'Flyttede til sin far i Aarhus' });
    const counts = async () => ({
      events: (await t.db.selectFrom('placement_events').select('id').where('placement_id', '=', placement.id).execute()).length,
      followUps: (await t.db.selectFrom('placement_follow_ups').select('id').where('placement_id', '=', placement.id).execute()).length,
      hours: await t.db.selectFrom('mentor_hours').select('hours').where('placement_id', '=', placement.id).execute(),
      requests: await t.db.selectFrom('support_requests').select(['status', 'category']).where('placement_id', '=', placement.id).execute(),
      notes: (await t.db.selectFrom('support_request_notes').select('id').where('request_id', '=', requestId).execute()).length,
    });
    const costs = () => ok(w.c.get(`/api/programmes/${w.p}/mentor-costs`));
    const stats = () => ok(w.c.get(`/api/programmes/${w.p}/support-requests/stats`));
    const before = { counts: await counts(), costs: await costs(), stats: await stats() };

    await ok(w.c.post(`${person(p.id)}/anonymise`, {}));

    expect({ counts: await counts(), costs: await costs(), stats: await stats() }).toEqual(before);
    const placementRow = await t.db
      .selectFrom('placements')
      .select(['match_reasons', 'status', 'end_reason', 'hours_per_week'])
      .where('id', '=', placement.id)
      .executeTakeFirstOrThrow();
    expect(placementRow).toMatchObject({ match_reasons: [], status: 'ended_early', end_reason: 'moved', hours_per_week: 6 });
    const events = await t.db.selectFrom('placement_events').select(['note', 'reason']).where('placement_id', '=', placement.id).execute();
    expect(events.every((e) => e.note === null)).toBe(true);
    expect(events.some((e) => e.reason === 'moved')).toBe(true);
    expect(
      (await t.db.selectFrom('mentor_hours').select('note').where('placement_id', '=', placement.id).execute()).every(
        (h) => h.note === null,
      ),
    ).toBe(true);
    expect(
      await t.db.selectFrom('support_requests').select(['description', 'resolution']).where('id', '=', requestId).executeTakeFirstOrThrow(),
    ).toEqual({ description: '', resolution: null });
    expect(
      (await t.db.selectFrom('support_request_notes').select('text').where('request_id', '=', requestId).execute()).every(
        (n) => n.text === '',
      ),
    ).toBe(true);

    const exported = JSON.stringify((await w.c.get(`${person(p.id)}/export?format=json`)).json());
    for (const s of ['hjemmeforhold', 'vred på en kollega', 'Ringede til moren', 'Samtale med begge parter', 'Aarhus'])
      expect(exported, s).not.toContain(s);
  });
});

describe('placements and the retention clock', () => {
  it('never counts someone with a running placement as inactive, however old the rest of their record is', async () => {
    const { person: p } = await activePlacement(w, { person: { firstName: 'Langtid' }, agreement: { startsOn: addDays(today(), -10) } });
    // Make everything else on the record four years old.
    await t.db
      .updateTable('participants')
      .set({ updated_at: new Date('2022-01-01T10:00:00Z'), created_at: new Date('2022-01-01T10:00:00Z') })
      .where('id', '=', p.id)
      .execute();
    await t.db.updateTable('ladder_events').set({ on_date: '2022-01-01' }).where('participant_id', '=', p.id).execute();
    await t.db.updateTable('consents').set({ given_on: '2022-01-01' }).where('participant_id', '=', p.id).execute();
    await t.db
      .updateTable('placements')
      .set({ updated_at: new Date('2022-01-01T10:00:00Z') })
      .where('participant_id', '=', p.id)
      .execute();
    const preview = (await w.c.get(`/api/programmes/${w.p}/retention/preview`)).json();
    expect(preview.candidates.map((c: { id: string }) => c.id)).not.toContain(p.id);
  });
});
