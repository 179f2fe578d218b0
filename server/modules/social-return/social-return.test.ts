import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SROI_PARAMETERS } from '../../../shared/domain/sroi/parameters.ts';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { activePlacement, ok, world, type World } from '../placements/fixtures.ts';

/** Social return: versioned parameter sets and the calculation over the programme's own placements. */

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await createTestApp();
  w = await world(t);
});
afterAll(() => t.close());

const url = (path: string) => `/api/programmes/${w.p}/social-return${path}`;

/** A set that makes the arithmetic easy to do by hand: no discounting, deadweight or drop-off. */
const PLAIN = {
  ...DEFAULT_SROI_PARAMETERS,
  discountRate: 0,
  deadweight: 0,
  attribution: 1,
  dropOff: 0,
  horizonYears: 1,
  costs: [{ year: 2025, amount: 100_000 }],
  values: DEFAULT_SROI_PARAMETERS.values.map((v) => ({
    ...v,
    savedBenefitsPerYear: v.kind === 'job' ? 60_000 : 10_000,
    extraTaxPerYear: v.kind === 'job' ? 40_000 : 0,
    source: 'Testværdi',
    example: false,
  })),
  effectYears: { ...DEFAULT_SROI_PARAMETERS.effectYears, job: 1 },
};

describe('parameter sets', () => {
  it('starts from the documented defaults, saves new versions with a reason (never overwrites) and lists who/when/why', async () => {
    const set = await ok(w.c.post(url('/parameter-sets'), { name: 'Standard' }), 201);
    expect(set).toMatchObject({
      name: 'Standard',
      versionCount: 1,
      latest: { version: 1, reason: 'Oprettet', createdBy: 'Kim Koordinator', parameters: { discountRate: 0.035 } },
    });
    expect(set.latest.parameters.values.every((v: { example: boolean }) => v.example)).toBe(true);

    const changed = { ...set.latest.parameters, discountRate: 0.04 };
    const noReason = await w.c.post(url(`/parameter-sets/${set.id}/versions`), { parameters: changed, reason: ' ' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.details.issues[0]).toMatchObject({ path: ['reason'] });
    const bad = await w.c.post(url(`/parameter-sets/${set.id}/versions`), { parameters: { ...changed, deadweight: 2 }, reason: 'x' });
    expect(bad.json().error.details.issues[0].path).toEqual(['parameters', 'deadweight']);

    const v2 = await ok(
      w.c.post(url(`/parameter-sets/${set.id}/versions`), { parameters: changed, reason: 'Finansministeriets nye rente' }),
      201,
    );
    expect(v2).toMatchObject({ version: 2, reason: 'Finansministeriets nye rente', parameters: { discountRate: 0.04 } });
    const versions = await ok(w.c.get(url(`/parameter-sets/${set.id}/versions`)));
    expect(
      versions.items.map((v: { version: number; parameters: { discountRate: number } }) => [v.version, v.parameters.discountRate]),
    ).toEqual([
      [2, 0.04],
      [1, 0.035],
    ]);
    const list = await ok(w.c.get(url('/parameter-sets')));
    expect(list.items).toEqual([expect.objectContaining({ id: set.id, versionCount: 2, latest: expect.objectContaining({ version: 2 }) })]);
    expect(list.defaults.discountRate).toBe(0.035);
    expect((await w.c.post(url('/parameter-sets'), { name: 'Standard' })).json().error.code).toBe('conflict');
  });

  it('funders and evaluators read and calculate but cannot save; others are refused', async () => {
    const set = await ok(w.c.post(url('/parameter-sets'), { name: 'Læs', parameters: PLAIN }), 201);
    for (const role of ['funder', 'evaluator'] as const) {
      const m = await t.member(w.p, role);
      expect((await m.client.get(url('/parameter-sets'))).statusCode).toBe(200);
      expect((await m.client.post(url('/calculate'), { parameterSetId: set.id, from: '2025-01-01', to: '2025-12-31' })).statusCode).toBe(
        200,
      );
      const refused = await m.client.post(url(`/parameter-sets/${set.id}/versions`), { parameters: PLAIN, reason: 'x' });
      expect(refused.statusCode).toBe(403);
    }
    expect((await w.contact.client.get(url('/parameter-sets'))).statusCode).toBe(403);
  });
});

describe('calculate', () => {
  it('values placement time and end outcomes from the data, by hand; anonymising someone changes nothing', async () => {
    const ww = await world(t, 'Jobløft Viborg');
    // A: active all of 2025. B: completed on 2025-06-30 into an ordinary job.
    const a = await activePlacement(ww);
    const b = await activePlacement(ww);
    await t.db.updateTable('placements').set({ starts_on: '2025-01-01', ends_on: '2025-12-31' }).where('id', '=', a.placement.id).execute();
    await t.db
      .updateTable('placements')
      .set({ starts_on: '2025-01-01', ends_on: '2025-12-31', ended_on: '2025-06-30', status: 'completed', outcome: 'ordinary_job' })
      .where('id', '=', b.placement.id)
      .execute();
    const set = await ok(ww.c.post(`/api/programmes/${ww.p}/social-return/parameter-sets`, { name: 'Enkel', parameters: PLAIN }), 201);
    const calc = () =>
      ok(ww.c.post(`/api/programmes/${ww.p}/social-return/calculate`, { parameterSetId: set.id, from: '2025-01-01', to: '2025-12-31' }));

    const r = await calc();
    // Job time: 1 + 181/365 person-years; ordinary job at the end: 1 person for 1 year; 100,000 kr. each.
    const benefits = 100_000 * (1 + 181 / 365 + 1);
    expect(r.presentValueCosts).toBeCloseTo(100_000, 6);
    expect(r.presentValueBenefits).toBeCloseTo(benefits, 6);
    expect(r.netPresentValue).toBeCloseTo(benefits - 100_000, 6);
    expect(r.returnPerKrone).toBeCloseTo(benefits / 100_000, 9);
    expect(r.sensitivity.low.netPresentValue).toBeLessThanOrEqual(r.netPresentValue);
    expect(r.sensitivity.high.netPresentValue).toBeGreaterThanOrEqual(r.netPresentValue);
    const keys = r.assumptions.map((x: { key: string }) => x.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        'data.outcomes',
        'data.effect-years',
        'discount-rate',
        'deadweight',
        'attribution',
        'drop-off',
        'costs',
        'sensitivity',
        'source.0',
      ]),
    );
    expect(keys).not.toContain('data.examples');

    await t.db.updateTable('participants').set({ anonymised_at: new Date() }).where('id', '=', a.person.id).execute();
    expect((await calc()).netPresentValue).toBeCloseTo(r.netPresentValue, 9);

    const tooLong = await ww.c.post(`/api/programmes/${ww.p}/social-return/calculate`, {
      parameterSetId: set.id,
      from: '2025-01-01',
      to: '2026-12-31',
    });
    expect(tooLong.json().error.details.issues[0]).toMatchObject({ path: ['to'], code: 'period_exceeds_horizon' });
    const unknown = await ww.c.post(`/api/programmes/${ww.p}/social-return/calculate`, {
      parameterSetId: set.id,
      version: 9,
      from: '2025-01-01',
      to: '2025-12-31',
    });
    expect(unknown.statusCode).toBe(404);
    // Another programme's set is not visible.
    expect((await w.c.post(url('/calculate'), { parameterSetId: set.id, from: '2025-01-01', to: '2025-12-31' })).statusCode).toBe(404);
  });
});
