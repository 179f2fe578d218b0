import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney, formatNumber, readNumber } from './format.ts';

// Intl output uses non-breaking spaces in places; compare with ordinary spaces.
const plain = (s: string) => s.replace(/\s/g, ' ');

describe('format', () => {
  it('formats numbers and kroner in the UI language', () => {
    expect(formatNumber(1234.5, 'da')).toBe('1.234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(plain(formatMoney(1234.5, 'da'))).toBe('1.234,50 kr.');
    expect(plain(formatMoney(1234.5, 'en'))).toBe('DKK 1,234.50');
  });

  it('formats calendar dates without shifting the day', () => {
    expect(formatDate('2026-03-01', 'da')).toBe('1. marts 2026');
    expect(formatDate('2026-03-01', 'en')).toBe('1 March 2026');
  });

  it('reads numbers as people type them', () => {
    expect(readNumber('1 234,5')).toBe(1234.5);
    expect(readNumber('')).toBe('');
    expect(readNumber('', true)).toBeNull();
    expect(readNumber('abc')).toBe('abc');
  });
});
