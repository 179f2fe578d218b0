import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cvrWeightedSum, isValidCvr, parseCvr } from './cvr.ts';

/** Builds a valid CVR from 7 leading digits, or null when the rule would need a check digit of 10. */
function completeCvr(first7: string): string | null {
  const partial = cvrWeightedSum(`${first7}0`) % 11;
  const check = (11 - partial) % 11;
  return check === 10 ? null : `${first7}${check}`;
}

const validCvr = fc
  .tuple(fc.integer({ min: 1, max: 9 }), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 6, maxLength: 6 }))
  .map(([head, tail]) => completeCvr(`${head}${tail.join('')}`))
  .filter((cvr): cvr is string => cvr !== null);

describe('parseCvr', () => {
  // Weighted sums (weights 2,7,6,5,4,3,2,1):
  // 24256790: 4+28+12+25+24+21+18+0 = 132 = 12·11
  // 61126228: 12+7+6+10+24+6+4+8 = 77 = 7·11
  // 22756214: 4+14+42+25+24+6+2+4 = 121 = 11·11
  it.each(['24256790', '61126228', '22756214', '10150817'])('accepts the valid CVR %s', (cvr) => {
    expect(parseCvr(cvr)).toEqual({ ok: true, value: cvr });
  });

  it.each([
    ['DK 2425 6790', '24256790'],
    ['DK24256790', '24256790'],
    ['dk 24256790', '24256790'],
    ['24 25 67 90', '24256790'],
    ['  61126228 ', '61126228'],
  ])('normalises %j to %s', (input, expected) => {
    expect(parseCvr(input)).toEqual({ ok: true, value: expected });
  });

  it.each(['', '2425679', '242567900', '02425679', '2425-6790', 'DK-24256790', 'ABCDEFGH', '2425679O'])(
    'rejects %j as cvr_format',
    (input) => {
      const result = parseCvr(input);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.code).toBe('cvr_format');
        expect(result.message).toMatch(/CVR-nummeret/);
        expect(result.messageEn).toMatch(/CVR number/);
      }
    },
  );

  it.each(['12345678', '24256791', '61126229', '22756241'])('rejects %s as cvr_checksum', (input) => {
    expect(parseCvr(input)).toMatchObject({ ok: false, code: 'cvr_checksum' });
  });

  it('isValidCvr mirrors parseCvr', () => {
    expect(isValidCvr('DK 2425 6790')).toBe(true);
    expect(isValidCvr('12345678')).toBe(false);
  });

  it('property: numbers built from the rule parse, also when spaced and prefixed', () => {
    fc.assert(
      fc.property(validCvr, (cvr) => {
        expect(parseCvr(cvr)).toEqual({ ok: true, value: cvr });
        const spaced = `DK ${cvr.slice(0, 4)} ${cvr.slice(4)}`;
        expect(parseCvr(spaced)).toEqual({ ok: true, value: cvr });
      }),
    );
  });

  it('property: any single-digit typo is caught', () => {
    fc.assert(
      fc.property(validCvr, fc.integer({ min: 0, max: 7 }), fc.integer({ min: 1, max: 9 }), (cvr, position, shift) => {
        const digit = (Number(cvr[position]) + shift) % 10;
        const typo = `${cvr.slice(0, position)}${digit}${cvr.slice(position + 1)}`;
        expect(parseCvr(typo).ok).toBe(false);
      }),
    );
  });

  it('property: swapping two different adjacent digits is caught', () => {
    fc.assert(
      fc.property(validCvr, fc.integer({ min: 0, max: 6 }), (cvr, position) => {
        fc.pre(cvr[position] !== cvr[position + 1]);
        const swapped = `${cvr.slice(0, position)}${cvr[position + 1]}${cvr[position]}${cvr.slice(position + 2)}`;
        expect(parseCvr(swapped).ok).toBe(false);
      }),
    );
  });
});
