import { describe, expect, it } from 'vitest';
import { postalCentroidEstimator } from '../geo/distance.ts';
import { distanceKm } from './distance.ts';

describe('distanceKm', () => {
  const estimator = postalCentroidEstimator(
    new Map([
      ['4600', { lat: 55.458, lon: 12.1821 }],
      ['4000', { lat: 55.6415, lon: 12.0803 }],
    ]),
  );

  it('is the estimator’s kilometres between two postal codes, null when one is unknown', () => {
    expect(distanceKm(estimator, '4600', '4600')).toBe(0);
    expect(distanceKm(estimator, '4600', '4000')).toBeGreaterThan(20);
    expect(distanceKm(estimator, '4600', '4000')).toBeLessThan(23);
    expect(distanceKm(estimator, '4600', '9999')).toBeNull();
  });
});
