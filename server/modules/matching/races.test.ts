import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { ok, openOpening, world, type World } from '../placements/fixtures.ts';
import { candidate, url } from './fixtures.ts';

/**
 * Simultaneous state changes (issue #17): of N equal requests exactly one takes effect, answers 2xx
 * and is audited; the others answer 409. Consents are revoked here too, as the ranking depends on them.
 */

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await createTestApp();
  w = await world(t, 'Jobplaneten Samtidig');
});
afterAll(() => t.close());

const N = 10;

const audited = async (subjectType: string, subjectId: string) =>
  Number(
    (
      await t.db
        .selectFrom('audit_events')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('subject_type', '=', subjectType)
        .where('subject_id', '=', subjectId)
        .where('action', '=', 'update')
        .executeTakeFirstOrThrow()
    ).n,
  );

function tally(responses: Array<{ statusCode: number }>) {
  return {
    ok: responses.filter((r) => r.statusCode < 300).length,
    conflict: responses.filter((r) => r.statusCode === 409).length,
  };
}

describe('racing state changes', () => {
  it('removes a pin/hide once: one 200, the rest 409, one audit row', async () => {
    const opening = await openOpening(w.c, w.p, w.place.workplace.id, { title: 'Kapløb', minAge: 15, maxAge: 17, places: 1 });
    const a = await candidate(w, 'Asta');
    const hide = await ok(w.c.post(url(w).adjustments, { openingId: opening.id, participantId: a.id, kind: 'hide', reason: 'Prøve' }), 201);
    const responses = await Promise.all(
      Array.from({ length: N }, (_, i) => w.c.post(`${url(w).adjustments}/${hide.id}/remove`, { reason: `Fjern ${i}` })),
    );
    expect(tally(responses)).toEqual({ ok: 1, conflict: N - 1 });
    expect(await audited('match_adjustment', hide.id)).toBe(1);
  });

  it('revokes a consent once: one 200, the rest 409 state_changed, one audit row', async () => {
    const b = await candidate(w, 'Bo');
    const consentId = (await t.db.selectFrom('consents').select('id').where('participant_id', '=', b.id).executeTakeFirstOrThrow()).id;
    const responses = await Promise.all(
      Array.from({ length: N }, () => w.c.post(`/api/programmes/${w.p}/participants/${b.id}/consents/${consentId}/revoke`, {})),
    );
    expect(tally(responses)).toEqual({ ok: 1, conflict: N - 1 });
    for (const r of responses.filter((r) => r.statusCode === 409)) expect(r.json().error).toMatchObject({ code: 'state_changed' });
    expect(await audited('consent', consentId)).toBe(1);
  });
});
