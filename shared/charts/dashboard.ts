import type { Dashboard } from '../schemas/outcomes.ts';
import { formatNumber } from './format.ts';
import { fill, monthLabel, type ChartLabels } from './labels.ts';
import type { ChartSpec } from './types.ts';

/**
 * One row of the activities funnel (from the activities module): per activity kind, how many
 * attended and how many of them later got, and completed, a placement. Null is suppressed.
 */
export interface FunnelRow {
  label: string;
  attendees: number | null;
  placed: number | null;
  completed: number | null;
}

const pub = (v: { value?: number | null; count?: number | null; suppressed: boolean }) => (v.suppressed ? null : (v.value ?? v.count ?? 0));
const sum = (xs: Array<number | null>) => xs.reduce<number>((a, b) => a + (b ?? 0), 0);

/**
 * Every chart of the dashboard and the funder report, built from the dashboard response. The
 * screen and the PDF call this same function, so they can never show different numbers.
 * Counts suppressed for aggregate audiences stay null (drawn as no bar, tabled as "<5").
 */
export function dashboardCharts(d: Dashboard, l: ChartLabels, locale: 'da' | 'en', funnel: FunnelRow[] | null = null): ChartSpec[] {
  const fig = (k: string) => d.figures.find((f) => f.key === k);
  const specs: ChartSpec[] = [];

  const targeted = d.figures.filter((f) => f.target !== null && f.unit !== 'percent' && f.unit !== 'hours');
  if (targeted.length > 0) {
    const reached = targeted.filter((f) => f.value !== null && f.target !== null && f.value >= f.target).length;
    specs.push({
      id: 'targets',
      kind: 'hbar',
      title: l.charts.targets.title,
      summary: fill(l.charts.targets.summary, { reached, total: targeted.length }),
      categoryLabel: l.figure,
      categories: targeted.map((f) => l.figures[f.key]),
      series: [
        { name: l.actual, values: targeted.map((f) => (f.suppressed ? null : f.value)) },
        { name: l.target, values: targeted.map((f) => f.target) },
      ],
      figures: targeted.map((f) => f.key),
    });
  }

  const attached = fig('attached');
  const jobs = fig('jobs');
  if (attached && attached.trend.length > 0) {
    const months = attached.trend.map((p) => p.period);
    const series = [attached, ...(jobs ? [jobs] : [])].map((f) => ({
      name: l.figures[f.key],
      values: months.map((m) => {
        const p = f.trend.find((x) => x.period === m);
        return p ? pub(p) : 0;
      }),
    }));
    specs.push({
      id: 'trend',
      kind: 'line',
      title: l.charts.trend.title,
      summary: fill(l.charts.trend.summary, { first: monthLabel(months[0]!, l), last: monthLabel(months[months.length - 1]!, l) }),
      categoryLabel: l.month,
      categories: months.map((m) => monthLabel(m, l)),
      series,
    });
  }

  const hours = fig('hours');
  if (hours && hours.trend.length > 0) {
    const values = hours.trend.map((p) => pub(p));
    const peakAt = values.reduce<number>((best, v, i) => ((v ?? 0) > (values[best] ?? 0) ? i : best), 0);
    specs.push({
      id: 'hours',
      kind: 'bar',
      title: l.charts.hours.title,
      summary: fill(l.charts.hours.summary, { total: formatNumber(sum(values), locale), peak: monthLabel(hours.trend[peakAt]!.period, l) }),
      categoryLabel: l.month,
      categories: hours.trend.map((p) => monthLabel(p.period, l)),
      series: [{ name: l.figures.hours, values }],
      unit: l.units.hours,
    });
  }

  const outcomeValues = d.outcomes.map((o) => pub(o));
  const top = d.outcomes[outcomeValues.reduce<number>((best, v, i) => ((v ?? 0) > (outcomeValues[best] ?? 0) ? i : best), 0)];
  specs.push({
    id: 'outcomes',
    kind: 'bar',
    title: l.charts.outcomes.title,
    summary:
      sum(outcomeValues) === 0
        ? l.charts.outcomes.empty
        : fill(l.charts.outcomes.summary, { total: sum(outcomeValues), top: top ? l.outcomes[top.kind].toLowerCase() : '' }),
    categoryLabel: l.outcome,
    categories: d.outcomes.map((o) => l.outcomes[o.kind]),
    series: [{ name: l.count, values: outcomeValues }],
  });

  if (d.steps.length > 0) {
    specs.push({
      id: 'steps',
      kind: 'bar',
      title: l.charts.steps.title,
      summary: l.charts.steps.summary,
      categoryLabel: l.figures.step_progressions,
      categories: d.steps.map((s) => fill(l.step, { step: s.toStep })),
      series: [{ name: l.count, values: d.steps.map((s) => pub(s)) }],
      figures: d.steps.map(() => 'step_progressions'),
    });
  }

  const c = d.completion;
  specs.push({
    id: 'completion',
    kind: 'bar',
    title: l.charts.completion.title,
    summary: fill(l.charts.completion.summary, { completed: formatNumber(c.completed, locale), ended: formatNumber(c.ended, locale) }),
    categoryLabel: l.figure,
    categories: [l.figures.completion_rate],
    series: [
      { name: l.completed, values: [c.completed] },
      { name: l.endedEarly, values: [c.endedEarly] },
    ],
    figures: ['completion_rate'],
  });

  specs.push({
    id: 'hoursByPayer',
    kind: 'bar',
    title: l.charts.hoursByPayer.title,
    summary: l.charts.hoursByPayer.summary,
    categoryLabel: l.payer,
    categories: d.hoursByPayer.map((h) => l.payers[h.payer]),
    series: [{ name: l.figures.hours, values: d.hoursByPayer.map((h) => h.hours) }],
    unit: l.units.hours,
  });
  specs.push({
    id: 'mentorCosts',
    kind: 'bar',
    title: l.charts.mentorCosts.title,
    summary: fill(l.charts.mentorCosts.summary, { total: formatNumber(sum(d.mentorCosts.map((m) => m.cost)), locale) }),
    categoryLabel: l.payer,
    categories: d.mentorCosts.map((m) => l.payers[m.funder]),
    series: [{ name: l.charts.mentorCosts.series, values: d.mentorCosts.map((m) => m.cost) }],
    unit: l.units.kr,
  });

  if (funnel && funnel.length > 0) {
    specs.push({
      id: 'funnel',
      kind: 'bar',
      title: l.charts.funnel.title,
      summary: l.charts.funnel.summary,
      categoryLabel: l.activityKind,
      categories: funnel.map((f) => f.label),
      series: [
        { name: l.attendees, values: funnel.map((f) => f.attendees) },
        { name: l.placed, values: funnel.map((f) => f.placed) },
        { name: l.completed, values: funnel.map((f) => f.completed) },
      ],
    });
  }
  return specs;
}
