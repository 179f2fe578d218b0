import { describe, expect, it } from 'vitest';
import { filtersOf, presetOf, presetPeriod } from './filters.ts';

describe('presetPeriod last12 (issue #16 item 6)', () => {
  it('in December is the twelve months up to today, not the calendar year', () => {
    expect(presetPeriod('last12', '2026-12-07')).toEqual({ from: '2025-12-08', to: '2026-12-07' });
  });

  it('never reaches past today', () => {
    expect(presetPeriod('last12', '2026-03-15')).toEqual({ from: '2025-03-16', to: '2026-03-15' });
  });

  it('handles the turn of a month and a leap day', () => {
    expect(presetPeriod('last12', '2026-01-31')).toEqual({ from: '2025-02-01', to: '2026-01-31' });
    expect(presetPeriod('last12', '2028-02-29')).toEqual({ from: '2027-03-01', to: '2028-02-29' });
  });

  it('is the default period and is recognised as the preset', () => {
    const f = filtersOf({}, '2026-12-07');
    expect(f).toMatchObject({ from: '2025-12-08', to: '2026-12-07' });
    expect(presetOf(f.from, f.to, '2026-12-07')).toBe('last12');
    expect(presetOf('2026-01-01', '2026-12-31', '2026-12-07')).toBe('custom');
  });
});
