import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMinutes,
  addWorkingHours,
  copenhagenDate,
  copenhagenLocalDateTime,
  daysBetween,
  fromDayNumber,
  isDanishWorkingDay,
  isLocalDate,
  isLocalDateTime,
  isoWeek,
  minutesBetween,
  mondayOf,
  parseLocalDateTime,
  parseLocalTime,
  weekday,
  workingHoursBetween,
  workingMinutesBetween,
} from './local-time.ts';

const localDate = fc.integer({ min: 0, max: 60_000 }).map(fromDayNumber); // 1970 … 2134
const localDateTime = fc
  .tuple(localDate, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([d, h, m]) => `${d}T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

describe('parsing', () => {
  it.each(['2026-03-02', '2024-02-29', '2000-02-29'])('accepts the date %s', (d) => expect(isLocalDate(d)).toBe(true));
  it.each(['2026-3-2', '2026-02-29', '1900-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '', '2026-03-02T10:00'])(
    'rejects the date %j',
    (d) => expect(isLocalDate(d)).toBe(false),
  );
  it.each(['2026-03-02T00:00', '2026-03-02T23:59'])('accepts the date-time %s', (d) => expect(isLocalDateTime(d)).toBe(true));
  it.each(['2026-03-02T24:00', '2026-03-02T12:60', '2026-03-02 12:00', '2026-03-02T12:00:00', '2026-03-02T12:00Z'])(
    'rejects the date-time %j',
    (d) => expect(isLocalDateTime(d)).toBe(false),
  );
  it('parses parts and times', () => {
    expect(parseLocalDateTime('2026-03-07T09:05')).toEqual({ year: 2026, month: 3, day: 7, hour: 9, minute: 5 });
    expect(parseLocalTime('20:30')).toBe(1230);
    expect(parseLocalTime('24:00', { allowEndOfDay: true })).toBe(1440);
    expect(() => parseLocalTime('24:00')).toThrow(RangeError);
    expect(() => parseLocalTime('7:00')).toThrow(RangeError);
  });
});

describe('calendar arithmetic', () => {
  it('knows weekdays and ISO weeks', () => {
    expect(weekday('2026-03-02')).toBe(1);
    expect(weekday('2026-03-08')).toBe(7);
    expect(weekday('1970-01-01')).toBe(4);
    expect(mondayOf('2026-03-07')).toBe('2026-03-02');
    expect(mondayOf('2026-03-02')).toBe('2026-03-02');
    expect(mondayOf('2026-01-01')).toBe('2025-12-29');
    expect(isoWeek('2026-01-01')).toEqual({ year: 2026, week: 1 });
    expect(isoWeek('2027-01-01')).toEqual({ year: 2026, week: 53 });
    expect(isoWeek('2024-12-30')).toEqual({ year: 2025, week: 1 });
  });

  it('adds days across months, leap days and years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
  });

  it('counts wall-clock minutes, also across midnight and DST changes', () => {
    expect(minutesBetween('2026-03-07T23:00', '2026-03-08T01:00')).toBe(120);
    // Clocks go forward in Copenhagen on 29 March 2026 02:00; the rota still says 4 hours.
    expect(minutesBetween('2026-03-29T00:00', '2026-03-29T04:00')).toBe(240);
    expect(addMinutes('2026-12-31T23:30', 45)).toBe('2027-01-01T00:15');
  });

  it('reads Copenhagen wall-clock time from an instant regardless of the machine zone', () => {
    expect(copenhagenLocalDateTime(new Date('2026-01-15T12:00:00Z'))).toBe('2026-01-15T13:00');
    expect(copenhagenLocalDateTime(new Date('2026-07-15T22:30:00Z'))).toBe('2026-07-16T00:30');
  });

  it("turns the day over at Danish midnight, not the machine's", () => {
    expect(copenhagenDate(new Date('2026-07-15T21:59:00Z'))).toBe('2026-07-15');
    expect(copenhagenDate(new Date('2026-07-15T22:00:00Z'))).toBe('2026-07-16');
    expect(copenhagenDate(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
  });

  it('property: addDays and daysBetween are inverse', () => {
    fc.assert(
      fc.property(localDate, fc.integer({ min: -5000, max: 5000 }), (d, n) => {
        expect(daysBetween(d, addDays(d, n))).toBe(n);
        expect(isLocalDate(addDays(d, n))).toBe(true);
      }),
    );
  });

  it('property: weekdays cycle and mondayOf is a Monday at most 6 days back', () => {
    fc.assert(
      fc.property(localDate, (d) => {
        expect(weekday(addDays(d, 1))).toBe((weekday(d) % 7) + 1);
        const monday = mondayOf(d);
        expect(weekday(monday)).toBe(1);
        expect(daysBetween(monday, d)).toBeGreaterThanOrEqual(0);
        expect(daysBetween(monday, d)).toBeLessThanOrEqual(6);
      }),
    );
  });

  it('property: addMinutes and minutesBetween are inverse', () => {
    fc.assert(
      fc.property(localDateTime, fc.integer({ min: -100_000, max: 100_000 }), (t, n) => {
        expect(minutesBetween(t, addMinutes(t, n))).toBe(n);
      }),
    );
  });
});

describe('Danish working hours', () => {
  it('skips weekends and public holidays', () => {
    expect(isDanishWorkingDay('2026-04-02')).toBe(false); // Skærtorsdag
    expect(isDanishWorkingDay('2026-04-07')).toBe(true);
    expect(isDanishWorkingDay('2026-12-24')).toBe(true);
    expect(isDanishWorkingDay('2026-12-24', { skipCustomaryDaysOff: true })).toBe(false);
    // Wednesday 1 April 15:00 + 4 working hours: 1 hour on Wednesday, then Easter (Thu–Mon) is skipped.
    expect(addWorkingHours('2026-04-01T15:00', 4)).toBe('2026-04-07T11:00');
  });

  it.each([
    ['2026-03-02T09:00', 2, '2026-03-02T11:00'],
    ['2026-03-02T07:00', 1, '2026-03-02T09:00'],
    ['2026-03-02T15:00', 1, '2026-03-02T16:00'],
    ['2026-03-02T15:00', 2, '2026-03-03T09:00'],
    ['2026-03-06T15:30', 1, '2026-03-09T08:30'],
    ['2026-03-07T12:00', 8, '2026-03-09T16:00'],
    ['2026-03-02T18:00', 0.5, '2026-03-03T08:30'],
    ['2026-03-07T12:00', 0, '2026-03-07T12:00'],
  ])('%s + %d working hours = %s', (start, hours, expected) => {
    expect(addWorkingHours(start, hours)).toBe(expected);
  });

  it('honours a custom working day', () => {
    expect(addWorkingHours('2026-03-02T09:00', 10, { dayStart: '09:00', dayEnd: '15:00' })).toBe('2026-03-03T13:00');
    expect(workingHoursBetween('2026-03-02T00:00', '2026-03-09T00:00')).toBe(40);
    expect(workingHoursBetween('2026-03-09T00:00', '2026-03-02T00:00')).toBe(-40);
    expect(() => addWorkingHours('2026-03-02T09:00', -1)).toThrow(RangeError);
    expect(() => workingHoursBetween('2026-03-02T09:00', '2026-03-02T10:00', { dayStart: '16:00', dayEnd: '08:00' })).toThrow(RangeError);
  });

  it('property: workingMinutesBetween inverts addWorkingHours', () => {
    fc.assert(
      fc.property(localDateTime, fc.integer({ min: 0, max: 400 * 60 }), (start, minutes) => {
        const end = addWorkingHours(start, minutes / 60);
        expect(workingMinutesBetween(start, end)).toBe(minutes);
        expect(minutesBetween(start, end)).toBeGreaterThanOrEqual(minutes);
      }),
    );
  });

  it('property: working minutes are additive over consecutive intervals', () => {
    fc.assert(
      fc.property(localDateTime, fc.nat(20_000), fc.nat(20_000), (a, x, y) => {
        const b = addMinutes(a, x);
        const c = addMinutes(b, y);
        expect(workingMinutesBetween(a, b) + workingMinutesBetween(b, c)).toBe(workingMinutesBetween(a, c));
        expect(workingMinutesBetween(a, c)).toBeLessThanOrEqual(x + y);
      }),
    );
  });
});
