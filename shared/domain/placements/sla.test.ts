import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromEpochMinutes, isDanishWorkingDay, toEpochMinutes } from '../calendar/local-time.ts';
import {
  median,
  RESPONSE_TARGET_HOURS,
  responseDueAt,
  slaState,
  supportStats,
  targetMinutes,
  workingMinutes,
  type SupportFacts,
} from './sla.ts';

describe('responseDueAt', () => {
  it.each([
    ['urgent on a Monday afternoon: four clock hours, not the next morning', '2026-12-07T15:05', 'urgent', '2026-12-07T19:05'],
    ['urgent late on a Friday: the same evening', '2026-03-06T15:00', 'urgent', '2026-03-06T19:00'],
    ['urgent on a Saturday', '2026-03-07T12:00', 'urgent', '2026-03-07T16:00'],
    ['urgent at night, across midnight', '2026-03-09T22:30', 'urgent', '2026-03-10T02:30'],
    ['urgent across the spring clock change: four real hours', '2026-03-29T00:30', 'urgent', '2026-03-29T05:30'],
    ['urgent across the autumn clock change: four real hours', '2026-10-25T01:00', 'urgent', '2026-10-25T04:00'],
    ['normal: one working day later', '2026-03-03T10:00', 'normal', '2026-03-04T10:00'],
    ['normal late on a Friday: the rest on Monday', '2026-03-06T15:00', 'normal', '2026-03-09T15:00'],
    ['normal raised on a Saturday: counts from Monday 08:00', '2026-03-07T12:00', 'normal', '2026-03-09T16:00'],
    ['normal raised after closing', '2026-03-09T16:30', 'normal', '2026-03-10T16:00'],
    ['normal over Easter (Maundy Thursday to Easter Monday)', '2026-04-01T14:00', 'normal', '2026-04-07T14:00'],
    ['over Christmas (24 December is a working day by law)', '2026-12-23T12:00', 'normal', '2026-12-24T12:00'],
    ['over Christmas Day and Boxing Day', '2026-12-24T15:00', 'normal', '2026-12-28T15:00'],
    ['normal on Ascension Day', '2026-05-14T09:00', 'normal', '2026-05-15T16:00'],
  ] as const)('%s', (_name, raised, severity, due) => {
    expect(responseDueAt(raised, severity)).toBe(due);
  });
});

describe('slaState', () => {
  it('counts an urgent request in clock minutes, and breaches once the deadline passes unanswered', () => {
    const f = { raisedAt: '2026-03-06T15:00', severity: 'urgent' as const, firstResponseAt: null };
    expect(slaState(f, '2026-03-06T15:30')).toEqual({
      dueAt: '2026-03-06T19:00',
      minutesLeft: 210,
      breached: false,
      responseWorkingMinutes: null,
    });
    expect(slaState(f, '2026-03-06T19:01')).toMatchObject({ breached: true, minutesLeft: -1 });
  });

  it('counts a normal request in working minutes', () => {
    const f = { raisedAt: '2026-03-06T15:00', severity: 'normal' as const, firstResponseAt: null };
    expect(slaState(f, '2026-03-06T19:00')).toMatchObject({ dueAt: '2026-03-09T15:00', minutesLeft: 420, breached: false });
  });

  it('judges an answered request by its answer', () => {
    expect(slaState({ raisedAt: '2026-03-06T15:00', severity: 'urgent', firstResponseAt: '2026-03-06T17:00' }, '2026-03-20T12:00')).toEqual(
      { dueAt: '2026-03-06T19:00', minutesLeft: null, breached: false, responseWorkingMinutes: 60 },
    );
    // Answered on Monday morning: in working hours only 1.5 h, but an urgent request waited all weekend.
    expect(
      slaState({ raisedAt: '2026-03-06T15:00', severity: 'urgent', firstResponseAt: '2026-03-09T08:30' }, '2026-03-20T12:00'),
    ).toMatchObject({ breached: true, responseWorkingMinutes: 90 });
  });
});

describe('supportStats', () => {
  const r = (
    category: SupportFacts['category'],
    raisedAt: string,
    firstResponseAt: string | null,
    severity: SupportFacts['severity'] = 'urgent',
  ): SupportFacts => ({ category, severity, raisedAt, firstResponseAt });
  it('gives the median first response, the share within target and requests by category', () => {
    const stats = supportStats(
      [
        r('safety', '2026-03-03T09:00', '2026-03-03T10:00'), // 1 h, within
        r('safety', '2026-03-03T09:00', '2026-03-03T15:00'), // 6 h, breached
        r('attendance', '2026-03-03T09:00', '2026-03-03T12:00', 'normal'), // 3 h, within
        r('conduct', '2026-03-03T09:00', null), // unanswered, breached at 13:00
        r('other', '2026-03-04T09:00', null), // unanswered, not yet due
      ],
      '2026-03-04T10:00',
    );
    expect(stats).toEqual({
      count: 5,
      byCategory: { attendance: 1, conduct: 1, skills: 0, conflict: 0, safety: 2, other: 1 },
      bySeverity: { urgent: 4, normal: 1 },
      answered: 3,
      medianFirstResponseHours: 3,
      withinTargetShare: 0.5,
      openBreached: 1,
    });
  });

  it('has no median or share without data', () => {
    expect(supportStats([], '2026-03-04T10:00')).toMatchObject({ count: 0, medianFirstResponseHours: null, withinTargetShare: null });
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('properties', () => {
  // Any minute from 2024 to 2028.
  const instant = fc.integer({ min: toEpochMinutes('2024-01-01T00:00'), max: toEpochMinutes('2028-12-31T23:59') }).map(fromEpochMinutes);
  const severity = fc.constantFrom('urgent' as const, 'normal' as const);

  it('puts a normal deadline exactly the target’s working hours later, inside working hours on a working day', () => {
    fc.assert(
      fc.property(instant, (raised) => {
        const due = responseDueAt(raised, 'normal');
        expect(due > raised).toBe(true);
        expect(workingMinutes(raised, due)).toBe(RESPONSE_TARGET_HOURS.normal * 60);
        expect(isDanishWorkingDay(due.slice(0, 10))).toBe(true);
        const time = due.slice(11);
        expect(time > '08:00' && time <= '16:00').toBe(true);
      }),
    );
  });

  it('puts an urgent deadline exactly the target’s clock hours later, whatever the day or hour', () => {
    fc.assert(
      fc.property(instant, (raised) => {
        const due = responseDueAt(raised, 'urgent');
        expect(targetMinutes('urgent', raised, due)).toBe(RESPONSE_TARGET_HOURS.urgent * 60);
        // Never later than a normal request raised at the same moment.
        expect(due <= responseDueAt(raised, 'normal')).toBe(true);
      }),
    );
  });

  it('never breaches an answer given before the deadline, and always breaches one after it', () => {
    fc.assert(
      fc.property(instant, severity, fc.integer({ min: 0, max: 20_000 }), (raised, sev, after) => {
        const answered = fromEpochMinutes(toEpochMinutes(raised) + after);
        const state = slaState({ raisedAt: raised, severity: sev, firstResponseAt: answered }, answered);
        expect(state.breached).toBe(targetMinutes(sev, raised, answered) > RESPONSE_TARGET_HOURS[sev] * 60);
        if (answered <= state.dueAt) expect(state.breached).toBe(false);
        // Unanswered, the same moment breaches exactly when the answer would have.
        expect(slaState({ raisedAt: raised, severity: sev, firstResponseAt: null }, answered).breached).toBe(state.breached);
      }),
    );
  });
});
