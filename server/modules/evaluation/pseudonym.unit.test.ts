import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pseudonymFor } from './pseudonym.ts';

describe('pseudonymFor', () => {
  it('is stable per key, shaped P + 16 hex digits, and differs across keys (property)', () => {
    fc.assert(
      fc.property(fc.uuid(), fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), (id, k1, k2) => {
        expect(pseudonymFor(k1, id)).toBe(pseudonymFor(k1, id));
        expect(pseudonymFor(k1, id)).toMatch(/^P[0-9A-F]{16}$/);
        if (k1 !== k2) expect(pseudonymFor(k1, id)).not.toBe(pseudonymFor(k2, id));
      }),
    );
  });

  it('keeps the pseudonyms of earlier downloads (a known value)', () => {
    expect(pseudonymFor('secret-1', 'a')).toBe('P5D0DAC969A2743A9');
  });
});
