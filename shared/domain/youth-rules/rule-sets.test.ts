import { describe, expect, it } from 'vitest';
import { addDays, parseLocalTime } from '../calendar/local-time.ts';
import { RULE_SETS, ruleSetOn } from './rule-sets.ts';
import { OPENING_REFUSAL_CODES, RULE_CODES, SECTOR_CODES, YOUTH_CATEGORIES } from './types.ts';

describe('RULE_SETS', () => {
  it('are contiguous, ordered and end with one open version', () => {
    RULE_SETS.forEach((rs, i) => {
      const next = RULE_SETS[i + 1];
      if (next) expect(rs.validTo && addDays(rs.validTo, 1)).toBe(next.validFrom);
      else expect(rs.validTo).toBeNull();
      expect(rs.validTo === null || rs.validFrom <= rs.validTo).toBe(true);
    });
    expect(new Set(RULE_SETS.map((r) => r.id)).size).toBe(RULE_SETS.length);
  });

  it('cite a legal source for every rule and every opening refusal', () => {
    for (const rs of RULE_SETS) {
      expect(rs.legalBasis.some((s) => s.includes('unges arbejde'))).toBe(true);
      expect(rs.legalBasis.some((s) => s.includes('arbejdsmiljøloven'))).toBe(true);
      for (const code of RULE_CODES) {
        expect(rs.citations[code].da).toMatch(/§|BEK/);
        expect(rs.citations[code].en.length).toBeGreaterThan(0);
      }
      for (const code of OPENING_REFUSAL_CODES) expect(rs.openingCitations[code].da.length).toBeGreaterThan(0);
    }
  });

  it('have well-formed windows and sector exceptions', () => {
    for (const rs of RULE_SETS) {
      for (const c of YOUTH_CATEGORIES) {
        const { default: d, alternative } = rs.nightWindows[c];
        for (const w of alternative ? [d, alternative] : [d]) {
          expect(parseLocalTime(w.start)).toBeLessThan(parseLocalTime(w.end, { allowEndOfDay: true }));
        }
      }
      for (const ex of rs.sectorExceptions) {
        expect(ex.earliestStart ?? ex.latestEnd).toBeDefined();
        for (const s of ex.sectors) expect(SECTOR_CODES).toContain(s);
        expect(ex.source).toContain('unges arbejde');
      }
    }
  });

  it('keep the 2005 limits in every version', () => {
    for (const rs of RULE_SETS) {
      expect(rs.minAge).toBe(13);
      expect(rs.hours).toEqual({
        schoolDay: 2,
        nonSchoolDay: { child: 7, 'pupil-15-17': 8 },
        schoolWeek: 12,
        nonSchoolWeek: { child: 35, 'pupil-15-17': 40 },
        youngDaily: 8,
        youngWeekly: 40,
      });
      expect(rs.dailyRestHours).toEqual({ child: 14, 'pupil-15-17': 14, 'young-15-17': 12 });
      expect(rs.nightWindows.child.default).toEqual({ start: '06:00', end: '20:00' });
      expect(rs.nightWindows['pupil-15-17'].default).toEqual({ start: '06:00', end: '20:00' });
    }
  });
});

describe('ruleSetOn', () => {
  it.each([
    ['2005-04-16', 'dk-2005'],
    ['2024-12-31', 'dk-2005'],
    ['2025-01-01', 'dk-2025-01'],
    ['2025-06-30', 'dk-2025-01'],
    ['2025-07-01', 'dk-2025-07'],
    ['2026-03-02', 'dk-2025-07'],
    ['2040-01-01', 'dk-2025-07'],
  ])('%s → %s', (date, id) => {
    expect(ruleSetOn(date).id).toBe(id);
  });

  it('refuses dates before the first version', () => {
    expect(() => ruleSetOn('2005-04-15')).toThrow(RangeError);
  });

  it('widens the evening only for 15–17-year-olds out of school, from July 2025', () => {
    expect(ruleSetOn('2025-06-30').nightWindows['young-15-17']).toEqual({ default: { start: '06:00', end: '20:00' } });
    expect(ruleSetOn('2025-07-01').nightWindows['young-15-17']).toEqual({
      default: { start: '06:00', end: '22:00' },
      alternative: { start: '07:00', end: '23:00' },
    });
    expect(ruleSetOn('2025-07-01').citations['night-work'].da).toContain('1. juli 2025');
  });

  it('allows harmless machines for 13–14-year-olds from 2025', () => {
    expect(ruleSetOn('2024-12-31').opening.machinesBelow15).toBe('forbidden');
    expect(ruleSetOn('2025-01-01').opening.machinesBelow15).toBe('with-risk-assessment');
  });
});
