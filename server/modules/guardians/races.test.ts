import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/domain/calendar/local-time.ts';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { auditRows, race } from '../../../test/support/races.ts';
import { guardianNotice, person, today, world, yearsAgo, type World } from '../placements/fixtures.ts';

/**
 * Co-signing a guardian notice (issue #17): the day the guardian signed gates a job's start, so it is
 * recorded once. Of simultaneous co-signatures one answers 200 and is audited; the rest answer 409
 * state_changed, and the stored day is the winner's.
 */

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await createTestApp();
  w = await world(t, 'Jobplaneten Underskrift');
});
afterAll(() => t.close());

const N = 6;

describe('racing co-signatures', () => {
  it('records one of six simultaneous co-signatures; the rest get 409 and no audit row', async () => {
    const p = await person(w, { firstName: 'Noah', birthDate: yearsAgo(14, 30) });
    const base = `/api/programmes/${w.p}/participants/${p.id}/guardian-notices`;
    const notice = await guardianNotice(w, p.id);
    const { won, lost } = await race(N, (i) => w.c.post(`${base}/${notice.id}/cosign`, { cosignedOn: addDays(today(), -i) }));
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(N - 1);
    for (const r of lost)
      expect(r.json().error).toMatchObject({ code: 'state_changed', details: { subject: 'guardian_notice', status: 'cosigned' } });
    const stored = await t.db
      .selectFrom('guardian_job_notices')
      .select('cosigned_on')
      .where('id', '=', notice.id)
      .executeTakeFirstOrThrow();
    expect(stored.cosigned_on).toBe(won[0]!.json().cosignedOn);
    const audits = await auditRows(t, 'guardian_notice', notice.id, 'update');
    expect(audits).toHaveLength(1);
    // Later, one at a time, the signed day still cannot be rewritten.
    expect((await w.c.post(`${base}/${notice.id}/cosign`, { cosignedOn: today() })).statusCode).toBe(409);
  });
});
