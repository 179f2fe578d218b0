import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { person, propose, today, world, type World } from '../placements/fixtures.ts';
import { api, ok } from './fixtures.ts';

/** The company pages list the company's placements (issue #16: "Ingen forløb endnu" beside active ones). */

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await createTestApp();
  w = await world(t);
});
afterAll(() => t.close());

describe('company profile placements', () => {
  it('lists a placement in the company’s opening with the person’s name, the opening and the status', async () => {
    const youth = await person(w, { firstName: 'Sofie', lastName: 'Hansen' });
    const placement = await propose(w, youth.id);
    const profile = await ok(w.c.get(api.company(w.p, w.place.company.id)));
    expect(profile.placements).toEqual([
      {
        id: placement.id,
        status: 'proposed',
        participant: { firstName: 'Sofie', lastName: 'Hansen' },
        openingTitle: 'Butiksassistent',
        startsOn: null,
        endsOn: null,
      },
    ]);
  });

  it('lists the placement on the employer’s own company page with the candidate’s first name only', async () => {
    const youth = await person(w, { firstName: 'Mads', lastName: 'Jensen' });
    const placement = await propose(w, youth.id);
    const company = await ok(w.contact.client.get(`/api/employer/companies/${w.place.company.id}`));
    expect(company.placements).toContainEqual({
      id: placement.id,
      status: 'proposed',
      candidate: { firstName: 'Mads' },
      openingTitle: 'Butiksassistent',
      startsOn: null,
      endsOn: null,
    });
  });

  it('shows a caseworker only the placements of people whose job-centre consent shares their employment (issue #17)', async () => {
    const shared = await person(w, { firstName: 'Delt', lastName: 'Beskæftigelse' });
    const hidden = await person(w, { firstName: 'Skjult', lastName: 'Uden Samtykke' });
    const sharedPlacement = await propose(w, shared.id);
    await propose(w, hidden.id);
    await ok(
      w.c.post(`/api/programmes/${w.p}/participants/${shared.id}/consents`, {
        purpose: 'share_job_centre',
        allPartners: true,
        dataCategories: ['employment'],
        givenOn: today(),
        givenBy: 'participant',
        method: 'paper',
      }),
      201,
    );
    const caseworker = await t.member(w.p, 'caseworker');
    const profile = await ok(caseworker.client.get(api.company(w.p, w.place.company.id)));
    expect(profile.placements.map((p: { id: string }) => p.id)).toEqual([sharedPlacement.id]);
    expect(JSON.stringify(profile)).not.toContain('Uden Samtykke');
  });
});
