import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { auditRows, race } from '../../../test/support/races.ts';
import { nextStep, person, world, type World } from '../placements/fixtures.ts';

/**
 * Completing a next step (issue #17): done once, by whoever got there first. Of simultaneous
 * completions one answers 200 and is audited; the rest answer 409 state_changed and are not audited.
 */

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await createTestApp();
  w = await world(t, 'Jobplaneten Næste Skridt');
});
afterAll(() => t.close());

const N = 6;

describe('racing completions of a next step', () => {
  it('completes once of six simultaneous requests; the rest get 409 and no audit row', async () => {
    const p = await person(w, { firstName: 'Tilde' });
    const base = `/api/programmes/${w.p}/participants/${p.id}`;
    const step = await nextStep(w, p.id);
    const { won, lost } = await race(N, () => w.c.post(`${base}/next-steps/${step.id}/complete`));
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(N - 1);
    for (const r of lost)
      expect(r.json().error).toMatchObject({ code: 'state_changed', details: { subject: 'next_step', status: 'completed' } });
    const audits = await auditRows(t, 'next_step', step.id, 'update');
    expect(audits).toHaveLength(1);
    expect((await w.c.post(`${base}/next-steps/00000000-0000-4000-8000-000000000000/complete`)).statusCode).toBe(404);
  });
});
