import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { person, world, yearsAgo, type World } from '../placements/fixtures.ts';

/**
 * Simultaneous merges of one pair, half each way round (issue #17): without a lock both directions
 * succeeded and the two records ended merged into each other. Now one merge takes effect (200, its
 * two audit rows); the rest are refused (409 merge_not_allowed, or 410 when asked to keep the record
 * that was merged away) and write nothing.
 */

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await createTestApp();
  w = await world(t, 'Jobplaneten Sammenlægning');
});
afterAll(() => t.close());

const N = 6;

describe('racing merges', () => {
  it('merges one way only; the losers are refused and not audited', async () => {
    const birthDate = yearsAgo(16, 11);
    const a = await person(w, { firstName: 'Idris', lastName: 'Haddad', birthDate, compulsorySchool: false });
    const b = await person(w, { firstName: 'Idris', lastName: 'Haddad', birthDate, compulsorySchool: false });
    const responses = await Promise.all(
      Array.from({ length: N }, (_, i) => {
        const [keep, fold] = i % 2 === 0 ? [a.id, b.id] : [b.id, a.id];
        return w.c.post(`/api/programmes/${w.p}/participants/${keep}/merge`, { otherId: fold });
      }),
    );
    const won = responses.filter((r) => r.statusCode === 200);
    expect(won).toHaveLength(1);
    for (const r of responses.filter((r) => r.statusCode !== 200)) expect([409, 410]).toContain(r.statusCode);

    const rows = await t.db.selectFrom('participants').select(['id', 'merged_into']).where('id', 'in', [a.id, b.id]).execute();
    const merged = rows.filter((r) => r.merged_into);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.merged_into).toBe(won[0]!.json().id);
    const audits = await t.db
      .selectFrom('audit_events')
      .select('id')
      .where('subject_type', '=', 'participant')
      .where('subject_id', 'in', [a.id, b.id])
      .where('action', '=', 'update')
      .execute();
    expect(audits).toHaveLength(2);
  });
});
