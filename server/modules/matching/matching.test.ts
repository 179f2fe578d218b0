import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { ok, openOpening, world, yearsAgo, type World } from '../placements/fixtures.ts';
import { candidate, url } from './fixtures.ts';

/** Matching over the API: ranked lists with evidence, why-not, pins/hides and weight sets (batch rounds: rounds.test.ts). */

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await createTestApp();
  w = await world(t);
});
afterAll(() => t.close());

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
    // An override that names no rule is refused, never read as "all three" (issue #16).
    for (const rules of [[], undefined]) {
      const none = await w.c.post(url(w).adjustments, {
        openingId: opening.id,
        participantId: b.id,
        kind: 'override',
        rules,
        reason: 'Alt',
      });
      expect(none.statusCode).toBe(400);
      expect(none.json().error.details.issues).toEqual([expect.objectContaining({ path: ['rules'], code: 'override_rules_required' })]);
    }
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
