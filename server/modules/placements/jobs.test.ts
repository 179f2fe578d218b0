import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/domain/calendar/local-time.ts';
import { addMonths } from '../../../shared/domain/participants/dates.ts';
import { asSystem } from '../../../db/tenant.ts';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { enqueue } from '../../lib/jobs.ts';
import { mailsTo } from '../companies/fixtures.ts';
import { activePlacement, mentor, move, ok, person, propose, today, urls, world, type World } from './fixtures.ts';
import { runPlacementSchedule } from './jobs.ts';

/** The scheduled placement job: stale proposals, follow-ups falling due, contracts about to end. */

let t: TestApp;
let w: World;
let admin: Awaited<ReturnType<TestApp['member']>>;
beforeAll(async () => {
  t = await createTestApp();
  w = await world(t);
  admin = await t.member(w.p, 'administrator');
});
afterAll(() => t.close());

const DAY = 86_400_000;
const inDays = (n: number) => new Date(Date.now() + n * DAY);
const get = async (id: string) => ok(w.c.get(urls.placement(w.p, id)));

describe('stale proposals', () => {
  it('are flagged after the programme’s N days and closed (declined, reason stale) after M days', async () => {
    await ok(admin.client.request('PATCH', `/api/programmes/${w.p}/settings/placements`, { staleFlagDays: 3, staleCloseDays: 5 }));
    const stale = await propose(w, (await person(w, { firstName: 'Stine' })).id);
    const moved = await propose(w, (await person(w, { firstName: 'Mikkel' })).id);
    await move(w.c, w, moved, { to: 'interview' });

    expect(await runPlacementSchedule(t.services, inDays(2))).toMatchObject({ flagged: 0, closed: 0 });
    expect(await runPlacementSchedule(t.services, inDays(4))).toMatchObject({ flagged: 1, closed: 0 });
    expect(await runPlacementSchedule(t.services, inDays(4))).toMatchObject({ flagged: 0, closed: 0 });
    const flagged = await get(stale.id);
    expect(flagged).toMatchObject({ status: 'proposed', staleFlaggedAt: expect.any(String), version: 1 });
    expect(flagged.events.map((e: { action: string; party: string }) => [e.action, e.party])).toEqual([
      ['propose', 'coordinator'],
      ['flag_stale', 'system'],
    ]);
    const todo = await ok(w.c.get(`/api/programmes/${w.p}/todo`));
    expect(todo.staleProposals).toEqual([
      expect.objectContaining({ placementId: stale.id, firstName: 'Stine', openingTitle: 'Butiksassistent', proposedOn: today() }),
    ]);

    expect(await runPlacementSchedule(t.services, inDays(6))).toMatchObject({ closed: 1 });
    const closed = await get(stale.id);
    expect(closed).toMatchObject({ status: 'declined', declineReason: 'stale', declinedBy: 'system', version: 2 });
    expect(closed.events.at(-1)).toMatchObject({ action: 'decline', party: 'system', actorUserId: null, reason: 'stale' });
    expect((await get(moved.id)).status).toBe('interview');
    expect((await ok(w.c.get(`/api/programmes/${w.p}/todo`))).staleProposals).toEqual([]);

    const [mail] = (await mailsTo(t, w.contact.email)).filter((m) => m.subject.includes('afvist') && m.text.includes(stale.id));
    expect(mail?.subject).toBe('Forløbet for Stine (Butiksassistent) er nu afvist');
    expect(mail?.text).toContain('Det var Jobbro, der ændrede det.');
    const audit = await t.db
      .selectFrom('audit_events')
      .select(['actor_user_id', 'request_id'])
      .where('subject_id', '=', stale.id)
      .where('action', '=', 'update')
      .execute();
    expect(audit).toEqual([{ actor_user_id: null, request_id: 'job:placements.schedule' }]);
    await ok(admin.client.request('PATCH', `/api/programmes/${w.p}/settings/placements`, { staleFlagDays: 14, staleCloseDays: 30 }));
  });

  it('runs from the job queue', async () => {
    await asSystem(t.db, (trx) => enqueue(trx, 'placements.schedule', {}));
    await t.drainJobs();
    const job = await t.db
      .selectFrom('jobs')
      .select(['done_at', 'result'])
      .where('queue', '=', 'placements.schedule')
      .executeTakeFirstOrThrow();
    expect(job.done_at).not.toBeNull();
    expect(job.result).toMatchObject({ flagged: 0, closed: 0 });
  });
});

describe('follow-ups falling due', () => {
  it('are announced to the coordinators once, in Danish', async () => {
    const { placement } = await activePlacement(w, {
      person: { firstName: 'Yasmin', lastName: 'Ali' },
      agreement: { startsOn: addDays(today(), -10) },
    });
    const result = await runPlacementSchedule(t.services);
    expect(result.followUpsAnnounced).toBeGreaterThanOrEqual(1);
    const mails = (await mailsTo(t, w.env.coordinator.email)).filter(
      (m) => m.subject.startsWith('Tid til opfølgning') && m.text.includes(placement.id),
    );
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe('Tid til opfølgning: Yasmin Ali (Butiksassistent)');
    expect(mails[0]!.text).toContain('Der skal følges op på forløbet for Yasmin Ali i stillingen Butiksassistent: efter 1 uge.');
    expect((await runPlacementSchedule(t.services)).followUpsAnnounced).toBe(0);
    expect(
      (await mailsTo(t, w.env.coordinator.email)).filter(
        (m) => m.subject.startsWith('Tid til opfølgning') && m.text.includes(placement.id),
      ),
    ).toHaveLength(1);
  });
});

describe('contracts ending', () => {
  it('are announced to coordinators, the employer and the mentor, once, within the notice period', async () => {
    const m = await mentor(t, w, { withUser: true, name: 'Mads Mentor' });
    const endsOn = addDays(today(), 10);
    const { placement } = await activePlacement(w, {
      person: { firstName: 'Emil' },
      agreement: { startsOn: addMonths(endsOn, -6), endsOn, mentorId: m.record.id },
    });
    const later = await activePlacement(w, { person: { firstName: 'Freja' }, agreement: { startsOn: addDays(today(), -30) } });
    await runPlacementSchedule(t.services);
    const subject = (name: string) => (s: { subject: string }) => s.subject.startsWith(`Forløbet for ${name} (Butiksassistent) slutter`);
    for (const who of [w.env.coordinator.email, w.contact.email, m.user!.email]) {
      const mails = (await mailsTo(t, who)).filter(subject('Emil'));
      expect(mails, who).toHaveLength(1);
      expect(mails[0]!.text).toContain('Husk at tale om, hvad der skal ske bagefter.');
      expect(mails[0]!.text).toContain(`http://localhost:3000/programmes/${w.p}/placements/${placement.id}`);
    }
    expect((await mailsTo(t, w.env.coordinator.email)).filter(subject('Freja'))).toEqual([]);
    expect((await runPlacementSchedule(t.services)).endingsAnnounced).toBe(0);
    expect(later.placement.status).toBe('active');
  });
});
