import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  danishHolidayOn,
  danishHolidays,
  danishHolidaysOn,
  easterSunday,
  isDanishCustomaryDayOff,
  isDanishPublicHoliday,
} from './danish-holidays.ts';
import { addDays, weekday } from './local-time.ts';

describe('easterSunday', () => {
  it.each([
    [2019, '2019-04-21'],
    [2020, '2020-04-12'],
    [2023, '2023-04-09'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('Easter %i is %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it('rejects years outside the Gregorian range', () => {
    expect(() => easterSunday(1500)).toThrow(RangeError);
    expect(() => easterSunday(2026.5)).toThrow(RangeError);
  });
});

describe('danishHolidays', () => {
  it('lists 2026 with Danish names and kinds', () => {
    expect(danishHolidays(2026).map((h) => [h.date, h.name, h.kind])).toEqual([
      ['2026-01-01', 'Nytårsdag', 'public-holiday'],
      ['2026-04-02', 'Skærtorsdag', 'public-holiday'],
      ['2026-04-03', 'Langfredag', 'public-holiday'],
      ['2026-04-05', 'Påskedag', 'public-holiday'],
      ['2026-04-06', '2. påskedag', 'public-holiday'],
      ['2026-05-14', 'Kristi himmelfartsdag', 'public-holiday'],
      ['2026-05-24', 'Pinsedag', 'public-holiday'],
      ['2026-05-25', '2. pinsedag', 'public-holiday'],
      ['2026-06-05', 'Grundlovsdag', 'customary-day-off'],
      ['2026-12-24', 'Juleaftensdag', 'customary-day-off'],
      ['2026-12-25', 'Juledag', 'public-holiday'],
      ['2026-12-26', '2. juledag', 'public-holiday'],
      ['2026-12-31', 'Nytårsaftensdag', 'customary-day-off'],
    ]);
  });

  it('has store bededag in 2023 (5 May) but not from 2024', () => {
    expect(danishHolidayOn('2023-05-05')).toMatchObject({ name: 'Store bededag', kind: 'public-holiday' });
    expect(isDanishPublicHoliday('2023-05-05')).toBe(true);
    expect(danishHolidays(2023).some((h) => h.name === 'Store bededag')).toBe(true);
    expect(danishHolidays(2024).some((h) => h.name === 'Store bededag')).toBe(false);
    // 2024's would-be store bededag, 26 April, is an ordinary Friday.
    expect(isDanishPublicHoliday('2024-04-26')).toBe(false);
  });

  it('keeps customary days off apart from public holidays', () => {
    for (const date of ['2026-06-05', '2026-12-24', '2026-12-31']) {
      expect(isDanishPublicHoliday(date)).toBe(false);
      expect(isDanishCustomaryDayOff(date)).toBe(true);
    }
    expect(isDanishCustomaryDayOff('2026-12-25')).toBe(false);
    expect(isDanishPublicHoliday('2026-03-03')).toBe(false);
  });

  it('rejects malformed dates', () => {
    expect(() => isDanishPublicHoliday('5 April 2026')).toThrow(RangeError);
  });

  const year = fc.integer({ min: 1900, max: 2200 });

  it('property: Easter is a Sunday between 22 March and 25 April', () => {
    fc.assert(
      fc.property(year, (y) => {
        const easter = easterSunday(y);
        expect(weekday(easter)).toBe(7);
        expect(easter >= `${y}-03-22` && easter <= `${y}-04-25`).toBe(true);
      }),
    );
  });

  it('property: movable feasts keep their weekdays and offsets from Easter', () => {
    fc.assert(
      fc.property(year, (y) => {
        const easter = easterSunday(y);
        const byName = new Map(danishHolidays(y).map((h) => [h.name, h.date]));
        expect(byName.get('Skærtorsdag')).toBe(addDays(easter, -3));
        expect(byName.get('Langfredag')).toBe(addDays(easter, -2));
        expect(byName.get('2. påskedag')).toBe(addDays(easter, 1));
        expect(weekday(byName.get('Kristi himmelfartsdag') as string)).toBe(4);
        expect(byName.get('Pinsedag')).toBe(addDays(easter, 49));
        expect(byName.get('2. pinsedag')).toBe(addDays(easter, 50));
        expect(byName.has('Store bededag')).toBe(y <= 2023);
      }),
    );
  });

  it('lists grundlovsdag beside pinsedag when they coincide (2022)', () => {
    expect(danishHolidaysOn('2022-06-05').map((h) => h.name)).toEqual(['Pinsedag', 'Grundlovsdag']);
    expect(danishHolidayOn('2022-06-05')?.name).toBe('Pinsedag');
    expect(isDanishPublicHoliday('2022-06-05')).toBe(true);
    expect(isDanishCustomaryDayOff('2022-06-05')).toBe(true);
  });

  it('property: the list is sorted, dated within its year and without duplicate names', () => {
    fc.assert(
      fc.property(year, (y) => {
        const dates = danishHolidays(y).map((h) => h.date);
        expect([...dates].sort()).toEqual(dates);
        expect(new Set(danishHolidays(y).map((h) => h.name)).size).toBe(dates.length);
        expect(dates.every((d) => d.startsWith(`${y}-`))).toBe(true);
        const publicCount = danishHolidays(y).filter((h) => h.kind === 'public-holiday').length;
        expect(publicCount).toBe(y <= 2023 ? 11 : 10);
      }),
    );
  });
});
