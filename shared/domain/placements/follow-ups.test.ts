import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/local-time.ts';
import { DEFAULT_FOLLOW_UP_SCHEDULE, followUpPlan, followUpsOnEnd, isFollowUpCode } from './follow-ups.ts';

describe('followUpPlan', () => {
  it('plans one week, one month, three months and the end of a six-month placement', () => {
    expect(followUpPlan('2026-09-01', '2027-02-28', DEFAULT_FOLLOW_UP_SCHEDULE)).toEqual([
      { code: '1w', dueOn: '2026-09-08' },
      { code: '1m', dueOn: '2026-10-01' },
      { code: '3m', dueOn: '2026-12-01' },
      { code: 'end', dueOn: '2027-02-28' },
    ]);
  });

  it('drops follow-ups that fall on or after the end of a short placement', () => {
    expect(followUpPlan('2026-09-01', '2026-10-01', DEFAULT_FOLLOW_UP_SCHEDULE)).toEqual([
      { code: '1w', dueOn: '2026-09-08' },
      { code: 'end', dueOn: '2026-10-01' },
    ]);
  });

  it('clamps month ends and merges codes on the same day', () => {
    expect(followUpPlan('2026-01-31', '2026-12-31', ['1m', '28d', 'end'])).toEqual([
      { code: '1m', dueOn: '2026-02-28' },
      { code: 'end', dueOn: '2026-12-31' },
    ]);
  });

  it('accepts only the code format', () => {
    expect(['1w', '12m', '10d', 'end'].every(isFollowUpCode)).toBe(true);
    expect(['0w', '1y', 'w1', '', 'END', '1000d'].some(isFollowUpCode)).toBe(false);
  });
});

describe('followUpsOnEnd', () => {
  it('cancels later follow-ups and moves the end talk to the day it ended', () => {
    const open = [
      { id: 'a', code: '1m', dueOn: '2026-10-01' },
      { id: 'b', code: '3m', dueOn: '2026-12-01' },
      { id: 'c', code: 'end', dueOn: '2027-02-28' },
    ];
    expect(followUpsOnEnd(open, '2026-10-15')).toEqual({ cancel: ['b'], moveEnd: { id: 'c', dueOn: '2026-10-15' }, addEnd: false });
    expect(followUpsOnEnd([], '2026-10-15')).toEqual({ cancel: [], moveEnd: null, addEnd: true });
  });
});

describe('properties', () => {
  const code = fc.oneof(
    fc.constant('end'),
    fc.tuple(fc.integer({ min: 1, max: 400 }), fc.constantFrom('d', 'w', 'm')).map(([n, u]) => `${n}${u}`),
  );
  it('plans sorted, distinct dates inside the placement, ending with the end talk when asked', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 0, max: 800 }),
        fc.array(code, { maxLength: 8 }),
        (offset, length, schedule) => {
          const start = addDays('2024-01-01', offset);
          const end = addDays(start, length);
          const plan = followUpPlan(start, end, schedule);
          const dates = plan.map((p) => p.dueOn);
          expect([...dates].sort()).toEqual(dates);
          expect(new Set(dates).size).toBe(dates.length);
          for (const d of dates) expect(d >= start && d <= end).toBe(true);
          if (schedule.includes('end')) expect(dates[dates.length - 1]).toBe(end);
        },
      ),
    );
  });
});
