import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, PASSWORD, type TestApp } from '../../../test/support/app.ts';
import { createParticipant, programmeWithCoordinator, youth, photoConsent } from '../participants/fixtures.ts';

/**
 * Simultaneous withdrawals of one consent through the portal (issue #17): exactly one request takes
 * effect and answers 200, it alone is audited, and every other answers 409 with the consent's state.
 */

let t: TestApp;
let env: Awaited<ReturnType<typeof programmeWithCoordinator>>;
beforeAll(async () => {
  t = await createTestApp();
  env = await programmeWithCoordinator(t);
});
afterAll(() => t.close());

const N = 6;

describe('racing withdrawals of one consent in the portal', () => {
  it('answers one revoke with 200 and the rest 409 state_changed; the audit has one withdrawal', async () => {
    const base = `/api/programmes/${env.p.id}/participants`;
    const p = await createParticipant(env.c, env.p.id, youth(env.site.id, { firstName: 'Kapløb' }));
    const consent = (await env.c.post(`${base}/${p.id}/consents`, photoConsent())).json();
    const code = (await env.c.post(`${base}/${p.id}/portal-codes`, { for: 'participant' })).json().code;
    const c = t.client();
    expect((await c.post('/api/portal/redeem', { code, password: PASSWORD })).statusCode).toBeLessThan(300);

    const responses = await Promise.all(Array.from({ length: N }, () => c.post(`/api/portal/consents/${consent.id}/revoke`)));
    const won = responses.filter((r) => r.statusCode < 300);
    expect(won).toHaveLength(1);
    expect(won[0]!.json()).toMatchObject({ id: consent.id, inForce: false });
    const lost = responses.filter((r) => r.statusCode === 409);
    expect(lost).toHaveLength(N - 1);
    for (const r of lost)
      expect(r.json().error).toMatchObject({ code: 'state_changed', details: { subject: 'consent', status: 'revoked' } });

    const audited = await t.db
      .selectFrom('audit_events')
      .select('id')
      .where('subject_type', '=', 'consent')
      .where('action', '=', 'update')
      .where('subject_id', '=', consent.id)
      .execute();
    expect(audited).toHaveLength(won.length);
  });
});
