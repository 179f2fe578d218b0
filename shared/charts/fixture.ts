import type { Dashboard } from '../schemas/outcomes.ts';

/** A small, hand-made dashboard response for the chart and report tests (not a test itself). */
export function sampleDashboard(audience: Dashboard['audience'] = 'staff'): Dashboard {
  const months = ['2026-01', '2026-02', '2026-03'];
  const trend = (values: number[], suppress = false) =>
    months.map((period, i) => ({
      period,
      value: suppress && values[i]! < 5 && values[i]! > 0 ? null : values[i]!,
      suppressed: suppress && values[i]! < 5 && values[i]! > 0,
    }));
  const agg = audience === 'aggregate';
  const f = (
    key: Dashboard['figures'][number]['key'],
    unit: Dashboard['figures'][number]['unit'],
    value: number,
    target: number | null,
    t: number[],
    suppress = false,
  ) => ({
    key,
    unit,
    value: suppress ? null : value,
    suppressed: suppress,
    target,
    targetProgress: target && !suppress ? value / target : null,
    targetPeriod: target ? { from: '2026-01-01', to: '2026-12-31' } : null,
    trend: trend(t, agg),
  });
  return {
    programmeId: '00000000-0000-4000-8000-000000000001',
    period: { from: '2026-01-01', to: '2026-03-31' },
    filters: { siteId: null, step: null, track: null, ageBand: null },
    audience,
    figures: [
      f('attached', 'people', 1234, 120, [400, 420, 414]),
      f('jobs', 'placements', 77, 60, [20, 27, 30]),
      f('people_in_jobs', 'people', 61, 60, [18, 20, 23]),
      f('people_in_internships', 'people', 3, 60, [1, 1, 1], agg),
      f('workplaces', 'workplaces', 19, null, [10, 15, 19]),
      f('companies_engaged', 'companies', 14, 60, [9, 12, 14]),
      f('hours', 'hours', 4493.5, null, [1200, 1500.5, 1793]),
      f('courses', 'courses', 4, null, [1, 2, 1]),
      f('course_participants', 'people', 27, null, [9, 9, 9]),
      { ...f('completion_rate', 'percent', 0.93, 0.9, [0.9, 0.92, 0.93]), trend: [] },
      f('step_progressions', 'moves', 12, null, [4, 4, 4]),
    ],
    steps: [
      { toStep: 2, count: 7, suppressed: false },
      { toStep: 3, count: agg ? null : 4, suppressed: agg },
      { toStep: 4, count: agg ? null : 1, suppressed: agg },
    ],
    outcomes: [
      { kind: 'education_started', count: 9, suppressed: false },
      { kind: 'apprenticeship', count: agg ? null : 2, suppressed: agg },
      { kind: 'ordinary_job', count: 6, suppressed: false },
      { kind: 'flex_job', count: 0, suppressed: false },
      { kind: 'few_hour_job', count: 5, suppressed: false },
    ],
    hoursByPayer: [
      { payer: 'project_funds', hours: 1000, grossPay: 60000, holidayPay: 7500 },
      { payer: 'company', hours: 3493.5, grossPay: 331882.5, holidayPay: 41485.31 },
    ],
    mentorCosts: [{ funder: 'project_funds', hours: 40, cost: 10000 }],
    support: { opened: 11, resolved: 9, medianResponseMinutes: 95, withinTarget: 8 },
    completion: { completed: 14, endedEarly: agg ? null : 1, ended: 15, rate: 14 / 15, suppressed: false },
  };
}
