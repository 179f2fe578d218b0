import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIVITY_KINDS, computeFunnel, median, type FunnelAttendance, type FunnelInput, type FunnelPlacement } from './funnel.ts';

const att = (
  participantId: string,
  sessionStartsAt: string,
  present = true,
  kind: FunnelAttendance['kind'] = 'professional_course',
): FunnelAttendance => ({ participantId, kind, sessionStartsAt, present });
const pl = (participantId: string, o: Partial<FunnelPlacement> = {}): FunnelPlacement => ({
  participantId,
  status: 'active',
  activatedAt: '2026-03-01T09:00',
  endedOn: null,
  outcome: null,
  endReason: null,
  ...o,
});
const base = { from: '2026-01-01', to: '2026-06-30', now: '2026-12-31T12:00' };
const row = (input: FunnelInput, kind = 'professional_course') => computeFunnel(input).find((r) => r.kind === kind)!;

describe('median', () => {
  it.each([
    [[], null],
    [[7], 7],
    [[3, 1, 2], 2],
    [[10, 1, 4, 6], 5],
    [[1, 2], 1.5],
  ])('median(%j) = %j', (values, expected) => expect(median(values)).toBe(expected));
});

describe('computeFunnel, computed by hand', () => {
  it('counts attendees, later placements, completions and education with median days', () => {
    const input: FunnelInput = {
      ...base,
      attendances: [
        // A: first attends 1 Feb, absent before that; placed 1 Mar (28 days), completed 31 May (119 days).
        att('A', '2026-01-25T10:00', false),
        att('A', '2026-02-01T10:00'),
        att('A', '2026-02-08T10:00'),
        // B: attends 10 Feb; placed 20 Feb (10 days), ended early for education 1 Apr (50 days).
        att('B', '2026-02-10T10:00'),
        // C: attends 15 Mar, but their placement started before: not counted as later.
        att('C', '2026-03-15T10:00'),
        // D: only absent: not an attendee.
        att('D', '2026-02-01T10:00', false),
        // E: attended outside the period.
        att('E', '2026-07-02T10:00'),
        // F: attended a craftsman café, not a course.
        att('F', '2026-02-01T10:00', true, 'craftsman_cafe'),
      ],
      placements: [
        pl('A', { activatedAt: '2026-03-01T09:00', status: 'completed', endedOn: '2026-05-31', outcome: 'ordinary_job' }),
        pl('B', { activatedAt: '2026-02-20T08:00', status: 'ended_early', endedOn: '2026-04-01', endReason: 'started_education' }),
        pl('C', { activatedAt: '2026-03-01T09:00' }),
        pl('E', { activatedAt: '2026-08-01T09:00' }),
        pl('F', { activatedAt: '2026-03-03T09:00', status: 'completed', endedOn: '2026-06-01', outcome: 'started_education' }),
      ],
    };
    expect(row(input)).toEqual({
      kind: 'professional_course',
      attendees: 3,
      placed: { count: 2, medianDays: 19 },
      completed: { count: 1, medianDays: 119 },
      education: { count: 1, medianDays: 50 },
    });
    expect(row(input, 'craftsman_cafe')).toEqual({
      kind: 'craftsman_cafe',
      attendees: 1,
      placed: { count: 1, medianDays: 30 },
      completed: { count: 1, medianDays: 120 },
      education: { count: 1, medianDays: 120 },
    });
    expect(computeFunnel(input).map((r) => r.kind)).toEqual([...ACTIVITY_KINDS]);
  });

  it('takes the earliest later placement per person and counts the person once', () => {
    const input: FunnelInput = {
      ...base,
      attendances: [att('A', '2026-02-01T10:00')],
      placements: [pl('A', { activatedAt: '2026-04-01T09:00' }), pl('A', { activatedAt: '2026-02-11T09:00' })],
    };
    expect(row(input).placed).toEqual({ count: 1, medianDays: 10 });
  });

  it('a placement activated the same day but before the session is not later', () => {
    const input: FunnelInput = {
      ...base,
      attendances: [att('A', '2026-02-01T10:00')],
      placements: [pl('A', { activatedAt: '2026-02-01T09:59' })],
    };
    expect(row(input).placed.count).toBe(0);
    const sameDayAfter = { ...input, placements: [pl('A', { activatedAt: '2026-02-01T14:00' })] };
    expect(row(sameDayAfter).placed).toEqual({ count: 1, medianDays: 0 });
  });

  it('ignores events after now and period edges are inclusive', () => {
    const input: FunnelInput = {
      from: '2026-02-01',
      to: '2026-02-28',
      now: '2026-03-10T12:00',
      attendances: [att('A', '2026-02-01T00:00'), att('B', '2026-02-28T23:30'), att('C', '2026-03-01T00:00')],
      placements: [
        pl('A', { activatedAt: '2026-03-05T09:00', status: 'completed', endedOn: '2026-03-20', outcome: 'ordinary_job' }),
        pl('B', { activatedAt: '2026-03-11T09:00' }),
      ],
    };
    expect(row(input)).toMatchObject({ attendees: 2, placed: { count: 1, medianDays: 32 }, completed: { count: 0, medianDays: null } });
  });
});

// ---------------------------------------------------------------------------------------------
const ids = ['A', 'B', 'C', 'D', 'E', 'F'];
const localDateTime = fc
  .record({ d: fc.integer({ min: 1, max: 28 }), m: fc.integer({ min: 1, max: 9 }), h: fc.integer({ min: 7, max: 20 }) })
  .map(({ d, m, h }) => `2026-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}T${String(h).padStart(2, '0')}:00`);
const attendance = fc.record({
  participantId: fc.constantFrom(...ids),
  kind: fc.constantFrom(...ACTIVITY_KINDS),
  sessionStartsAt: localDateTime,
  present: fc.boolean(),
});
const placement = fc.record({
  participantId: fc.constantFrom(...ids),
  status: fc.constantFrom('active', 'completed', 'ended_early'),
  activatedAt: fc.option(localDateTime, { nil: null }),
  endedOn: fc.option(
    localDateTime.map((t) => t.slice(0, 10)),
    { nil: null },
  ),
  outcome: fc.constantFrom(null, 'started_education', 'ordinary_job'),
  endReason: fc.constantFrom(null, 'started_education', 'moved'),
});
const input = fc.record({
  attendances: fc.array(attendance, { maxLength: 30 }),
  placements: fc.array(placement, { maxLength: 12 }),
  from: fc.constantFrom('2026-01-01', '2026-03-01'),
  to: fc.constantFrom('2026-06-30', '2026-09-30'),
  now: fc.constantFrom('2026-08-01T12:00', '2026-12-31T12:00'),
});

describe('computeFunnel properties', () => {
  it('each stage is at most the stage it narrows', () => {
    fc.assert(
      fc.property(input, (i) => {
        for (const r of computeFunnel(i)) {
          expect(r.placed.count).toBeLessThanOrEqual(r.attendees);
          expect(r.completed.count).toBeLessThanOrEqual(r.placed.count);
          expect(r.education.count).toBeLessThanOrEqual(r.placed.count);
          for (const s of [r.placed, r.completed, r.education]) expect(s.medianDays === null).toBe(s.count === 0);
        }
      }),
    );
  });

  it('adding an attendance never lowers the attendee count', () => {
    fc.assert(
      fc.property(input, attendance, (i, extra) => {
        const before = computeFunnel(i);
        const after = computeFunnel({ ...i, attendances: [...i.attendances, extra] });
        after.forEach((r, k) => expect(r.attendees).toBeGreaterThanOrEqual(before[k]!.attendees));
      }),
    );
  });

  it('does not depend on the order of attendances or placements', () => {
    fc.assert(
      fc.property(input, (i) => {
        const reversed = { ...i, attendances: [...i.attendances].reverse(), placements: [...i.placements].reverse() };
        expect(computeFunnel(reversed)).toEqual(computeFunnel(i));
      }),
    );
  });
});
