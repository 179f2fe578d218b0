import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDanishPublicHoliday } from '../calendar/danish-holidays.ts';
import { addDays, fromDayNumber, weekday } from '../calendar/local-time.ts';
import { defaultSchoolDays } from './school-days.ts';

describe('defaultSchoolDays', () => {
  it('takes weekdays, skipping public holidays and holiday periods', () => {
    // Easter 2026: skærtorsdag 2 April, langfredag 3 April, 2. påskedag 6 April.
    expect(defaultSchoolDays('2026-03-30', '2026-04-10')).toEqual([
      '2026-03-30',
      '2026-03-31',
      '2026-04-01',
      '2026-04-07',
      '2026-04-08',
      '2026-04-09',
      '2026-04-10',
    ]);
    expect(defaultSchoolDays('2026-03-30', '2026-04-10', [{ from: '2026-03-28', to: '2026-04-06' }])).toEqual([
      '2026-04-07',
      '2026-04-08',
      '2026-04-09',
      '2026-04-10',
    ]);
  });

  it('keeps grundlovsdag as a school day (the strict side) and includes both ends', () => {
    expect(defaultSchoolDays('2026-06-05', '2026-06-05')).toEqual(['2026-06-05']);
    expect(defaultSchoolDays('2026-06-06', '2026-06-05')).toEqual([]);
    expect(() => defaultSchoolDays('2026-6-1', '2026-06-05')).toThrow(RangeError);
  });

  it('property: every default school day is a weekday, not a holiday, and in range', () => {
    fc.assert(
      fc.property(fc.integer({ min: 19_000, max: 22_000 }).map(fromDayNumber), fc.nat(60), (from, span) => {
        const to = addDays(from, span);
        const days = defaultSchoolDays(from, to);
        for (const d of days) {
          expect(weekday(d)).toBeLessThanOrEqual(5);
          expect(isDanishPublicHoliday(d)).toBe(false);
          expect(d >= from && d <= to).toBe(true);
        }
        expect([...days].sort()).toEqual(days);
      }),
    );
  });
});
