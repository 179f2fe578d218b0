import { describe, expect, it } from 'vitest';
import { computeDashboard, figureRecords, figureValue, pickTarget, scopeFor } from './dashboard.ts';
import type { KpiFilters } from './facts.ts';
import { fixture, SITE_A, SITE_B, TARGETS, YEAR } from './fixture.ts';
import { addMonths, ageBandOf, ageOn, contractAtLeast, monthsOf } from './period.ts';
import { publishDashboard } from './publish.ts';
import type { FigureKey } from './types.ts';
import { landsbyggefondenRows, yearsOf } from './landsbyggefonden.ts';

/** Every number here is counted by hand from fixture.ts (docs/kpis.md explains the rules). */

const value = (key: FigureKey, filters: KpiFilters = {}, period = YEAR) => figureValue(key, scopeFor(fixture(), period, filters), period);
const dash = (filters: KpiFilters = {}) => computeDashboard(fixture(), YEAR, filters, TARGETS);
const fig = (d: ReturnType<typeof dash>, key: FigureKey) => d.figures.find((f) => f.key === key)!;

describe('the figures for 2025, unfiltered', () => {
  it.each<[FigureKey, number | null, string]>([
    ['attached', 4, 'P1, P2, P3 (anonymised, withdrawn 15 Jan) and P4; P5 closed in 2024'],
    ['jobs', 4, 'L2 (Jun), L3 (Mar), L5 (Aug), L7 (Oct); L1 and L4 were activated in 2024, L6 never'],
    ['people_in_jobs', 3, 'P1 (L2), P2 (L3), P4 (flex L7); the apprenticeship is not a job'],
    ['people_in_internships', 1, 'P4 (apprenticeship L5)'],
    ['workplaces', 4, 'W1 (L1 until May, L2: two placements, one workplace), W2 (L3, and L4 in January), W3, W4'],
    ['companies_engaged', 5, 'C1, C2, C3 by placements, C4 by hosting course A1, C5 by commitment'],
    ['hours', 13.5, 'S1 120 + S3 150 (corrects S2) + S4 240 (its correction is pending) + S8 300 = 810 min'],
    ['courses', 2, 'A1 (two sessions), A5 (held, nobody present); A2 in 2024, A3 a café, A4 cancelled'],
    ['course_participants', 2, 'P1 and P2 present at A1; P3 absent'],
    ['completion_rate', 2 / 3, 'L1 completed, L2 ended early on its last day (completed), L4 early; L3 under 6 months'],
    ['step_progressions', 3, 'P1 1→2 and 2→3, P2 2→3; intakes are not moves'],
  ])('%s = %s (%s)', (key, expected) => {
    expect(value(key)).toBeCloseTo(expected as number, 10);
  });
});

describe('edge cases', () => {
  it('a placement spanning two periods: job in the month it started, workplace in every month it ran', () => {
    const dec2024 = { from: '2024-12-01', to: '2024-12-31' };
    expect(figureRecords(fixture(), dec2024, {}, 'jobs').map((m) => m.placementId)).toEqual(['L1']);
    expect(figureRecords(fixture(), YEAR, {}, 'jobs').map((m) => m.placementId)).not.toContain('L1');
    const may = { from: '2025-05-01', to: '2025-05-31' };
    const june = { from: '2025-06-01', to: '2025-06-30' };
    expect(value('workplaces', {}, may)).toBe(1); // W1 through L1's last day
    expect(figureRecords(fixture(), june, {}, 'workplaces').map((m) => m.placementId)).toEqual(['L2']);
  });

  it('a participant with two placements at one workplace: one workplace, two jobs over time, one person', () => {
    const mine = fixture();
    mine.placements = mine.placements.filter((p) => p.participantId === 'P1');
    const period = { from: '2024-12-01', to: '2025-12-31' };
    expect(figureValue('jobs', scopeFor(mine, period, {}), period)).toBe(2);
    expect(figureValue('workplaces', scopeFor(mine, period, {}), period)).toBe(1);
    expect(figureValue('people_in_jobs', scopeFor(mine, period, {}), period)).toBe(1);
  });

  it('an anonymised participant still counts, in the band of their kept birth month', () => {
    expect(figureRecords(fixture(), YEAR, {}, 'attached').map((m) => m.participantId)).toContain('P3');
    expect(figureRecords(fixture(), YEAR, {}, 'hours').map((m) => m.key)).toContain('S8');
    expect(value('attached', { ageBand: '15-17' })).toBe(2); // P2 (16) and P3 (17)
    expect(value('attached', { siteId: SITE_B })).toBe(2); // P3, P4
  });

  it('a placement ended early on its last day counts as completed', () => {
    const members = figureRecords(fixture(), YEAR, {}, 'completion_rate');
    expect(members.find((m) => m.placementId === 'L2')!.key).toBe('completed');
    expect(members.find((m) => m.placementId === 'L4')!.key).toBe('ended_early');
    expect(members.map((m) => m.placementId)).not.toContain('L3');
  });
});

describe('filters', () => {
  it.each<[KpiFilters, FigureKey, number]>([
    [{ siteId: SITE_A }, 'attached', 2],
    [{ siteId: SITE_A }, 'jobs', 2],
    [{ siteId: SITE_A }, 'hours', 8.5],
    [{ siteId: SITE_A }, 'courses', 1],
    [{ siteId: SITE_A }, 'course_participants', 2],
    [{ siteId: SITE_A }, 'companies_engaged', 2],
    [{ siteId: SITE_B }, 'courses', 0],
    [{ siteId: SITE_B }, 'hours', 5],
    [{ ageBand: '13-14' }, 'attached', 1],
    [{ ageBand: '30+' }, 'jobs', 2],
    [{ ageBand: '18-29' }, 'attached', 0],
    [{ step: 3 }, 'attached', 2],
    [{ step: 3 }, 'step_progressions', 3],
    [{ step: 1 }, 'attached', 1],
    [{ track: 'job' }, 'jobs', 2],
    [{ track: 'job' }, 'people_in_internships', 1],
  ])('%o: %s = %d', (filters, key, expected) => {
    expect(value(key, filters)).toBe(expected);
  });

  it('step is judged on the period’s last day: step 2 at the end of June is P1 only', () => {
    const h1 = { from: '2025-01-01', to: '2025-06-30' };
    expect(figureRecords(fixture(), h1, { step: 2 }, 'attached').map((m) => m.participantId)).toEqual(['P1']);
  });
});

describe('the dashboard', () => {
  it('trend, targets, outcomes, pay, mentors, support and completion', () => {
    const d = dash();
    const jobs = fig(d, 'jobs');
    expect(jobs.trend.map((t) => t.value)).toEqual([0, 0, 1, 0, 0, 1, 0, 1, 0, 1, 0, 0]);
    expect(jobs.target).toBe(10);
    expect(jobs.targetPeriod).toEqual({ from: '2024-01-01', to: '2026-12-31' });
    expect(fig(d, 'attached').target).toBe(8);
    expect(fig(d, 'hours').trend.find((t) => t.period === '2025-01')!.value).toBe(9.5);
    expect(fig(d, 'hours').trend.find((t) => t.period === '2025-07')!.value).toBe(4);
    expect(d.steps).toEqual([
      { toStep: 2, count: 1 },
      { toStep: 3, count: 2 },
      { toStep: 4, count: 0 },
    ]);
    expect(d.outcomes).toEqual([
      { kind: 'education_started', count: 1 },
      { kind: 'apprenticeship', count: 1 },
      { kind: 'ordinary_job', count: 0 },
      { kind: 'flex_job', count: 1 },
      { kind: 'few_hour_job', count: 0 },
    ]);
    expect(d.hoursByPayer).toEqual([
      { payer: 'project_funds', hours: 9.5, grossPay: 475, holidayPay: 59.38 },
      { payer: 'municipality', hours: 4, grossPay: 320, holidayPay: 40 },
    ]);
    expect(d.mentorCosts).toEqual([
      { funder: 'project_funds', hours: 2, cost: 600 },
      { funder: 'company', hours: 1.5, cost: 300 },
    ]);
    expect(d.support).toEqual({ opened: 3, resolved: 2, medianResponseMinutes: 75, withinTarget: 1 });
    expect(d.completion).toEqual({ completed: 2, endedEarly: 1, ended: 3, rate: 2 / 3 });
  });

  it('publishing for an aggregate audience hides 1–4 people and rates built on them; staff see all', () => {
    const staff = publishDashboard(dash(), 'staff');
    const agg = publishDashboard(dash(), 'aggregate');
    const a = (key: FigureKey) => agg.figures.find((f) => f.key === key)!;
    expect(staff.figures.find((f) => f.key === 'attached')).toMatchObject({ value: 4, suppressed: false, targetProgress: 0.5 });
    expect(a('attached')).toMatchObject({ value: null, suppressed: true, targetProgress: null });
    expect(a('workplaces')).toMatchObject({ value: 4, suppressed: false }); // not people
    expect(a('hours')).toMatchObject({ value: 13.5, suppressed: false });
    expect(a('courses')).toMatchObject({ value: 2, suppressed: false });
    expect(a('completion_rate')).toMatchObject({ value: null, suppressed: true });
    expect(a('jobs').trend.every((t) => t.value === 0 || t.suppressed)).toBe(true);
    expect(agg.completion).toEqual({ completed: null, endedEarly: null, ended: null, rate: null, suppressed: true });
    expect(agg.outcomes.find((o) => o.kind === 'ordinary_job')).toEqual({ kind: 'ordinary_job', count: 0, suppressed: false });
    expect(a('companies_engaged')).toMatchObject({ value: 5, target: 60, targetProgress: 5 / 60 });
  });
});

describe('calendar helpers', () => {
  it.each([
    ['2025-01-01', '2025-06-30', true],
    ['2025-01-01', '2025-06-29', false],
    ['2025-08-31', '2026-02-27', true], // 31 Aug + 6 months = 28 Feb; the day after 27 Feb
    ['2025-08-31', '2026-02-26', false],
    [null, '2026-02-26', false],
  ])('contract %s–%s is ≥ 6 months: %s', (from, to, expected) => {
    expect(contractAtLeast(from, to, 6)).toBe(expected);
  });

  it('months, ages and bands', () => {
    expect(monthsOf({ from: '2025-01-15', to: '2025-03-10' })).toEqual([
      { month: '2025-01', period: { from: '2025-01-15', to: '2025-01-31' } },
      { month: '2025-02', period: { from: '2025-02-01', to: '2025-02-28' } },
      { month: '2025-03', period: { from: '2025-03-01', to: '2025-03-10' } },
    ]);
    expect(addMonths('2024-08-31', 6)).toBe('2025-02-28');
    expect(ageOn('2011-03', '2025-02-28')).toBe(13);
    expect(ageOn('2011-03', '2025-03-01')).toBe(14);
    expect([12, 13, 14, 15, 17, 18, 29, 30].map(ageBandOf)).toEqual([null, '13-14', '13-14', '15-17', '15-17', '18-29', '18-29', '30+']);
  });

  it('targets: exact period first, else the narrowest period containing it', () => {
    expect(pickTarget(TARGETS, 'jobs', YEAR)!.value).toBe(10);
    expect(pickTarget(TARGETS, 'jobs', { from: '2019-01-01', to: '2025-01-01' })).toBeNull();
    expect(pickTarget(TARGETS, 'attached', { from: '2025-03-01', to: '2025-03-31' })!.value).toBe(8);
  });
});

describe('Landsbyggefonden indicators', () => {
  const rows = landsbyggefondenRows(fixture(), YEAR, [
    { id: SITE_A, name: 'Område A' },
    { id: SITE_B, name: 'Område B' },
  ]);
  const at = (site: string, code: string) => rows.find((r) => r.site === site && r.code === code)!.value;

  it('one row per site (and all sites) and indicator, focus area Beskæftigelse, people suppressed under 5', () => {
    expect(rows).toHaveLength(3 * 12);
    expect(new Set(rows.map((r) => r.focusArea))).toEqual(new Set(['Beskæftigelse']));
    expect(at('Område A', 'B9')).toBe(8.5); // hours are not people
    expect(at('Område B', 'B9')).toBe(5);
    expect(at('Alle boligområder', 'B11')).toBe(5); // companies are not people
    expect(at('Alle boligområder', 'B1')).toBe('<5');
    expect(at('Område A', 'B12')).toBe('<5'); // 2 completed of 2
    expect(at('Område B', 'B4')).toBe(0);
  });

  it('splits a range into calendar years, clipped', () => {
    expect(yearsOf({ from: '2024-07-01', to: '2025-03-31' })).toEqual([
      { from: '2024-07-01', to: '2024-12-31' },
      { from: '2025-01-01', to: '2025-03-31' },
    ]);
  });
});
