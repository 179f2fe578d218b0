import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { auditRows, race } from '../../../test/support/races.ts';
import { activePlacement, ok, world, type World } from '../placements/fixtures.ts';

/**
 * Simultaneous responses to one support request (issue #17): exactly one acknowledge or resolve takes
 * effect, answers 200 and is audited; the others answer 409 with the request's current status.
 */

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await createTestApp();
  w = await world(t, 'Jobplaneten Hotline');
});
afterAll(() => t.close());

const N = 10;

describe('racing responses to one support request', () => {
  it('answers one of ten resolves with 200 and the rest 409 with the current status; one audit row', async () => {
    const { placement } = await activePlacement(w, { person: { firstName: 'Ali' } });
    const raised = await ok(
      w.contact.client.post(`/api/programmes/${w.p}/placements/${placement.id}/support-requests`, {
        category: 'attendance',
        severity: 'normal',
        description: 'Kommer for sent',
      }),
      201,
    );
    const url = `/api/programmes/${w.p}/support-requests/${raised.id}/resolve`;
    const { won, lost } = await race(N, (i) => w.c.post(url, { resolution: `Løst ${i}` }));
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(N - 1);
    for (const r of lost) expect(r.json().error.details).toMatchObject({ from: 'resolved', to: 'resolved' });
    const audits = await auditRows(t, 'support_request', raised.id, 'update');
    expect(audits).toHaveLength(1);
  });
});
