import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { ok, person, today, world, type World } from '../placements/fixtures.ts';

/**
 * Free text the coverage test (`anonymise-coverage.test.ts`) found unscrubbed: the reasons on a
 * person's ladder steps and on coordinators' pins/hides. Erasure keeps the rows, not the text.
 */
let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await createTestApp();
  w = await world(t);
});
afterAll(() => t.close());

describe('erasure', () => {
  it('blanks the ladder’s and the matching decisions’ reasons, keeping steps and decisions', async () => {
    const p = await person(w);
    const base = `/api/programmes/${w.p}/participants/${p.id}`;
    await ok(w.c.post(`${base}/ladder`, { step: 2, onDate: today(), reason: 'Mor er syg, vil gerne i gang' }));
    const pin = await ok(
      w.c.post(`/api/programmes/${w.p}/match-adjustments`, {
        openingId: w.opening.id,
        participantId: p.id,
        kind: 'pin',
        reason: 'Kender ejeren',
      }),
      201,
    );
    await ok(w.c.post(`${base}/anonymise`));

    const ladder = await t.db
      .selectFrom('ladder_events')
      .select(['to_step', 'reason'])
      .where('participant_id', '=', p.id)
      .orderBy('created_at')
      .execute();
    expect(ladder).toEqual([
      { to_step: 1, reason: 'intake' },
      { to_step: 2, reason: 'Anonymiseret' },
    ]);
    const adjustments = await t.db
      .selectFrom('match_adjustments')
      .select(['id', 'kind', 'reason', 'removal_reason'])
      .where('participant_id', '=', p.id)
      .execute();
    expect(adjustments).toEqual([{ id: pin.id, kind: 'pin', reason: 'Anonymiseret', removal_reason: null }]);
  });
});
