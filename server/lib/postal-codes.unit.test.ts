import { describe, expect, it } from 'vitest';
import { loadPostalCodes } from './postal-codes.ts';

// It guards the shipped data (shared/domain/geo/dk-postal-codes.csv), which nothing else checks.
describe('loadPostalCodes (shipped CSV)', () => {
  it('loads all 1,089 geographic codes inside Denmark, once', () => {
    const codes = loadPostalCodes();
    expect(codes.size).toBe(1089);
    expect(loadPostalCodes()).toBe(codes);
    for (const entry of codes.values()) {
      expect(entry.lat).toBeGreaterThanOrEqual(54.5);
      expect(entry.lat).toBeLessThanOrEqual(57.8);
      expect(entry.lon).toBeGreaterThanOrEqual(8.0);
      expect(entry.lon).toBeLessThanOrEqual(15.2);
    }
    expect(new Set([...codes.values()].map((entry) => entry.municipalityCode)).size).toBe(98);
    expect(codes.get('4600')).toEqual({ code: '4600', name: 'Køge', municipalityCode: '259', lat: 55.4624, lon: 12.1696 });
    expect(codes.has('0800')).toBe(false); // non-geographic codes are not in the file
  });
});
