import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromEpochMinutes, toEpochMinutes } from '../calendar/local-time.ts';
import { copenhagenInstant, copenhagenLocal } from './time.ts';

describe('copenhagenInstant', () => {
  it('applies winter and summer time', () => {
    expect(copenhagenInstant('2026-01-15T08:00').toISOString()).toBe('2026-01-15T07:00:00.000Z');
    expect(copenhagenInstant('2026-07-15T08:00').toISOString()).toBe('2026-07-15T06:00:00.000Z');
  });

  it('picks the earlier instant in the repeated autumn hour and moves a skipped spring time on', () => {
    expect(copenhagenInstant('2026-10-25T02:30').toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(copenhagenLocal(copenhagenInstant('2026-03-29T02:30'))).toBe('2026-03-29T03:30');
  });

  it('round-trips every wall-clock minute that exists once', () => {
    const local = fc.integer({ min: toEpochMinutes('2024-01-01T00:00'), max: toEpochMinutes('2028-12-31T23:59') }).map(fromEpochMinutes);
    fc.assert(
      fc.property(local, (l) => {
        const hour = l.slice(11, 13);
        fc.pre(hour !== '02');
        expect(copenhagenLocal(copenhagenInstant(l))).toBe(l);
      }),
    );
  });
});
