import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dashboardCharts } from './dashboard.ts';
import { sampleDashboard } from './fixture.ts';
import { CHART_LABELS, fill } from './labels.ts';
import { chartOption } from './options.ts';
import { chartTable } from './table.ts';
import type { ChartSpec } from './types.ts';

const spec: ChartSpec = {
  id: 'x',
  kind: 'bar',
  title: 'Resultater',
  summary: 'Et resumé.',
  categoryLabel: 'Resultat',
  categories: ['Læreplads', 'Fleksjob'],
  series: [{ name: 'Antal', values: [1234.5, null] }],
};

describe('chartTable', () => {
  it('tables every category with Danish numbers and "<5" for a suppressed cell', () => {
    expect(chartTable(spec, 'da')).toEqual({
      caption: 'Resultater',
      headers: ['Resultat', 'Antal'],
      rows: [
        { label: 'Læreplads', cells: ['1.234,5'], values: [1234.5] },
        { label: 'Fleksjob', cells: ['<5'], values: [null] },
      ],
    });
    expect(chartTable(spec, 'en').rows[0]!.cells).toEqual(['1,234.5']);
  });

  it('has one row per category and one cell per series, whatever the data', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 8 }), fc.integer({ min: 1, max: 4 }), (cats, n) => {
        const s: ChartSpec = {
          ...spec,
          categories: cats,
          series: Array.from({ length: n }, (_, i) => ({ name: `s${i}`, values: cats.map(() => i) })),
        };
        const t = chartTable(s);
        expect(t.rows).toHaveLength(cats.length);
        expect(t.headers).toHaveLength(n + 1);
        t.rows.forEach((r) => expect(r.cells).toHaveLength(n));
      }),
    );
  });
});

describe('chartOption', () => {
  it('turns on aria with the summary, honours the animation setting and draws suppressed cells as no data', () => {
    const o = chartOption(spec, { animation: false }) as Record<string, any>;
    expect(o.animation).toBe(false);
    expect(o.aria).toMatchObject({ enabled: true, label: { description: 'Resultater. Et resumé.' } });
    expect(o.series[0].data).toEqual([1234.5, '-']);
    expect(o.tooltip).toBeUndefined();
    expect((chartOption(spec, { animation: true, tooltip: true }) as Record<string, any>).tooltip).toBeDefined();
  });

  it('swaps the axes for horizontal bars', () => {
    const o = chartOption({ ...spec, kind: 'hbar' }, { animation: false }) as Record<string, any>;
    expect(o.yAxis.type).toBe('category');
    expect(o.xAxis.type).toBe('value');
  });
});

describe('dashboardCharts', () => {
  it('builds the same charts in both languages, with targets against actuals', () => {
    const da = dashboardCharts(sampleDashboard(), CHART_LABELS.da, 'da');
    const en = dashboardCharts(sampleDashboard(), CHART_LABELS.en, 'en');
    expect(da.map((c) => c.id)).toEqual(['targets', 'trend', 'hours', 'outcomes', 'steps', 'completion', 'hoursByPayer', 'mentorCosts']);
    expect(en.map((c) => c.id)).toEqual(da.map((c) => c.id));
    const targets = da.find((c) => c.id === 'targets')!;
    expect(targets.categories[0]).toBe('Tilknyttede deltagere');
    expect(targets.series.map((s) => s.values[0])).toEqual([1234, 120]);
    expect(targets.summary).toBe('3 af 5 mål med en målsætning er nået i perioden.');
  });

  it('keeps suppressed counts suppressed for aggregate audiences', () => {
    const charts = dashboardCharts(sampleDashboard('aggregate'), CHART_LABELS.da, 'da');
    const outcomes = charts.find((c) => c.id === 'outcomes')!;
    expect(outcomes.series[0]!.values).toEqual([9, null, 6, 0, 5]);
    expect(chartTable(outcomes).rows[1]!.cells).toEqual(['<5']);
  });

  it('names a series by what it counts, so no table header reads "kr. (kr.)"', () => {
    for (const locale of ['da', 'en'] as const) {
      for (const chart of dashboardCharts(sampleDashboard(), CHART_LABELS[locale], locale)) {
        for (const header of chartTable(chart, locale).headers) expect(header).not.toMatch(/^(.+) \(\1\)$/);
      }
    }
    const mentorCosts = dashboardCharts(sampleDashboard(), CHART_LABELS.da, 'da').find((c) => c.id === 'mentorCosts')!;
    expect(chartTable(mentorCosts, 'da').headers).toEqual(['Betaler', 'Mentorudgift (kr.)']);
  });

  it('adds the activity funnel when given', () => {
    const charts = dashboardCharts(sampleDashboard(), CHART_LABELS.da, 'da', [
      { label: 'Faglige forløb', attendees: 27, placed: 9, completed: null },
    ]);
    expect(charts.at(-1)).toMatchObject({ id: 'funnel', categories: ['Faglige forløb'] });
  });
});

describe('fill', () => {
  it('fills placeholders and leaves unknown ones empty', () => {
    expect(fill('{{a}} af {{b}}{{c}}', { a: 1, b: 'to' })).toBe('1 af to');
  });
});

describe('labels', () => {
  it('name figures, outcomes and payers as the server-made files do (docs/kpis.md headings)', async () => {
    const { FIGURE_LABELS_DA, OUTCOME_LABELS_DA, PAYER_LABELS_DA } = await import('../domain/kpis/labels.ts');
    expect(CHART_LABELS.da.figures).toEqual(FIGURE_LABELS_DA);
    expect(CHART_LABELS.da.outcomes).toEqual(OUTCOME_LABELS_DA);
    expect(CHART_LABELS.da.payers).toEqual(PAYER_LABELS_DA);
  });

  it('have the same keys in Danish and English', () => {
    const keys = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        v && typeof v === 'object' && !Array.isArray(v) ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
      );
    expect(keys(CHART_LABELS.en).sort()).toEqual(keys(CHART_LABELS.da).sort());
  });
});
