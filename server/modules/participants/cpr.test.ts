import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { adult, createParticipant, issues, programmeWithCoordinator, youth, yearsAgo } from './fixtures.ts';

let t: TestApp;
let env: Awaited<ReturnType<typeof programmeWithCoordinator>>;
beforeAll(async () => {
  t = await createTestApp();
  env = await programmeWithCoordinator(t);
});
afterAll(() => t.close());

const url = () => `/api/programmes/${env.p.id}/participants`;
/** A CPR number for a birth date in the 2000s (7th digit 4), with a serial that fails modulus 11 or not. */
const cprFor = (birthDate: string, serial = '4123') =>
  `${birthDate.slice(8, 10)}${birthDate.slice(5, 7)}${birthDate.slice(2, 4)}-${serial}`;

describe('CPR numbers', () => {
  it('accepts a modulus-11 failure, encrypts it, keeps a keyed hash, and shows it masked', async () => {
    // 010190-1234 fails modulus 11 (sum 84) but is a valid number issued after 2007.
    const p = await createParticipant(
      env.c,
      env.p.id,
      adult(env.site.id, { birthDate: '1990-01-01', cpr: '010190-1234', cprReason: 'Lønudbetaling' }),
    );
    expect(p.cpr).toEqual({ masked: '010190-XXXX', reason: 'Lønudbetaling' });
    const row = await t.db.selectFrom('participants').select(['cpr_enc', 'cpr_hash']).where('id', '=', p.id).executeTakeFirstOrThrow();
    expect(row.cpr_enc).toMatch(/^v1:/);
    expect(row.cpr_enc).not.toContain('0101901234');
    expect(row.cpr_hash).toMatch(/^[0-9a-f]{64}$/);
    const list = await env.c.get(`${url()}?q=Jonas`);
    expect(list.body).not.toContain('1234');
    expect((await env.c.get(`${url()}/${p.id}`)).body).not.toContain('1234');
  });

  it('validates format, date and century, the birth date, and the reason', async () => {
    const post = (o: Record<string, unknown>) =>
      env.c.post(url(), adult(env.site.id, { birthDate: '1990-01-01', cprReason: 'Henvisning', ...o }));
    expect(issues(await post({ cpr: '0101901' }))).toEqual({ cpr: 'cpr_format' });
    expect(issues(await post({ cpr: '310290-1234', birthDate: '1990-02-28' }))).toEqual({ cpr: 'cpr_date' });
    expect(issues(await post({ cpr: '020190-1234' }))).toEqual({ cpr: 'cpr_birth_date_mismatch' });
    // Same digits, 7th digit 5: born 1890 by the century table, not 1990.
    expect(issues(await post({ cpr: '010190-5234' }))).toEqual({ cpr: 'cpr_birth_date_mismatch' });
    expect(issues(await post({ cpr: '010190-1234', cprReason: undefined }))).toEqual({ cprReason: 'cpr_reason_required' });
    expect(issues(await post({ cpr: '010190-1234', cprReason: '  ' }))).toEqual({ cprReason: 'cpr_reason_required' });
  });

  it('is revealed only to coordinators and administrators, through an audited POST', async () => {
    const p = await createParticipant(
      env.c,
      env.p.id,
      adult(env.site.id, { firstName: 'Afsløre', birthDate: '1990-01-01', cpr: '0101901234', cprReason: 'Løn', confirmNotDuplicate: true }),
    );
    const res = await env.c.post(`${url()}/${p.id}/cpr/reveal`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ cpr: '010190-1234' });
    expect(res.headers['cache-control']).toBe('no-store');
    const admin = await t.member(env.p.id, 'administrator');
    expect((await admin.client.post(`${url()}/${p.id}/cpr/reveal`)).json().cpr).toBe('010190-1234');
    for (const role of ['caseworker', 'mentor', 'funder'] as const) {
      expect((await (await t.member(env.p.id, role)).client.post(`${url()}/${p.id}/cpr/reveal`)).statusCode, role).toBe(404);
    }
    const events = await t.db
      .selectFrom('audit_events')
      .select(['action', 'subject_type', 'subject_person_id', 'details'])
      .where('subject_type', '=', 'cpr')
      .execute();
    expect(events).toEqual([
      { action: 'read', subject_type: 'cpr', subject_person_id: p.id, details: { reason: 'Løn' } },
      { action: 'read', subject_type: 'cpr', subject_person_id: p.id, details: { reason: 'Løn' } },
    ]);
    const everything = await t.db.selectFrom('audit_events').select('details').execute();
    expect(JSON.stringify(everything)).not.toMatch(/0101901234|010190-1234/);
    const none = await createParticipant(env.c, env.p.id, youth(env.site.id));
    expect((await env.c.post(`${url()}/${none.id}/cpr/reveal`)).statusCode).toBe(404);
  });

  it('can be added, must keep matching a changed birth date, and can be removed', async () => {
    const birthDate = yearsAgo(15, 40);
    const p = await createParticipant(env.c, env.p.id, youth(env.site.id, { firstName: 'Tilføj', birthDate }));
    const patch = (body: Record<string, unknown>) => env.c.request('PATCH', `${url()}/${p.id}`, body);
    expect(issues(await patch({ version: 1, cpr: cprFor(birthDate) }))).toEqual({ cprReason: 'cpr_reason_required' });
    const added = await patch({ version: 1, cpr: cprFor(birthDate), cprReason: 'Henvisning til jobcenter' });
    expect(added.json().cpr).toEqual({ masked: `${cprFor(birthDate).slice(0, 6)}-XXXX`, reason: 'Henvisning til jobcenter' });
    expect(issues(await patch({ version: 2, birthDate: yearsAgo(15, 41) }))).toEqual({ birthDate: 'cpr_birth_date_mismatch' });
    expect(issues(await patch({ version: 2, cprReason: '' }))).toEqual({ cprReason: 'cpr_reason_required' });
    const removed = await patch({ version: 2, cpr: null });
    expect(removed.json().cpr).toBeNull();
    expect((await patch({ version: 3, birthDate: yearsAgo(15, 41) })).statusCode).toBe(200);
  });
});
