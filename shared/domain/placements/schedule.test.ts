import { describe, expect, it } from 'vitest';
import { checkAgreedSchedule, plannedShifts } from './schedule.ts';

const AFTER_SCHOOL = [
  { weekday: 2, start: '15:00', end: '17:00', breakMinutes: 0 },
  { weekday: 6, start: '10:00', end: '14:00', breakMinutes: 0 },
];
const pupil14 = { birthDate: '2012-05-01', compulsorySchool: true, compulsorySchoolEndsOn: '2028-06-30' };

describe('plannedShifts', () => {
  it('lays the weekly pattern on the calendar, with shifts past midnight ending the next day', () => {
    expect(plannedShifts([{ weekday: 5, start: '22:00', end: '01:00', breakMinutes: 0 }], '2026-09-01', '2026-09-07')).toEqual([
      { start: '2026-09-04T22:00', end: '2026-09-05T01:00', breakMinutes: 0, id: '2026-09-04#0' },
    ]);
    expect(plannedShifts(AFTER_SCHOOL, '2026-09-01', '2026-09-14')).toHaveLength(4);
  });
});

describe('checkAgreedSchedule', () => {
  it('passes a short after-school job for a 14-year-old pupil', () => {
    expect(checkAgreedSchedule(pupil14, AFTER_SCHOOL, '2026-09-01', '2027-02-28')).toEqual({ ok: true, violations: [] });
  });

  it('refuses three hours on a school day and evening work for a 14-year-old', () => {
    const result = checkAgreedSchedule(
      pupil14,
      [{ weekday: 3, start: '17:00', end: '20:30', breakMinutes: 0 }],
      '2026-09-01',
      '2026-09-30',
    );
    expect(result.ok).toBe(false);
    expect(new Set(result.violations.map((v) => v.rule))).toEqual(new Set(['school-day-hours', 'night-work']));
    expect(result.violations[0]!.message).toMatch(/[æøå]|timer|kl\./);
  });

  it('lets an adult work any schedule', () => {
    expect(
      checkAgreedSchedule(
        { birthDate: '1990-01-01', compulsorySchool: false },
        [{ weekday: 1, start: '22:00', end: '06:00', breakMinutes: 30 }],
        '2026-09-01',
        '2027-02-28',
      ).ok,
    ).toBe(true);
  });
});
