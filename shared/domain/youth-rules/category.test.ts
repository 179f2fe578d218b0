import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, fromDayNumber } from '../calendar/local-time.ts';
import { ageOn, CATEGORY_RANK, categoryOn, isInCompulsorySchool } from './category.ts';
import type { Category, Person } from './types.ts';

describe('ageOn', () => {
  it.each([
    ['2011-06-01', '2026-05-31', 14],
    ['2011-06-01', '2026-06-01', 15],
    ['2008-02-29', '2026-02-28', 17],
    ['2008-02-29', '2026-03-01', 18],
    ['2008-02-29', '2028-02-29', 20],
    ['2026-03-02', '2026-03-02', 0],
  ])('born %s is on %s aged %i', (birth, date, age) => {
    expect(ageOn(birth, date)).toBe(age);
  });
});

describe('categoryOn', () => {
  const inSchool = (birthDate: string): Person => ({ birthDate, compulsorySchool: true });
  const outOfSchool = (birthDate: string): Person => ({ birthDate, compulsorySchool: false });
  const on = '2026-03-02';
  it.each<[string, Person, Category]>([
    ['12 years, day before 13th birthday', inSchool('2013-03-03'), 'under-13'],
    ['13 years on the birthday', inSchool('2013-03-02'), 'child'],
    ['14 in school', inSchool('2011-06-01'), 'child'],
    ['14 out of school is still a child', outOfSchool('2011-06-01'), 'child'],
    ['15 on the birthday, in school', inSchool('2011-03-02'), 'pupil-15-17'],
    ['15 out of school', outOfSchool('2011-03-02'), 'young-15-17'],
    ['17 in school', inSchool('2008-03-03'), 'pupil-15-17'],
    ['17 out of school', outOfSchool('2008-03-03'), 'young-15-17'],
    ['18 on the birthday', inSchool('2008-03-02'), 'adult'],
  ])('%s', (_name, person, category) => {
    expect(categoryOn(person, on)).toBe(category);
  });

  it('leaves compulsory school after compulsorySchoolEndsOn, not on it', () => {
    const person: Person = { birthDate: '2010-01-01', compulsorySchool: true, compulsorySchoolEndsOn: '2026-06-26' };
    expect(categoryOn(person, '2026-06-26')).toBe('pupil-15-17');
    expect(categoryOn(person, '2026-06-27')).toBe('young-15-17');
    expect(isInCompulsorySchool({ ...person, compulsorySchoolEndsOn: null }, '2030-01-01')).toBe(true);
    expect(isInCompulsorySchool({ ...person, compulsorySchool: false }, '2026-01-01')).toBe(false);
  });

  it('rejects malformed dates', () => {
    expect(() => categoryOn({ birthDate: '1/1/2010', compulsorySchool: true }, on)).toThrow(RangeError);
  });

  const day = fc.integer({ min: 12_000, max: 22_000 }).map(fromDayNumber); // 2002 … 2030
  const person = fc.record({
    birthDate: fc.integer({ min: 10_000, max: 20_000 }).map(fromDayNumber),
    compulsorySchool: fc.boolean(),
    compulsorySchoolEndsOn: fc.option(day, { nil: undefined }),
  });

  it('property: category is monotone in age (an older person is never in a more protected category)', () => {
    fc.assert(
      fc.property(person, fc.nat(8000), day, (p, olderBy, date) => {
        const older = { ...p, birthDate: fromDayNumber(dayNumber(p.birthDate) - olderBy) };
        expect(CATEGORY_RANK[categoryOn(older, date)]).toBeGreaterThanOrEqual(CATEGORY_RANK[categoryOn(p, date)]);
      }),
    );
  });

  it('property: category is monotone in time for a fixed person', () => {
    fc.assert(
      fc.property(person, day, fc.nat(4000), (p, date, later) => {
        const next = fromDayNumber(dayNumber(date) + later);
        expect(CATEGORY_RANK[categoryOn(p, next)]).toBeGreaterThanOrEqual(CATEGORY_RANK[categoryOn(p, date)]);
      }),
    );
  });

  it('property: category agrees with age and school status', () => {
    fc.assert(
      fc.property(person, day, (p, date) => {
        const age = ageOn(p.birthDate, date);
        const c = categoryOn(p, date);
        if (age < 13) expect(c).toBe('under-13');
        else if (age < 15) expect(c).toBe('child');
        else if (age < 18) expect(c).toBe(isInCompulsorySchool(p, date) ? 'pupil-15-17' : 'young-15-17');
        else expect(c).toBe('adult');
      }),
    );
  });
});
