import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { ok, openOpening, world, type World } from '../placements/fixtures.ts';
import { issues } from '../participants/fixtures.ts';
import { candidate, url } from './fixtures.ts';
import { MATCH_REASON_CODES } from '../../../shared/domain/matching/ranking/reasons.ts';

/** Matching over the API: batch rounds (optimal and preference mode) through the job, their report, and publishing. */

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('batch rounds', () => {
  let r: World;
  let people: Array<{ id: string }>;
  let noConsent: { id: string };
  let openings: Array<{ id: string; places: number }>;

  beforeAll(async () => {
    r = await world(t, 'Jobplaneten Viborg');
    openings = [
      await openOpening(r.c, r.p, r.place.workplace.id, { title: 'Butiksassistent', places: 2 }),
      await openOpening(r.c, r.p, r.place.workplace.id, { title: 'Opvasker', minAge: 15, maxAge: 17, places: 1, taskTags: ['kitchen'] }),
      await openOpening(r.c, r.p, r.place.workplace.id, {
        title: 'Lagerhjælp',
        minAge: 15,
        maxAge: 17,
        places: 1,
        taskTags: ['logistics'],
      }),
    ];
    // 4 places for 5 eligible people, and one who can go nowhere.
    people = [];
    for (const [i, name] of ['Asta', 'Bent', 'Cem', 'Dana', 'Eik'].entries()) {
      people.push(await candidate(r, name, { interests: [['retail'], ['kitchen'], ['logistics'], ['retail', 'kitchen'], ['kitchen']][i] }));
    }
    noConsent = await candidate(r, 'Fie', {}, false);
  });

  async function runRound(body: Record<string, unknown>, path = url(r).rounds) {
    const created = await ok(r.c.post(path, body), 202);
    expect(created.status).toBe('draft');
    await t.drainJobs();
    return ok(r.c.get(url(r).round(created.id)));
  }

  it('runs to ready through the job with a consistent report, and reruns with the same seed to the same result', async () => {
    const round = await runRound({ mode: 'optimal', seed: 42, openingIds: openings.map((o) => o.id) });
    expect(round).toMatchObject({ status: 'ready', progress: 100, seed: 42, weightSet: { name: 'jobbro-default', version: 1 } });
    expect(round.inputHash).toMatch(/^[0-9a-f]{64}$/);
    const report = round.report;
    expect(report).toMatchObject({ participants: 6, openings: 3, places: 4, matched: 4, capacityRespected: true, blockingPairs: null });
    expect(round.matches).toHaveLength(4);
    const perOpening = new Map<string, number>();
    for (const m of round.matches) perOpening.set(m.openingId, (perOpening.get(m.openingId) ?? 0) + 1);
    for (const o of openings) expect(perOpening.get(o.id) ?? 0).toBeLessThanOrEqual(o.places);
    expect(new Set(round.matches.map((m: { participantId: string }) => m.participantId)).size).toBe(4);
    for (const f of report.fill) expect(f.filled).toBeLessThanOrEqual(f.capacity);

    expect(report.unmatched).toHaveLength(2);
    const reasons = new Map(report.unmatched.map((u: { participantId: string; reason: string }) => [u.participantId, u]));
    expect(reasons.get(noConsent.id)).toMatchObject({
      reason: 'no_eligible_opening',
      eligibleOpenings: 0,
      byRule: { consent: 3 },
      name: 'Fie Hansen',
    });
    const other = report.unmatched.find((u: { participantId: string }) => u.participantId !== noConsent.id);
    expect(other).toMatchObject({ reason: 'outcompeted' });
    expect(other.eligibleOpenings).toBeGreaterThan(0);
    expect(report.top1.count).toBeGreaterThanOrEqual(1);
    expect(report.top3.count).toBe(4);
    expect(report.bySite).toEqual([{ key: 'Ellemarken', participants: 6, matched: 4, rate: 0.6667 }]);
    expect(report.byAgeBand).toEqual([{ key: '15_17', participants: 6, matched: 4, rate: 0.6667 }]);
    expect(report.byTier).toEqual([{ key: 'standard', participants: 6, matched: 4, rate: 0.6667 }]);

    const again = await runRound({}, `${url(r).round(round.id)}/rerun`);
    expect(again).toMatchObject({ status: 'ready', seed: 42, previousRoundId: round.id, inputHash: round.inputHash });
    expect(again.matches).toEqual(round.matches);
    expect(again.report.diff).toEqual({ previousRoundId: round.id, added: [], removed: [], unchanged: 4 });
  });

  it('honours pins and hides on a rerun, and gives flagged people a place first', async () => {
    const base = await runRound({ mode: 'optimal', seed: 7, openingIds: openings.map((o) => o.id) });
    const outcompeted = base.report.unmatched.find((u: { reason: string }) => u.reason === 'outcompeted').participantId;
    const held = base.matches[0];
    const hide = await ok(
      r.c.post(url(r).adjustments, { openingId: held.openingId, participantId: held.participantId, kind: 'hide', reason: 'Passer ikke' }),
      201,
    );
    const pin = await ok(
      r.c.post(url(r).adjustments, {
        openingId: openings[2]!.id,
        participantId: outcompeted,
        kind: 'pin',
        reason: 'Aftalt med virksomheden',
      }),
      201,
    );
    const rerun = await runRound({}, `${url(r).round(base.id)}/rerun`);
    expect(rerun.matches).toContainEqual(expect.objectContaining({ participantId: outcompeted, openingId: openings[2]!.id, via: 'pin' }));
    expect(rerun.matches).not.toContainEqual(expect.objectContaining({ participantId: held.participantId, openingId: held.openingId }));
    expect(rerun.report.pins.applied).toContainEqual({ participantId: outcompeted, openingId: openings[2]!.id });
    expect(rerun.report.hidden).toBe(1);
    expect(rerun.report.diff.previousRoundId).toBe(base.id);
    expect(rerun.inputHash).not.toBe(base.inputHash);
    for (const a of [hide, pin]) await ok(r.c.post(`${url(r).adjustments}/${a.id}/remove`, { reason: 'Testen er færdig' }));

    // A flagged person who lost out is placed once they carry priority.
    await t.db
      .updateTable('participants')
      .set({ priority: true, updated_at: sql`now()` })
      .where('id', '=', outcompeted)
      .execute();
    const prioritised = await runRound({ mode: 'optimal', seed: 7, openingIds: openings.map((o) => o.id) });
    expect(prioritised.matches.map((m: { participantId: string }) => m.participantId)).toContain(outcompeted);
    expect(prioritised.report.byTier).toContainEqual({ key: 'priority', participants: 1, matched: 1, rate: 1 });
    await t.db
      .updateTable('participants')
      .set({ priority: false, updated_at: sql`now()` })
      .where('id', '=', outcompeted)
      .execute();
  });

  it('runs a preference round on the people’s own wishes and reports blocking pairs', async () => {
    for (const [i, p] of people.entries()) {
      await ok(
        r.c.request('PUT', `/api/programmes/${r.p}/participants/${p.id}/match-preferences`, {
          openingIds: [openings[i % 3]!.id, openings[(i + 1) % 3]!.id],
        }),
      );
    }
    const round = await runRound({ mode: 'preference', seed: 3, openingIds: openings.map((o) => o.id) });
    expect(round.status).toBe('ready');
    expect(round.report.capacityRespected).toBe(true);
    expect(round.report.blockingPairs).toEqual([]);
    expect(round.matches.every((m: { via: string }) => m.via === 'preference')).toBe(true);
    expect(round.report.matched).toBe(4);
  });

  it('publishes in one transaction, tells the employer, and refuses a second publish', async () => {
    const round = await runRound({ mode: 'optimal', seed: 11, openingIds: openings.map((o) => o.id) });
    const placements = () =>
      t.db.selectFrom('placements').select(['participant_id', 'opening_id', 'match_reasons']).where('programme_id', '=', r.p).execute();
    const mailJobs = () =>
      t.db
        .selectFrom('jobs')
        .select('id')
        .where('queue', '=', 'mail.send')
        .where(sql<boolean>`payload->>'template' = 'placementProposed'`)
        .execute();
    expect(await placements()).toEqual([]);

    // One opening closes before publishing: nothing is proposed, the round stays ready.
    const closing = round.matches.at(-1).openingId;
    await t.db.updateTable('openings').set({ status: 'closed' }).where('id', '=', closing).execute();
    const refused = await r.c.post(`${url(r).round(round.id)}/publish`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('opening_not_open');
    expect(await placements()).toEqual([]);
    expect((await ok(r.c.get(url(r).round(round.id)))).status).toBe('ready');
    await t.db.updateTable('openings').set({ status: 'open' }).where('id', '=', closing).execute();

    const mailsBefore = (await mailJobs()).length;
    const published = await ok(r.c.post(`${url(r).round(round.id)}/publish`));
    expect(published).toMatchObject({ status: 'published' });
    expect(published.publishedAt).not.toBeNull();
    expect(published.publication.created).toHaveLength(round.matches.length);
    const rows = await placements();
    expect(rows.map((p) => `${p.participant_id} ${p.opening_id}`).sort()).toEqual(
      round.matches.map((m: { participantId: string; openingId: string }) => `${m.participantId} ${m.openingId}`).sort(),
    );
    // Issue #16: the reasons say what a person reads (the round and its date, the fitting factors),
    // never the engine's score, points or choice path.
    for (const row of rows) {
      const reasons = row.match_reasons as Array<{ code: string; value?: unknown }>;
      expect(reasons).toEqual(
        expect.arrayContaining([
          { code: 'match_round', value: round.id },
          { code: 'match_round_on', value: round.onDate },
        ]),
      );
      for (const reason of reasons) expect(MATCH_REASON_CODES).toContain(reason.code);
      expect(reasons.map((x) => x.code)).not.toContain('score');
    }
    expect(rows.flatMap((row) => row.match_reasons as Array<{ code: string }>).map((x) => x.code)).toContain('interests');
    expect((await mailJobs()).length - mailsBefore).toBe(round.matches.length);

    const twice = await r.c.post(`${url(r).round(round.id)}/publish`);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('match_round_published');
    expect(await placements()).toHaveLength(round.matches.length);

    // The placed people are busy now: a new round leaves them out.
    const next = await runRound({ mode: 'optimal', seed: 11, openingIds: openings.map((o) => o.id) });
    expect(next.report.participants).toBe(6 - round.matches.length);
  });

  it('takes every open opening only when asked to, and refuses a round with no openings chosen', async () => {
    const before = (await ok(r.c.get(url(r).rounds))).rounds?.length;
    // Ticking none used to mean "all open openings" (issue #16, item 2): now it is refused.
    const none = await r.c.post(url(r).rounds, { mode: 'optimal' });
    expect(none.statusCode).toBe(400);
    expect(issues(none)).toEqual({ openingIds: 'round_openings_required' });
    expect(issues(await r.c.post(url(r).rounds, { mode: 'optimal', openingIds: [] }))).toEqual({ openingIds: 'round_openings_required' });
    const both = await r.c.post(url(r).rounds, { mode: 'optimal', allOpenOpenings: true, openingIds: [openings[0]!.id] });
    expect(issues(both)).toEqual({ openingIds: 'round_openings_all_or_some' });
    expect((await ok(r.c.get(url(r).rounds))).rounds?.length).toBe(before);
    const all = await ok(r.c.post(url(r).rounds, { mode: 'optimal', allOpenOpenings: true }), 202);
    expect(all.openingIds).toEqual(expect.arrayContaining(openings.map((o) => o.id)));
    await t.drainJobs();
  });

  it('refuses to publish a round that has not run', async () => {
    const created = await ok(r.c.post(url(r).rounds, { mode: 'optimal', allOpenOpenings: true }), 202);
    const res = await r.c.post(`${url(r).round(created.id)}/publish`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'match_round_not_ready', details: { status: 'draft' } });
    await t.drainJobs();
  });

  it('answers 400 value_out_of_range, not 500, to a weight-set version beyond the database integer (issue #17, found by the fuzz suite)', async () => {
    const res = await r.c.post(url(r).rounds, {
      mode: 'optimal',
      allOpenOpenings: true,
      weightSet: { name: 'jobbro-default', version: 8_233_977_740_650_312 },
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'value_out_of_range', details: { sqlState: '22003' } });
  });
});
