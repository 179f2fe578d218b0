import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../calendar/local-time.ts';
import {
  addMonths,
  canTransition,
  defaultEndDate,
  defaultOnlyOutOfCompulsorySchool,
  LADDER_STEP_OF_KIND,
  ladderStepFits,
  OPENING_KINDS,
  OPENING_STATUSES,
  openingConsistencyIssues,
  resolveLadderStep,
} from './openings.ts';

describe('ladder steps', () => {
  it('fixes steps 1–3 by kind and leaves adult kinds off the ladder', () => {
    expect(resolveLadderStep('pocket_money', undefined, 13)).toBe(1);
    expect(resolveLadderStep('municipal_leisure', undefined, 13)).toBe(2);
    expect(resolveLadderStep('private_leisure', undefined, 15)).toBe(3);
    expect(resolveLadderStep('flex_job', undefined, 30)).toBeNull();
  });

  it('puts internships and apprenticeships on step 4 for young people and off the ladder for adults', () => {
    expect(resolveLadderStep('internship', undefined, 16)).toBe(4);
    expect(resolveLadderStep('apprenticeship', undefined, 25)).toBeNull();
    expect(ladderStepFits('apprenticeship', 4)).toBe(true);
    expect(ladderStepFits('apprenticeship', null)).toBe(true);
    expect(ladderStepFits('apprenticeship', 3)).toBe(false);
  });

  it('reports a step that does not fit the kind, on the ladderStep field', () => {
    expect(openingConsistencyIssues({ kind: 'pocket_money', ladderStep: 3, minAge: 13, startsOn: '2026-01-01' })).toEqual([
      { path: ['ladderStep'], code: 'ladder_step_mismatch' },
    ]);
    expect(openingConsistencyIssues({ kind: 'ordinary_job', ladderStep: 4, minAge: 18, startsOn: '2026-01-01' })[0]?.code).toBe(
      'ladder_step_mismatch',
    );
    expect(openingConsistencyIssues({ kind: 'ordinary_job', ladderStep: null, minAge: 18, startsOn: '2026-01-01' })).toEqual([]);
  });

  it('always resolves to a step that fits', () => {
    fc.assert(
      fc.property(fc.constantFrom(...OPENING_KINDS), fc.integer({ min: 10, max: 70 }), (kind, minAge) => {
        expect(ladderStepFits(kind, resolveLadderStep(kind, undefined, minAge))).toBe(true);
        expect(ladderStepFits(kind, LADDER_STEP_OF_KIND[kind])).toBe(true);
      }),
    );
  });

  it('reports ages and dates the wrong way round', () => {
    expect(
      openingConsistencyIssues({ kind: 'pocket_money', minAge: 15, maxAge: 14, startsOn: '2026-03-01', endsOn: '2026-02-01' }),
    ).toEqual([
      { path: ['maxAge'], code: 'max_age_below_min' },
      { path: ['endsOn'], code: 'end_before_start' },
    ]);
  });

  it('refuses a start before any young-worker rules were in force', () => {
    expect(openingConsistencyIssues({ kind: 'ordinary_job', minAge: 18, startsOn: '2005-04-15' })).toEqual([
      { path: ['startsOn'], code: 'date_before_rules' },
    ]);
    expect(openingConsistencyIssues({ kind: 'ordinary_job', minAge: 18, startsOn: '2005-04-16' })).toEqual([]);
  });
});

describe('only for young people out of compulsory school', () => {
  it('defaults to true for apprenticeships only', () => {
    expect(OPENING_KINDS.filter(defaultOnlyOutOfCompulsorySchool)).toEqual(['apprenticeship']);
  });

  it('refuses an apprenticeship open to pupils, on the field', () => {
    const apprenticeship = { kind: 'apprenticeship', minAge: 16, startsOn: '2026-08-03' } as const;
    expect(openingConsistencyIssues({ ...apprenticeship, onlyOutOfCompulsorySchool: false })).toEqual([
      { path: ['onlyOutOfCompulsorySchool'], code: 'apprenticeship_out_of_school_only' },
    ]);
    expect(openingConsistencyIssues({ ...apprenticeship, onlyOutOfCompulsorySchool: true })).toEqual([]);
    expect(openingConsistencyIssues(apprenticeship)).toEqual([]);
    expect(openingConsistencyIssues({ ...apprenticeship, kind: 'internship', onlyOutOfCompulsorySchool: false })).toEqual([]);
  });
});

describe('status transitions', () => {
  it('allows exactly the listed changes', () => {
    const allowed = OPENING_STATUSES.flatMap((from) =>
      OPENING_STATUSES.filter((to) => canTransition(from, to)).map((to) => `${from}→${to}`),
    );
    expect(allowed.sort()).toEqual(
      ['draft→open', 'filled→open', 'open→closed', 'open→filled', 'proposed→closed', 'proposed→draft', 'proposed→open'].sort(),
    );
  });
});

describe('default length', () => {
  it('runs six months, clamped to the end of a shorter month', () => {
    expect(defaultEndDate('2026-03-15')).toBe('2026-09-15');
    expect(defaultEndDate('2026-08-31')).toBe('2027-02-28');
    expect(defaultEndDate('2027-08-31')).toBe('2028-02-29');
    expect(addMonths('2026-12-31', -1)).toBe('2026-11-30');
  });

  it('always ends 181–184 days later, on the same day of the month or the last day of a shorter one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), (n) => {
        const start = addDays('2000-01-01', n);
        const end = defaultEndDate(start);
        expect(daysBetween(start, end)).toBeGreaterThanOrEqual(181);
        expect(daysBetween(start, end)).toBeLessThanOrEqual(184);
        const sameDay = end.slice(8) === start.slice(8);
        const lastOfMonth = addDays(end, 1).slice(8) === '01' && end.slice(8) < start.slice(8);
        expect(sameDay || lastOfMonth).toBe(true);
      }),
    );
  });
});
