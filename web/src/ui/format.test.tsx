import { describe, expect, it } from 'vitest';
import {
  copenhagenDateOf,
  formatClock,
  formatDate,
  formatDateTime,
  formatDayDate,
  formatLocalSpan,
  formatMoment,
  formatMoney,
  formatNumber,
  formatNumberInput,
  formatPercent,
  formatTime,
  formatTimeOfDay,
  formatWeekday,
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

  it('formats wall-clock times, weekdays and near dates the Danish way', () => {
    expect(formatClock('15:00', 'da')).toBe('15:00');
    expect(formatClock('09:30', 'en')).toBe('09:30');
    expect(formatClock('24:00', 'da')).toBe('24:00');
    expect(formatWeekday(1, 'da')).toBe('mandag');
    expect(formatWeekday(7, 'en')).toBe('Sunday');
    expect(formatDayDate('2026-12-08', 'da')).toBe('tirsdag 8. december');
    // 15:00 UTC is 16:00 in Copenhagen in winter; 22:30 UTC is the next day there.
    expect(formatTimeOfDay('2026-12-14T15:00:00.000Z', 'da')).toBe('16:00');
    expect(copenhagenDateOf('2026-12-14T23:30:00.000Z')).toBe('2026-12-15');
  });
});
