import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cprCentury, cprMatchesBirthDate, cprModulus11Valid, maskCpr, parseCpr } from './cpr.ts';

describe('parseCpr', () => {
  it('parses a number that passes modulus 11', () => {
    // 070761-4285: 0·4+7·3+0·2+7·7+6·6+1·5+4·4+2·3+8·2+5·1 = 154 = 14·11.
    // 7th digit 4 and YY 61 > 36 → 1900s.
    expect(parseCpr('070761-4285')).toEqual({
      ok: true,
      value: '0707614285',
      birthDate: '1961-07-07',
      sex: 'male',
      modulus11Valid: true,
    });
  });

  it('accepts a number that fails modulus 11 (issued since 2007)', () => {
    // 010190-1234: 0+3+0+7+54+0+4+6+6+4 = 84, 84 mod 11 = 7.
    expect(parseCpr('010190-1234')).toEqual({
      ok: true,
      value: '0101901234',
      birthDate: '1990-01-01',
      sex: 'female',
      modulus11Valid: false,
    });
  });

  it.each(['0707614285', '070761-4285', '070761 4285', ' 070761-4285 '])('accepts the shape %j', (input) => {
    expect(parseCpr(input)).toMatchObject({ ok: true, value: '0707614285' });
  });

  it.each(['', '070761', '070761-428', '070761-42850', '07076-14285', '070761--4285', '070761/4285', 'abcdef-ghij'])(
    'rejects %j as cpr_format',
    (input) => {
      const result = parseCpr(input);
      expect(result).toMatchObject({ ok: false, code: 'cpr_format' });
      if (!result.ok) {
        expect(result.message).toMatch(/CPR-nummeret/);
        expect(result.messageEn).toMatch(/CPR number/);
      }
    },
  );

  it.each([
    ['310299-1234', '31 February 1999'],
    ['310491-1234', '31 April 1991'],
    ['000190-1234', 'day 0'],
    ['320190-1234', 'day 32'],
    ['010090-1234', 'month 0'],
    ['011390-1234', 'month 13'],
    ['610190-1234', 'substitute number (day + 60)'],
  ])('rejects %s (%s) as cpr_date', (input) => {
    expect(parseCpr(input)).toMatchObject({ ok: false, code: 'cpr_date' });
  });

  it('handles 29 February by the derived century', () => {
    // 7th digit 4, YY 00 ≤ 36 → 2000, a leap year (divisible by 400).
    expect(parseCpr('290200-4001')).toMatchObject({ ok: true, birthDate: '2000-02-29' });
    // 7th digit 1 → 1900, not a leap year (divisible by 100, not by 400).
    expect(parseCpr('290200-1001')).toMatchObject({ ok: false, code: 'cpr_date' });
    // 7th digit 5, YY 96 > 57 → 1896, a leap year.
    expect(parseCpr('290296-5001')).toMatchObject({ ok: true, birthDate: '1896-02-29' });
    expect(parseCpr('290288-1001')).toMatchObject({ ok: true, birthDate: '1988-02-29' });
    expect(parseCpr('290289-1001')).toMatchObject({ ok: false, code: 'cpr_date' });
  });

  it.each([
    ['010110-3001', '1910-01-01'],
    ['010136-4001', '2036-01-01'],
    ['010137-4001', '1937-01-01'],
    ['010136-9001', '2036-01-01'],
    ['010137-9001', '1937-01-01'],
    ['010157-5001', '2057-01-01'],
    ['010158-5001', '1858-01-01'],
    ['010107-8001', '2007-01-01'],
    ['010199-8001', '1899-01-01'],
    ['010199-0001', '1999-01-01'],
  ])('derives the century of %s as %s', (input, birthDate) => {
    expect(parseCpr(input)).toMatchObject({ ok: true, birthDate });
  });

  it('derives sex from the parity of the last digit', () => {
    expect(parseCpr('010190-1230')).toMatchObject({ sex: 'female' });
    expect(parseCpr('010190-1231')).toMatchObject({ sex: 'male' });
  });
});

describe('maskCpr and cprMatchesBirthDate', () => {
  it('masks the serial and keeps the date part', () => {
    expect(maskCpr('0707614285')).toBe('070761-XXXX');
    expect(maskCpr('070761-4285')).toBe('070761-XXXX');
    expect(maskCpr('070761 4285')).toBe('070761-XXXX');
  });

  it('masks anything that is not CPR-shaped completely', () => {
    expect(maskCpr('07076142')).toBe('XXXXXX-XXXX');
    expect(maskCpr('hello')).toBe('XXXXXX-XXXX');
  });

  it('compares the derived birth date', () => {
    expect(cprMatchesBirthDate('070761-4285', '1961-07-07')).toBe(true);
    expect(cprMatchesBirthDate('070761-4285', '2061-07-07')).toBe(false);
    expect(cprMatchesBirthDate('310299-1234', '1999-02-31')).toBe(false);
    expect(cprMatchesBirthDate('nonsense', '1961-07-07')).toBe(false);
  });
});

/** The 7th digits that the official table maps to `year`'s century. */
function seventhDigitsFor(year: number): number[] {
  const yy = year % 100;
  return [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].filter((d) => cprCentury(yy, d) + yy === year);
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

const validCpr = fc
  .record({
    date: fc.date({ min: new Date('1858-01-01T00:00:00Z'), max: new Date('2057-12-31T00:00:00Z'), noInvalidDate: true }),
    pick: fc.nat(),
    serialTail: fc.integer({ min: 0, max: 999 }),
  })
  .map(({ date, pick, serialTail }) => {
    const year = date.getUTCFullYear();
    const digits = seventhDigitsFor(year);
    const seventh = digits[pick % digits.length] ?? 0;
    const ddmmyy = `${pad(date.getUTCDate(), 2)}${pad(date.getUTCMonth() + 1, 2)}${pad(year % 100, 2)}`;
    return { cpr: `${ddmmyy}${seventh}${pad(serialTail, 3)}`, birthDate: date.toISOString().slice(0, 10) };
  });

describe('CPR properties', () => {
  it('every real calendar date from 1858 to 2057 round-trips through a CPR number', () => {
    fc.assert(
      fc.property(validCpr, ({ cpr, birthDate }) => {
        const parsed = parseCpr(cpr);
        expect(parsed).toMatchObject({ ok: true, value: cpr, birthDate });
        expect(cprMatchesBirthDate(cpr, birthDate)).toBe(true);
      }),
    );
  });

  it('separators do not change the result, and sex follows the last digit', () => {
    fc.assert(
      fc.property(validCpr, ({ cpr }) => {
        const plain = parseCpr(cpr);
        expect(parseCpr(`${cpr.slice(0, 6)}-${cpr.slice(6)}`)).toEqual(plain);
        expect(parseCpr(`${cpr.slice(0, 6)} ${cpr.slice(6)}`)).toEqual(plain);
        expect(plain).toMatchObject({ sex: Number(cpr[9]) % 2 === 0 ? 'female' : 'male' });
      }),
    );
  });

  it('modulus 11 never decides validity', () => {
    fc.assert(
      fc.property(validCpr, fc.integer({ min: 0, max: 9 }), ({ cpr }, last) => {
        const variant = `${cpr.slice(0, 9)}${last}`;
        const parsed = parseCpr(variant);
        expect(parsed.ok).toBe(true);
        if (parsed.ok) expect(parsed.modulus11Valid).toBe(cprModulus11Valid(variant));
      }),
    );
  });

  it('the mask never reveals the serial', () => {
    fc.assert(
      fc.property(fc.string(), (input) => {
        expect(maskCpr(input)).toMatch(/^(\d{6}|XXXXXX)-XXXX$/);
      }),
    );
  });
});
