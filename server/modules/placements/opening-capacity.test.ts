import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { agreement, move, ok, openOpening, person, propose, today, world, yearsAgo, type World } from './fixtures.ts';

/** An opening fills itself when its placements take every place, and reopens when one ends early. */

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await createTestApp();
  w = await world(t);
});
afterAll(() => t.close());

const openingStatus = async (id: string) => (await ok(w.c.get(`/api/programmes/${w.p}/openings/${id}`))).status;
const changes = (id: string) =>
  t.db
    .selectFrom('opening_status_changes')
    .select(['from_status', 'to_status', 'reason'])
    .where('opening_id', '=', id)
    .orderBy('id')
    .execute();

/** A 16-year-old out of school taken to `agreed` in the given opening. */
async function agreedIn(openingId: string, firstName: string) {
  const p = await person(w, { firstName, birthDate: yearsAgo(16, 20), compulsorySchool: false });
  let pl = await propose(w, p.id, openingId);
  pl = await move(w.c, w, pl, { to: 'interview' });
  pl = await move(w.c, w, pl, { to: 'offered' });
  return move(w.c, w, pl, { to: 'agreed', agreement: agreement({ startsOn: today() }) });
}

describe('an opening’s places', () => {
  it('fill the opening when agreed and running placements take them all, and free it when one ends early before the opening ends', async () => {
    const opening = await openOpening(w.c, w.p, w.place.workplace.id, { title: 'To pladser', places: 2 });
    const first = await agreedIn(opening.id, 'Første');
    expect(await openingStatus(opening.id)).toBe('open');
    const second = await agreedIn(opening.id, 'Anden');
    expect(await openingStatus(opening.id)).toBe('filled');

    // Filled: no more proposals.
    const late = await person(w, { firstName: 'Sen' });
    const refused = await w.c.post(`/api/programmes/${w.p}/placements`, {
      participantId: late.id,
      openingId: opening.id,
      matchReasons: [],
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('opening_not_open');

    // Starting a placement keeps its place; ending one early frees it.
    const active = await move(w.c, w, first, { to: 'active' });
    expect(await openingStatus(opening.id)).toBe('filled');
    await move(w.c, w, active, { to: 'ended_early', reason: 'moved' });
    expect(await openingStatus(opening.id)).toBe('open');
    expect(second.status).toBe('agreed');
    expect(await changes(opening.id)).toEqual([
      { from_status: null, to_status: 'open', reason: null },
      { from_status: 'open', to_status: 'filled', reason: 'places_taken' },
      { from_status: 'filled', to_status: 'open', reason: 'place_freed' },
    ]);
  });

  it('leave an opening a coordinator filled by hand alone when a placement ends', async () => {
    const opening = await openOpening(w.c, w.p, w.place.workplace.id, { title: 'Håndfyldt', places: 3 });
    const pl = await move(w.c, w, await agreedIn(opening.id, 'Hånd'), { to: 'active' });
    const current = await ok(w.c.get(`/api/programmes/${w.p}/openings/${opening.id}`));
    await ok(w.c.post(`/api/programmes/${w.p}/openings/${opening.id}/status`, { status: 'filled', version: current.version }));
    await move(w.c, w, pl, { to: 'ended_early', reason: 'other' });
    expect(await openingStatus(opening.id)).toBe('filled');
  });
});
