import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DETOUR_FACTOR, EARTH_RADIUS_KM, haversineKm, postalCentroidEstimator, roughTravelMinutes } from './distance.ts';
import type { LatLon } from './distance.ts';

// Rows copied from dk-postal-codes.csv.
const POSTAL_CODES = new Map<string, LatLon>([
  ['4600', { lat: 55.4624, lon: 12.1696 }], // Køge
  ['4000', { lat: 55.6513, lon: 12.0958 }], // Roskilde
  ['1050', { lat: 55.6806, lon: 12.5857 }], // København K
  ['9000', { lat: 57.0394, lon: 9.9135 }], // Aalborg
]);

const estimator = postalCentroidEstimator(POSTAL_CODES);

describe('haversineKm', () => {
  it('gives one degree of longitude on the equator as 2πR/360', () => {
    expect(haversineKm({ lat: 0, lon: 0 }, { lat: 0, lon: 1 })).toBeCloseTo((2 * Math.PI * EARTH_RADIUS_KM) / 360, 9);
  });

  it('puts Køge (4600) about 21.5 km from Roskilde (4000)', () => {
    // Δlat 0.1889° ≈ 21.0 km; Δlon 0.0738° × cos(55.56°) ≈ 4.6 km; √(21.0² + 4.6²) ≈ 21.5 km.
    const km = haversineKm(POSTAL_CODES.get('4600')!, POSTAL_CODES.get('4000')!);
    expect(km).toBeGreaterThan(20);
    expect(km).toBeLessThan(30);
    expect(km).toBeCloseTo(21.5, 1);
  });

  it('puts København K about 223 km from Aalborg', () => {
    expect(haversineKm(POSTAL_CODES.get('1050')!, POSTAL_CODES.get('9000')!)).toBeCloseTo(223.4, 0);
  });

  it('is half the circumference between antipodes', () => {
    expect(haversineKm({ lat: 10, lon: 20 }, { lat: -10, lon: -160 })).toBeCloseTo(Math.PI * EARTH_RADIUS_KM, 3); // haversine is ill-conditioned here: ~0.1 m
  });
});

describe('postalCentroidEstimator', () => {
  it('estimates between postal codes without a mode', () => {
    const estimate = estimator.estimate({ postalCode: '4600' }, { postalCode: '4000' });
    expect(estimate).toEqual({ km: expect.closeTo(21.51, 2), minutes: null, source: 'postal-centroid' });
  });

  it('gives 0 km and 0 minutes inside one postal code (an estimate: real addresses differ)', () => {
    expect(estimator.estimate({ postalCode: '4600' }, { postalCode: '4600' }, 'bike')).toEqual({
      km: 0,
      minutes: 0,
      source: 'postal-centroid',
    });
  });

  it('estimates minutes per mode from speed and the detour factor', () => {
    const km = haversineKm(POSTAL_CODES.get('4600')!, POSTAL_CODES.get('4000')!);
    // 21.51 km × 1.3 = 27.97 km → walk 5 km/h ≈ 335.6 min, bike 15 ≈ 111.9, public 25 ≈ 67.1, car 50 ≈ 33.6.
    const minutes = (mode: 'walk' | 'bike' | 'public-transport' | 'car') =>
      estimator.estimate({ postalCode: '4600' }, { postalCode: '4000' }, mode)?.minutes;
    expect(minutes('walk')).toBeCloseTo(((km * DETOUR_FACTOR) / 5) * 60, 9);
    expect(minutes('bike')).toBeCloseTo(111.9, 1);
    expect(minutes('public-transport')).toBeCloseTo(67.1, 1);
    expect(minutes('car')).toBeCloseTo(33.6, 1);
    expect(roughTravelMinutes(10, 'car')).toBeCloseTo(15.6, 9);
  });

  it('mixes postal codes and coordinates, and labels pure coordinates', () => {
    const koge = POSTAL_CODES.get('4600')!;
    expect(estimator.estimate({ postalCode: '4600' }, koge)).toMatchObject({ km: 0, source: 'postal-centroid' });
    expect(estimator.estimate(koge, { lat: 55.6513, lon: 12.0958 })).toMatchObject({
      km: expect.closeTo(21.51, 2),
      source: 'coordinates',
    });
  });

  it('returns null for unknown codes and invalid coordinates', () => {
    expect(estimator.estimate({ postalCode: '0800' }, { postalCode: '4000' })).toBeNull();
    expect(estimator.estimate({ postalCode: '4000' }, { lat: Number.NaN, lon: 12 })).toBeNull();
    expect(estimator.estimate({ lat: 91, lon: 12 }, { postalCode: '4000' })).toBeNull();
  });
});

const point = fc.record({
  lat: fc.double({ min: -90, max: 90, noNaN: true }),
  lon: fc.double({ min: -180, max: 180, noNaN: true }),
});

describe('distance properties', () => {
  it('is non-negative, zero to itself and bounded by half the circumference', () => {
    fc.assert(
      fc.property(point, point, (a, b) => {
        const d = haversineKm(a, b);
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThanOrEqual(Math.PI * EARTH_RADIUS_KM + 1e-9);
        expect(haversineKm(a, a)).toBe(0);
      }),
    );
  });

  it('is symmetric', () => {
    fc.assert(
      fc.property(point, point, (a, b) => {
        expect(Math.abs(haversineKm(a, b) - haversineKm(b, a))).toBeLessThanOrEqual(1e-9);
      }),
    );
  });

  it('satisfies the triangle inequality', () => {
    fc.assert(
      fc.property(point, point, point, (a, b, c) => {
        // 1 m of slack: near antipodes haversine loses about 0.1 m to rounding.
        expect(haversineKm(a, c)).toBeLessThanOrEqual(haversineKm(a, b) + haversineKm(b, c) + 1e-3);
      }),
    );
  });

  it('holds the same on the postal-code estimator, with time monotone in distance', () => {
    const codes = [...POSTAL_CODES.keys()];
    const code = fc.constantFrom(...codes);
    fc.assert(
      fc.property(code, code, code, (a, b, c) => {
        const ab = estimator.estimate({ postalCode: a }, { postalCode: b }, 'public-transport')!;
        const ba = estimator.estimate({ postalCode: b }, { postalCode: a }, 'public-transport')!;
        const bc = estimator.estimate({ postalCode: b }, { postalCode: c }, 'public-transport')!;
        const ac = estimator.estimate({ postalCode: a }, { postalCode: c }, 'public-transport')!;
        expect(Math.abs(ab.km - ba.km)).toBeLessThanOrEqual(1e-9);
        expect(ac.km).toBeLessThanOrEqual(ab.km + bc.km + 1e-9);
        expect(ab.km >= ac.km).toBe(ab.minutes! >= ac.minutes!);
      }),
    );
  });
});
