import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, mondayOf } from '../../../shared/domain/calendar/local-time.ts';
import { createTestApp, type TestApp, type TestClient } from '../../../test/support/app.ts';
import { activePlacement, ok, person, today, urls, world, yearsAgo, type World } from '../placements/fixtures.ts';

/**
 * Merging carries the merged record's hours and activities: approved shifts follow their placement
 * (through the 0011 database function, since approved rows are immutable to requests), rule
 * exceptions move, and activity invitations and attendance are united without duplicates.
 */

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await createTestApp();
  w = await world(t);
});
afterAll(() => t.close());

const put = (c: TestClient, url: string, body: unknown) => c.request('PUT', url, body);
const rows = (table: 'shifts' | 'rule_exceptions' | 'activity_participants' | 'activity_attendance', participantId: string) =>
  t.db.selectFrom(table).selectAll().where('participant_id', '=', participantId).execute();

describe('merging participants with hours and activities', () => {
  it('moves approved shifts, rule exceptions, invitations and attendance to the kept record', async () => {
    const birthDate = yearsAgo(17, 2);
    const kept = await person(w, { firstName: 'Sami', lastName: 'Berg', birthDate, compulsorySchool: false });
    const { person: dup, placement } = await activePlacement(w, {
      person: { firstName: 'Sami', lastName: 'Berg', birthDate },
      agreement: { startsOn: addDays(today(), -21) },
    });
    const workDate = addDays(mondayOf(today()), -7);
    const shift = await ok(
      w.contact.client.post(`${urls.placement(w.p, placement.id)}/shifts`, {
        workDate,
        startTime: '15:00',
        endTime: '17:00',
        approve: true,
      }),
      201,
    );
    expect(shift.shift.status).toBe('approved');
    await ok(
      w.c.post(`/api/programmes/${w.p}/participants/${dup.id}/rule-exceptions`, {
        rule: 'weekly-rest',
        appliesOn: mondayOf(workDate),
        reason: 'Dokumenteret',
        legalBasis: 'BEK om unges arbejde (testgrundlag)',
      }),
      201,
    );

    // Both records are on one course: the duplicate registered and present, the kept one only invited.
    const activity = await ok(
      w.c.post(`/api/programmes/${w.p}/activities`, {
        kind: 'professional_course',
        title: 'Lager og logistik',
        sessions: [{ startsAt: `${workDate}T10:00`, endsAt: `${workDate}T12:00` }],
      }),
      201,
    );
    const activityId = activity.id;
    await ok(w.c.post(`/api/programmes/${w.p}/activities/${activityId}/invitations`, { participantIds: [kept.id, dup.id] }));
    await ok(put(w.c, `/api/programmes/${w.p}/activities/${activityId}/participants/${dup.id}`, { status: 'registered' }));
    const detail = await ok(w.c.get(`/api/programmes/${w.p}/activities/${activityId}`));
    const sessionId = detail.sessions[0].id;
    await ok(
      put(w.c, `/api/programmes/${w.p}/activity-sessions/${sessionId}/attendance`, {
        marks: [
          { participantId: dup.id, present: true },
          { participantId: kept.id, present: false },
        ],
      }),
    );

    const merged = await w.c.post(`/api/programmes/${w.p}/participants/${kept.id}/merge`, { otherId: dup.id });
    expect(merged.statusCode, merged.body).toBe(200);

    expect(await rows('shifts', dup.id)).toEqual([]);
    expect((await rows('shifts', kept.id)).map((s) => [s.id, s.status])).toEqual([[shift.shift.id, 'approved']]);
    expect((await rows('rule_exceptions', kept.id)).map((e) => e.rule)).toEqual(['weekly-rest']);
    expect(await rows('activity_participants', dup.id)).toEqual([]);
    expect((await rows('activity_participants', kept.id)).map((r) => r.status)).toEqual(['registered']);
    expect(await rows('activity_attendance', dup.id)).toEqual([]);
    expect((await rows('activity_attendance', kept.id)).map((r) => r.present)).toEqual([true]);

    // The merge's audit entry says how many shifts followed.
    const audit = await t.db
      .selectFrom('audit_events')
      .select('details')
      .where('subject_id', '=', kept.id)
      .where('action', '=', 'update')
      .execute();
    expect(audit.some((a) => (a.details as { moved?: Record<string, number> }).moved?.shifts === 1)).toBe(true);
  });
});
