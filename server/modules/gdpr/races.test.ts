import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { auditRows, race } from '../../../test/support/races.ts';
import { person, world, type World } from '../placements/fixtures.ts';

/**
 * Simultaneous erasure requests for one person (issue #17): one anonymises and is audited; the rest
 * wait on the row lock, find the person anonymised and answer 409 participant_anonymised, unaudited.
 */

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await createTestApp();
  w = await world(t, 'Jobplaneten Sletning');
});
afterAll(() => t.close());

const N = 6;

describe('racing erasures', () => {
  it('anonymises once of six simultaneous requests; the rest get 409 participant_anonymised and no audit row', async () => {
    const p = await person(w, { firstName: 'Slet' });
    const { won, lost } = await race(N, () => w.c.post(`/api/programmes/${w.p}/participants/${p.id}/anonymise`));
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(N - 1);
    for (const r of lost) expect(r.json().error.code).toBe('participant_anonymised');
    const stored = await t.db.selectFrom('participants').select('anonymised_at').where('id', '=', p.id).executeTakeFirstOrThrow();
    expect(new Date(stored.anonymised_at!).toISOString()).toBe(won[0]!.json().anonymisedAt);
    const audits = await auditRows(t, 'participant', p.id, 'delete');
    expect(audits).toHaveLength(1);
  });
});
