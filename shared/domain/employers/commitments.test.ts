import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/local-time.ts';
import { commitmentProgress, deliveredAgainst, type Commitment, type Delivery } from './commitments.ts';
import { OPENING_KINDS } from './openings.ts';

const SUMMER: Commitment = { openingKind: 'private_leisure', targetCount: 3, periodFrom: '2026-06-01', periodTo: '2026-08-31' };
const d = (unitId: string, deliveredOn: string, count = 1, kind: Delivery['kind'] = 'private_leisure'): Delivery => ({
  unitId,
  kind,
  count,
  deliveredOn,
});

describe('commitmentProgress', () => {
  it('counts deliveries of the committed kind inside the period, both ends included', () => {
    const deliveries = [
      d('a', '2026-06-01'),
      d('b', '2026-08-31', 2),
      d('c', '2026-05-31'),
      d('e', '2026-09-01'),
      d('f', '2026-07-01', 1, 'internship'),
    ];
    expect(commitmentProgress(SUMMER, deliveries, '2026-09-15')).toEqual({ delivered: 3, remaining: 0, expectedByNow: 3, status: 'met' });
  });

  it('counts a unit once, however often it was delivered', () => {
    expect(deliveredAgainst(SUMMER, [d('a', '2026-06-10', 2), d('a', '2026-07-10', 2), d('a', '2026-05-10', 2)])).toBe(2);
  });

  it.each<[string, string, Delivery[], { status: string; expectedByNow: number }]>([
    ['before the period', '2026-05-01', [], { status: 'upcoming', expectedByNow: 0 }],
    ['on its first day', '2026-06-01', [], { status: 'on_track', expectedByNow: 0 }],
    ['halfway with nothing', '2026-07-16', [], { status: 'behind', expectedByNow: 1 }],
    ['halfway with one', '2026-07-16', [d('a', '2026-06-05')], { status: 'on_track', expectedByNow: 1 }],
    ['on its last day short', '2026-08-31', [d('a', '2026-06-05')], { status: 'behind', expectedByNow: 3 }],
    ['after it, short', '2026-09-01', [d('a', '2026-06-05')], { status: 'missed', expectedByNow: 3 }],
  ])('is %s', (_name, today, deliveries, expected) => {
    expect(commitmentProgress(SUMMER, deliveries, today)).toMatchObject(expected);
  });

  it('refuses malformed commitments', () => {
    expect(() => commitmentProgress({ ...SUMMER, periodTo: '2026-05-01' }, [], '2026-06-01')).toThrow(RangeError);
    expect(() => commitmentProgress({ ...SUMMER, targetCount: 1.5 }, [], '2026-06-01')).toThrow(RangeError);
    expect(() => commitmentProgress(SUMMER, [], '2026-6-1')).toThrow(RangeError);
  });
});

// --- Properties ---------------------------------------------------------------------------------

const BASE = '2025-01-01';
const date = fc.integer({ min: 0, max: 1100 }).map((n) => addDays(BASE, n));
const kind = fc.constantFrom(...OPENING_KINDS);
const commitment: fc.Arbitrary<Commitment> = fc
  .record({ openingKind: kind, targetCount: fc.integer({ min: 0, max: 20 }), a: date, b: date })
  .map(({ openingKind, targetCount, a, b }) => ({ openingKind, targetCount, periodFrom: a < b ? a : b, periodTo: a < b ? b : a }));
const delivery: fc.Arbitrary<Delivery> = fc.record({
  unitId: fc.constantFrom('u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8'),
  kind,
  count: fc.integer({ min: 1, max: 5 }),
  deliveredOn: date,
});
const deliveries = fc.array(delivery, { maxLength: 20 });

describe('commitment maths properties', () => {
  it('remaining is what is missing of the target, and met means nothing is missing', () => {
    fc.assert(
      fc.property(commitment, deliveries, date, (c, ds, today) => {
        const p = commitmentProgress(c, ds, today);
        expect(p.remaining).toBe(Math.max(0, c.targetCount - p.delivered));
        expect(p.status === 'met').toBe(p.remaining === 0);
        expect(p.delivered).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('does not depend on the order or repetition of deliveries', () => {
    const reordered = deliveries.chain((ds) =>
      fc.tuple(fc.constant(ds), fc.shuffledSubarray([...ds, ...ds], { minLength: 2 * ds.length })),
    );
    fc.assert(
      fc.property(commitment, reordered, date, (c, [ds, shuffled], today) => {
        expect(commitmentProgress(c, shuffled, today)).toEqual(commitmentProgress(c, ds, today));
      }),
    );
  });

  it('never loses delivery when a new unit is delivered', () => {
    fc.assert(
      fc.property(commitment, deliveries, delivery, (c, ds, extra) => {
        const fresh = { ...extra, unitId: 'new-unit' };
        expect(deliveredAgainst(c, [...ds, fresh])).toBeGreaterThanOrEqual(deliveredAgainst(c, ds));
      }),
    );
  });

  it('ignores deliveries of other kinds or outside the period', () => {
    fc.assert(
      fc.property(commitment, deliveries, deliveries, (c, inside, noise) => {
        const outside = noise
          .filter((x) => x.kind !== c.openingKind || x.deliveredOn < c.periodFrom || x.deliveredOn > c.periodTo)
          .map((x) => ({ ...x, unitId: `noise-${x.unitId}` }));
        expect(deliveredAgainst(c, [...inside, ...outside])).toBe(deliveredAgainst(c, inside));
      }),
    );
  });

  it('equals a simple model: each unit with an in-period delivery of the kind adds its count once', () => {
    // A unit's count is fixed (as an opening's places are), so the model needs no tie-breaking.
    const unitCount = (unitId: string) => Number(unitId.slice(1));
    fc.assert(
      fc.property(commitment, deliveries, (c, ds) => {
        const fixed = ds.map((x) => ({ ...x, count: unitCount(x.unitId) }));
        const units = new Set(
          fixed
            .filter((x) => x.kind === c.openingKind && x.deliveredOn >= c.periodFrom && x.deliveredOn <= c.periodTo)
            .map((x) => x.unitId),
        );
        expect(deliveredAgainst(c, fixed)).toBe([...units].reduce((sum, u) => sum + unitCount(u), 0));
      }),
    );
  });

  it('expects a pro-rata share that grows with time from 0 before the period to the target after it', () => {
    fc.assert(
      fc.property(commitment, date, date, (c, a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const e1 = commitmentProgress(c, [], early).expectedByNow;
        const e2 = commitmentProgress(c, [], late).expectedByNow;
        expect(e1).toBeLessThanOrEqual(e2);
        expect(e2).toBeLessThanOrEqual(c.targetCount);
        if (early < c.periodFrom) expect(e1).toBe(0);
        if (late >= c.periodTo) expect(e2).toBe(c.targetCount);
      }),
    );
  });

  it('says upcoming, missed, on track or behind consistently with the dates and the pace', () => {
    fc.assert(
      fc.property(commitment, deliveries, date, (c, ds, today) => {
        const p = commitmentProgress(c, ds, today);
        if (p.status === 'upcoming') expect(today < c.periodFrom).toBe(true);
        if (p.status === 'missed') expect(today > c.periodTo && p.remaining > 0).toBe(true);
        if (p.status === 'on_track') expect(p.delivered >= p.expectedByNow && p.remaining > 0).toBe(true);
        if (p.status === 'behind') expect(p.delivered < p.expectedByNow).toBe(true);
      }),
    );
  });
});
