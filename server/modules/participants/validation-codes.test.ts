import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { adult, createParticipant, daysAgo, issues, programmeWithCoordinator, youth } from './fixtures.ts';

/**
 * The validation codes the other participant suites do not reach, one bad input each, so every
 * message the UI translates has an API test naming its field.
 */
let t: TestApp;
let env: Awaited<ReturnType<typeof programmeWithCoordinator>>;
beforeAll(async () => {
  t = await createTestApp();
  env = await programmeWithCoordinator(t);
});
afterAll(() => t.close());

const participants = () => `/api/programmes/${env.p.id}/participants`;

describe('intake field codes', () => {
  it.each([
    ['benefitType', { benefitType: 'lottery_win' }, 'benefit_type_unknown'],
    ['track', { track: 'astronaut' }, 'track_unknown'],
    ['status', { status: 'sleeping' }, 'status_unknown'],
    ['maxWeeklyHours', { maxWeeklyHours: 60 }, 'weekly_hours_range'],
    ['travelKm', { travelKm: -1 }, 'travel_km_range'],
    ['firstName', { firstName: 'x'.repeat(101) }, 'too_long'],
  ])('%s', async (path, overrides, code) => {
    const res = await env.c.post(participants(), adult(env.site.id, overrides));
    expect(res.statusCode).toBe(400);
    expect(issues(res)).toMatchObject({ [path]: code });
  });

  it('educationStatus', async () => {
    const res = await env.c.post(participants(), youth(env.site.id, { educationStatus: 'kindergarten' }));
    expect(issues(res)).toMatchObject({ educationStatus: 'education_status_unknown' });
  });

  it('a ladder reason longer than 1,000 characters', async () => {
    const p = await createParticipant(env.c, env.p.id, youth(env.site.id, { firstName: 'Lang', email: null }));
    const res = await env.c.post(`${participants()}/${p.id}/ladder`, { step: 2, onDate: daysAgo(0), reason: 'x'.repeat(1001) });
    expect(issues(res)).toMatchObject({ reason: 'too_long' });
  });
});

describe('list filter codes', () => {
  it('an unknown age band and a yes/no filter that is neither', async () => {
    const res = await env.c.get(`${participants()}?ageBand=toddler&needsAttention=maybe`);
    expect(res.statusCode).toBe(400);
    expect(issues(res)).toMatchObject({ ageBand: 'age_band_unknown', needsAttention: 'boolean_format' });
  });
});

describe('consent codes', () => {
  it('an unknown method and data category', async () => {
    const p = await createParticipant(env.c, env.p.id, adult(env.site.id, { firstName: 'Samtykke', email: null }));
    const res = await env.c.post(`${participants()}/${p.id}/consents`, {
      purpose: 'share_employer',
      allPartners: true,
      dataCategories: ['contact', 'shoe_size'],
      givenOn: daysAgo(1),
      givenBy: 'participant',
      method: 'telepathy',
    });
    expect(res.statusCode).toBe(400);
    expect(issues(res)).toMatchObject({ method: 'consent_method_unknown', 'dataCategories.1': 'data_category_unknown' });
  });
});
