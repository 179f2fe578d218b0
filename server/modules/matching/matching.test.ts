import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { ok, openOpening, person, today, world, yearsAgo, type World } from '../placements/fixtures.ts';

/** Matching over the API: ranked lists with evidence, why-not, pins/hides, weight sets, batch rounds and publishing. */

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await createTestApp();
  w = await world(t);
});
afterAll(() => t.close());

const url = (w: World) => ({
  candidates: (o: string) => `/api/programmes/${w.p}/openings/${o}/candidates`,
  why: (o: string, p: string) => `/api/programmes/${w.p}/openings/${o}/candidates/${p}/why`,
  openings: (p: string) => `/api/programmes/${w.p}/participants/${p}/openings`,
  adjustments: `/api/programmes/${w.p}/match-adjustments`,
  weightSets: `/api/programmes/${w.p}/match-weight-sets`,
  rounds: `/api/programmes/${w.p}/match-rounds`,
  round: (id: string) => `/api/programmes/${w.p}/match-rounds/${id}`,
});

async function consent(w: World, participantId: string) {
  await ok(
    w.c.post(`/api/programmes/${w.p}/participants/${participantId}/consents`, {
      purpose: 'share_employer',
      dataCategories: ['contact', 'profile'],
      givenOn: today(),
      givenBy: 'participant',
      method: 'paper',
    }),
    201,
  );
}

/** A 16-year-old out of school with a sharing consent, unless told otherwise. */
async function candidate(w: World, firstName: string, overrides: Record<string, unknown> = {}, withConsent = true) {
  const p = await person(w, {
    firstName,
    birthDate: yearsAgo(16, 40),
    compulsorySchool: false,
    compulsorySchoolEndsOn: null,
    step: 3,
    ...overrides,
  });
  if (withConsent) await consent(w, p.id);
  return p;
}

async function audits(subjectType: string) {
  return t.db
    .selectFrom('audit_events')
    .select(['action', 'subject_id', 'subject_person_id', 'details'])
    .where('subject_type', '=', subjectType)
    .orderBy('id')
    .execute();
}

describe('ranked lists', () => {
  it('sees a change at once: the cached index is rebuilt when the programme data version moves', async () => {
    const opening = await openOpening(w.c, w.p, w.place.workplace.id, { title: 'Cache-test', minAge: 15, maxAge: 17, places: 1 });
    const before = await ok(w.c.get(url(w).candidates(opening.id)));
    const late = await candidate(w, 'Sen');
    const after = await ok(w.c.get(url(w).candidates(opening.id)));
    const ids = (l: { results: Array<{ participant: { id: string } }> }) => l.results.map((r) => r.participant.id);
    expect(ids(before)).not.toContain(late.id);
    expect(ids(after)).toContain(late.id);
    // Revoking the sharing consent takes the person off the list on the next request.
    const consentId = (await t.db.selectFrom('consents').select('id').where('participant_id', '=', late.id).executeTakeFirstOrThrow()).id;
    await ok(w.c.post(`/api/programmes/${w.p}/participants/${late.id}/consents/${consentId}/revoke`, {}));
    expect(ids(await ok(w.c.get(url(w).candidates(opening.id))))).not.toContain(late.id);
  });

  it('lists eligible candidates with evidence and excludes a too-young one by the age rule; why-not names it', async () => {
    const opening = await openOpening(w.c, w.p, w.place.workplace.id, { title: 'Lagermedhjælper', minAge: 15, maxAge: 17, places: 1 });
    const sara = await candidate(w, 'Sara');
    const ali = await candidate(w, 'Ali', { interests: ['logistics'] });
    const young = await candidate(w, 'Lille', { birthDate: yearsAgo(14, 30), compulsorySchool: true });
    const noConsent = await candidate(w, 'Uden', {}, false);

    const list = await ok(w.c.get(url(w).candidates(opening.id)));
    expect(list.opening).toMatchObject({ id: opening.id, title: 'Lagermedhjælper', places: 1 });
    expect(list.weightSet).toEqual({ name: 'jobbro-default', version: 1 });
    const ids = list.results.map((r: { participant: { id: string } }) => r.participant.id);
    expect(ids).toEqual(expect.arrayContaining([sara.id, ali.id]));
    expect(ids).not.toContain(young.id);
    const first = list.results.find((r: { participant: { id: string } }) => r.participant.id === sara.id);
    expect(first.participant).toMatchObject({ name: 'Sara Hansen', kind: 'youth' });
    expect(first.factors.map((f: { factor: string }) => f.factor)).toEqual([
      'interests',
      'skills',
      'language',
      'distance',
      'schedule',
      'employerPreferences',
    ]);
    expect(first.factors[0].evidence).toMatchObject({ code: 'interests.match' });
    expect(first.missing).toEqual(expect.arrayContaining(['skills', 'language']));
    expect(first.priority).toMatchObject({ flagged: false });
    expect(list.competition.candidates).toBeGreaterThanOrEqual(2);
    // Sara's retail interest matches the retail task tag; Ali's does not.
    expect(ids.indexOf(sara.id)).toBeLessThan(ids.indexOf(ali.id));

    const excluded = new Map(list.excluded.items.map((e: { id: string }) => [e.id, e]));
    expect(excluded.get(young.id)).toMatchObject({
      label: 'Lille Hansen',
      rule: 'age',
      failure: { code: 'age.too-young', legal: true, params: { minAge: 15 } },
    });
    expect(excluded.get(noConsent.id)).toMatchObject({ rule: 'consent', failure: { code: 'consent.none' } });
    expect(list.excluded.byRule.age).toBeGreaterThanOrEqual(1);

    const why = await ok(w.c.get(url(w).why(opening.id, young.id)));
    expect(why).toMatchObject({ included: false, whyNot: { rule: 'age', code: 'age.too-young', legal: true } });
    expect(why.whyNot.message).toContain('opslaget kræver mindst 15 år');
    expect((await ok(w.c.get(url(w).why(opening.id, sara.id)))).included).toBe(true);

    const mine = await ok(w.c.get(url(w).openings(sara.id)));
    expect(mine.participant.id).toBe(sara.id);
    const row = mine.results.find((r: { opening: { id: string } }) => r.opening.id === opening.id);
    expect(row.congestion).toMatchObject({ places: 1 });
    expect(row.congestion.competitors).toBeGreaterThanOrEqual(1);

    const searches = await audits('match_candidates');
    expect(searches.at(-1)).toMatchObject({ action: 'search', subject_id: opening.id });
    expect((await audits('match_pair')).map((a) => a.subject_person_id)).toEqual(expect.arrayContaining([young.id, sara.id]));
    expect((await audits('match_openings')).at(-1)).toMatchObject({ action: 'read', subject_person_id: sara.id });
  });

  it('is refused to roles without matching access', async () => {
    const caseworker = await t.member(w.p, 'caseworker');
    const res = await caseworker.client.get(url(w).candidates(w.opening.id));
    expect(res.statusCode).toBe(403);
  });

  it('changes with pins and hides, each audited with its reason; an override never bypasses a legal rule', async () => {
    const opening = await openOpening(w.c, w.p, w.place.workplace.id, { title: 'Kassemedarbejder', minAge: 15, maxAge: 17 });
    const a = await candidate(w, 'Anna');
    const b = await candidate(w, 'Bo', { interests: ['logistics'] });
    const young = await candidate(w, 'Yngre', { birthDate: yearsAgo(14, 30), compulsorySchool: true });
    const order = async () =>
      (await ok(w.c.get(url(w).candidates(opening.id)))).results.map((r: { participant: { id: string } }) => r.participant.id);
    expect((await order()).indexOf(a.id)).toBeLessThan((await order()).indexOf(b.id));

    const pin = await ok(
      w.c.post(url(w).adjustments, { openingId: opening.id, participantId: b.id, kind: 'pin', reason: 'Har været i praktik her før' }),
      201,
    );
    expect((await order())[0]).toBe(b.id);
    const hide = await ok(
      w.c.post(url(w).adjustments, { openingId: opening.id, participantId: a.id, kind: 'hide', reason: 'Ønsker ikke kassearbejde' }),
      201,
    );
    const list = await ok(w.c.get(url(w).candidates(opening.id)));
    expect(list.results.map((r: { participant: { id: string } }) => r.participant.id)).not.toContain(a.id);
    expect(list.hidden).toEqual([expect.objectContaining({ id: a.id, reason: 'Ønsker ikke kassearbejde', excludedBy: null })]);
    expect(list.results[0]).toMatchObject({ pinned: true });
    const dup = await w.c.post(url(w).adjustments, { openingId: opening.id, participantId: a.id, kind: 'hide', reason: 'Igen' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('match_adjustment_exists');

    // Legal rules are not overridable: the schema refuses to store one.
    const legal = await w.c.post(url(w).adjustments, {
      openingId: opening.id,
      participantId: young.id,
      kind: 'override',
      rules: ['age'],
      reason: 'Næsten 15',
    });
    expect(legal.statusCode).toBe(400);
    expect(legal.json().error.details.issues[0]).toMatchObject({ path: ['rules', '0'], code: 'rule_not_overridable' });
    // A pin does not admit an excluded pair.
    await ok(w.c.post(url(w).adjustments, { openingId: opening.id, participantId: young.id, kind: 'pin', reason: 'Forsøg' }), 201);
    const after = await ok(w.c.get(url(w).candidates(opening.id)));
    expect(after.results.map((r: { participant: { id: string } }) => r.participant.id)).not.toContain(young.id);
    expect(after.excluded.items).toEqual(expect.arrayContaining([expect.objectContaining({ id: young.id, rule: 'age' })]));

    await ok(w.c.post(`${url(w).adjustments}/${hide.id}/remove`, { reason: 'Har skiftet mening' }));
    expect(await order()).toContain(a.id);
    const removedTwice = await w.c.post(`${url(w).adjustments}/${hide.id}/remove`, { reason: 'Igen' });
    expect(removedTwice.statusCode).toBe(409);

    const trail = await audits('match_adjustment');
    expect(trail).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'create',
          subject_id: pin.id,
          subject_person_id: b.id,
          details: expect.objectContaining({ kind: 'pin', reason: 'Har været i praktik her før' }),
        }),
        expect.objectContaining({
          action: 'update',
          subject_id: hide.id,
          subject_person_id: a.id,
          details: expect.objectContaining({ removed: true, reason: 'Har skiftet mening' }),
        }),
      ]),
    );
    const live = await ok(w.c.get(`${url(w).adjustments}?openingId=${opening.id}`));
    expect(live.adjustments.map((x: { kind: string }) => x.kind).sort()).toEqual(['pin', 'pin']);
  });
});

describe('weight sets', () => {
  it('starts from the built-in default and publishes new versions that lists then name', async () => {
    const v = await createTestApp();
    try {
      const ww = await world(v, 'Jobløft Vejle');
      expect(await ok(ww.c.get(url(ww).weightSets))).toMatchObject({ current: { name: 'jobbro-default', version: 1, builtIn: true } });
      const weights = { interests: 50, skills: 10, language: 10, distance: 10, schedule: 10, employerPreferences: 10 };
      const created = await ok(ww.c.post(url(ww).weightSets, { name: 'jobbro-default', weights, congestion: 0.3 }), 201);
      expect(created).toMatchObject({ name: 'jobbro-default', version: 2, builtIn: false, congestion: 0.3 });
      const again = await ok(ww.c.post(url(ww).weightSets, { name: 'jobbro-default', weights, congestion: 0.4 }), 201);
      expect(again.version).toBe(3);
      const zero = await ww.c.post(url(ww).weightSets, {
        name: 'x',
        weights: { interests: 0, skills: 0, language: 0, distance: 0, schedule: 0, employerPreferences: 0 },
        congestion: 0,
      });
      expect(zero.statusCode).toBe(400);
      const list = await ok(ww.c.get(url(ww).candidates(ww.opening.id)));
      expect(list.weightSet).toEqual({ name: 'jobbro-default', version: 3 });
    } finally {
      await v.close();
    }
  });
});

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
    expect(rows[0]!.match_reasons).toEqual(
      expect.arrayContaining([{ code: 'match_round', value: round.id }, expect.objectContaining({ code: 'score' })]),
    );
    expect((await mailJobs()).length - mailsBefore).toBe(round.matches.length);

    const twice = await r.c.post(`${url(r).round(round.id)}/publish`);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('match_round_published');
    expect(await placements()).toHaveLength(round.matches.length);

    // The placed people are busy now: a new round leaves them out.
    const next = await runRound({ mode: 'optimal', seed: 11, openingIds: openings.map((o) => o.id) });
    expect(next.report.participants).toBe(6 - round.matches.length);
  });

  it('refuses to publish a round that has not run', async () => {
    const created = await ok(r.c.post(url(r).rounds, { mode: 'optimal' }), 202);
    const res = await r.c.post(`${url(r).round(created.id)}/publish`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'match_round_not_ready', details: { status: 'draft' } });
    await t.drainJobs();
  });
});
