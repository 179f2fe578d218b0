import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/local-time.ts';
import { attendanceDateRefusal } from '../activities/attendance.ts';
import { followUpHeldRefusal, workedDateRefusal } from './dates.ts';

const day = fc.integer({ min: 0, max: 3000 }).map((n) => addDays('2025-01-01', n));

describe('workedDateRefusal', () => {
  const p = { startsOn: '2026-12-01', endsOn: '2027-02-28', endedOn: null };

  it('refuses a future day inside the placement as not worked yet, not as outside the placement', () => {
    expect(workedDateRefusal(p, '2026-12-14', '2026-12-07')).toBe('date_not_worked_yet');
  });

  it('names the bound that was crossed', () => {
    expect(workedDateRefusal(p, '2026-11-30', '2026-12-07')).toBe('date_before_placement_start');
    expect(workedDateRefusal(p, '2027-03-01', '2027-03-07')).toBe('date_after_placement_end');
    expect(workedDateRefusal({ ...p, endedOn: '2027-01-15' }, '2027-01-16', '2027-03-07')).toBe('date_after_placement_end');
    expect(workedDateRefusal({ ...p, startsOn: null }, '2026-12-01', '2026-12-07')).toBe('placement_start_unknown');
    expect(workedDateRefusal(p, '2026-12-07', '2026-12-07')).toBeNull();
  });

  it('accepts exactly the days from the start to the end or today, whichever is first', () => {
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 0, max: 400 }),
        fc.option(fc.integer({ min: 0, max: 400 })),
        day,
        day,
        (start, len, ended, date, today) => {
          const period = {
            startsOn: start,
            endsOn: addDays(start, len),
            endedOn: ended === null ? null : addDays(start, Math.min(ended, len)),
          };
          const end = period.endedOn ?? period.endsOn;
          const refusal = workedDateRefusal(period, date, today);
          expect(refusal === null).toBe(date >= start && date <= end && date <= today);
          if (date > today && date >= start && date <= end) expect(refusal).toBe('date_not_worked_yet');
        },
      ),
    );
  });
});

describe('followUpHeldRefusal', () => {
  it('refuses a talk held before the follow-up was due, and one dated in the future', () => {
    expect(followUpHeldRefusal('2026-12-08', '2026-12-01', '2026-12-07')).toBe('follow_up_held_before_due');
    expect(followUpHeldRefusal('2026-12-08', '2026-12-09', '2026-12-08')).toBe('date_in_future');
    expect(followUpHeldRefusal('2026-12-08', '2026-12-08', '2026-12-08')).toBeNull();
  });

  it('accepts exactly the days from the due day to today', () => {
    fc.assert(
      fc.property(day, day, day, (due, held, today) => {
        expect(followUpHeldRefusal(due, held, today) === null).toBe(held >= due && held <= today);
      }),
    );
  });
});

describe('attendanceDateRefusal', () => {
  it('refuses attendance for a session a week ahead and accepts it from the session day on', () => {
    expect(attendanceDateRefusal('2026-12-14', '2026-12-07')).toBe('session_not_held_yet');
    expect(attendanceDateRefusal('2026-12-07', '2026-12-07')).toBeNull();
    fc.assert(
      fc.property(day, day, (session, today) => {
        expect(attendanceDateRefusal(session, today) === null).toBe(session <= today);
      }),
    );
  });
});
