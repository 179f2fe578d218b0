import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatLocalSpan,
  formatMoment,
  formatMoney,
  formatNumber,
  formatNumberInput,
  formatPercent,
  formatTime,
  readNumber,
} from './format.ts';

// Intl output uses non-breaking spaces in places; compare with ordinary spaces.
const plain = (s: string) => s.replace(/\s/g, ' ');

describe('format', () => {
  it('formats numbers and kroner in the UI language', () => {
    expect(formatNumber(1234.5, 'da')).toBe('1.234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(plain(formatMoney(1234.5, 'da'))).toBe('1.234,50 kr.');
    expect(plain(formatMoney(1234.5, 'en'))).toBe('DKK 1,234.50');
  });

  it('formats shares as percentages', () => {
    expect(plain(formatPercent(0.035, 'da'))).toBe('3,5 %');
    expect(formatPercent(0.035, 'en')).toBe('3.5%');
  });

  it('formats calendar dates without shifting the day', () => {
    expect(formatDate('2026-03-01', 'da')).toBe('1. marts 2026');
    expect(formatDate('2026-03-01', 'en')).toBe('1 March 2026');
  });

  it('writes clock times with a colon in both languages, so "10.00–12:00" cannot happen', () => {
    const span = { startsAt: '2026-03-26T10:00', endsAt: '2026-03-26T12:00' };
    expect(plain(formatLocalSpan(span, 'da'))).toBe('tors. 26. mar. 2026, 10:00–12:00');
    expect(plain(formatLocalSpan(span, 'en'))).toBe('Thu, 26 Mar 2026, 10:00–12:00');
    expect(plain(formatDateTime('2026-03-26T09:05:07Z', 'da'))).toBe('26. mar. 2026, 10:05:07');
    const now = new Date('2026-03-26T12:00:00Z');
    expect(formatMoment('2026-03-26T14:30:00Z', 'da', now)).toBe('15:30');
    expect(formatTime('08:00:00')).toBe('08:00');
  });

  it('prefills fields with numbers as the reader writes them', () => {
    expect(formatNumberInput(7.5, 'da')).toBe('7,5');
    expect(formatNumberInput(150000, 'da')).toBe('150000');
    expect(formatNumberInput(7.5, 'en')).toBe('7.5');
    expect(formatNumberInput(null, 'da')).toBe('');
  });

  it('reads numbers as people type them', () => {
    expect(readNumber('1 234,5')).toBe(1234.5);
    expect(readNumber('')).toBe('');
    expect(readNumber('', true)).toBeNull();
    expect(readNumber('abc')).toBe('abc');
  });
});
