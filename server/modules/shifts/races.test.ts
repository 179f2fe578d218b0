import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, mondayOf } from '../../../shared/domain/calendar/local-time.ts';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { activePlacement, ok, today, urls, world, type World } from '../placements/fixtures.ts';

/**
 * Simultaneous decisions on one shift (issue #17): exactly one request takes effect and answers 2xx,
 * it alone is audited, and every other answers 409 with the shift's current status.
 */

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await createTestApp();
  w = await world(t, 'Jobplaneten Kapløb');
});
afterAll(() => t.close());

const MON = addDays(mondayOf(today()), -14);
const shiftUrl = (id: string, action: 'approve' | 'corrections' | 'reject') => `/api/programmes/${w.p}/shifts/${id}/${action}`;
const N = 10;

async function submittedShift(firstName: string) {
  const { placement } = await activePlacement(w, { person: { firstName }, agreement: { startsOn: addDays(today(), -60) } });
  const body = { workDate: addDays(MON, 1), startTime: '15:00', endTime: '17:00' };
  return (await ok(w.contact.client.post(`${urls.placement(w.p, placement.id)}/shifts`, body), 201)).shift as { id: string };
}

const auditCount = async (subjectType: string, where: { subjectId?: string; corrects?: string }) => {
  let q = t.db
    .selectFrom('audit_events')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('subject_type', '=', subjectType)
    .where('action', '=', subjectType === 'shift' ? 'update' : 'create');
  if (where.subjectId) q = q.where('subject_id', '=', where.subjectId);
  if (where.corrects) q = q.where(({ ref, eb }) => eb(ref('details', '->>').key('corrects' as never), '=', where.corrects!));
  return Number((await q.executeTakeFirstOrThrow()).n);
};

describe('racing decisions on one shift', () => {
  it('answers one approve/reject with 2xx and the rest 409 with the current status; the audit has one decision', async () => {
    const shift = await submittedShift('Kaja');
    const responses = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        i % 2 === 0
          ? w.contact.client.post(shiftUrl(shift.id, 'approve'), {})
          : w.contact.client.post(shiftUrl(shift.id, 'reject'), { reason: 'Kaja var syg' }),
      ),
    );
    const won = responses.filter((r) => r.statusCode < 300);
    expect(won).toHaveLength(1);
    expect(responses.filter((r) => r.statusCode === 409)).toHaveLength(N - 1);

    const stored = await t.db.selectFrom('shifts').select('status').where('id', '=', shift.id).executeTakeFirstOrThrow();
    expect(won[0]!.json().shift.status).toBe(stored.status);
    for (const r of responses.filter((r) => r.statusCode === 409)) {
      expect(r.json().error.details.status).toBe(stored.status);
    }
    expect(await auditCount('shift', { subjectId: shift.id })).toBe(won.length);
  });

  it('answers one of ten simultaneous corrections of an approved shift with 201 and the rest 409 (the unique rule, not a 500)', async () => {
    const shift = await submittedShift('Malte');
    await ok(w.contact.client.post(shiftUrl(shift.id, 'approve'), {}));
    const responses = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        w.contact.client.post(shiftUrl(shift.id, 'corrections'), {
          workDate: addDays(MON, 1),
          startTime: '15:00',
          endTime: `${18 + (i % 3)}:00`,
          reason: `Rettelse ${i}`,
        }),
      ),
    );
    expect(responses.map((r) => r.statusCode).filter((s) => s >= 500)).toEqual([]);
    expect(responses.filter((r) => r.statusCode === 201)).toHaveLength(1);
    expect(responses.filter((r) => r.statusCode === 409)).toHaveLength(N - 1);
    const corrections = await t.db.selectFrom('shifts').select('id').where('corrects_shift_id', '=', shift.id).execute();
    expect(corrections).toHaveLength(1);
    expect(await auditCount('shift_correction', { corrects: shift.id })).toBe(1);
  });
});
