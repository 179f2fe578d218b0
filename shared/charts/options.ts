import type { EChartsCoreOption } from 'echarts/core';
import { formatNumber } from './format.ts';
import { CHART_COLOURS } from './palette.ts';
import type { ChartSpec } from './types.ts';

export interface OptionSettings {
  /** Off under `prefers-reduced-motion` and always off when printing. */
  animation: boolean;
  locale?: 'da' | 'en';
  /** Value labels on bars: on in the printed report, where there is no tooltip. */
  valueLabels?: boolean;
  /** Tooltips on hover/focus: only on screen (the caller must register ECharts' tooltip component). */
  tooltip?: boolean;
}

/**
 * The ECharts option for a chart spec. Pure, so the web dashboard (ECharts in the browser) and the
 * funder report (ECharts server-side rendering to SVG) draw identical charts from identical data.
 * The `aria` option makes ECharts describe the chart to screen readers; the spec's summary is the
 * description, so the words match the text summary shown under the chart.
 */
export function chartOption(spec: ChartSpec, settings: OptionSettings): EChartsCoreOption {
  const locale = settings.locale ?? 'da';
  const horizontal = spec.kind === 'hbar';
  const categoryAxis = { type: 'category', data: spec.categories, axisLabel: { color: '#333', ...categoryLabelLayout(spec, horizontal) } };
  const rotated = !horizontal && 'rotate' in categoryLabelLayout(spec, horizontal);
  const valueAxis = { type: 'value', axisLabel: { color: '#333', formatter: (v: number) => formatNumber(v, locale) }, minInterval: 1 };
  const label = settings.valueLabels
    ? {
        show: true,
        position: horizontal ? 'right' : 'top',
        color: '#222',
        formatter: (p: { value: unknown }) => (typeof p.value === 'number' ? formatNumber(p.value, locale) : ''),
      }
    : undefined;
  return {
    animation: settings.animation,
    color: [...CHART_COLOURS],
    aria: { enabled: true, label: { enabled: true, description: `${spec.title}. ${spec.summary}` }, decal: { show: false } },
    textStyle: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif' },
    grid: { left: horizontal ? 150 : 56, right: 40, top: spec.series.length > 1 ? 40 : 16, bottom: rotated ? 96 : 40 },
    legend: spec.series.length > 1 ? { top: 0, textStyle: { color: '#222' } } : undefined,
    ...(settings.tooltip
      ? { tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (typeof v === 'number' ? formatNumber(v, locale) : '<5') } }
      : {}),
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? { ...categoryAxis, inverse: true } : valueAxis,
    series: spec.series.map((s) => ({
      name: s.name,
      type: spec.kind === 'line' ? 'line' : 'bar',
      ...(spec.kind === 'stacked' ? { stack: 'total' } : {}),
      ...(spec.kind === 'line' ? { symbolSize: 6 } : { barMaxWidth: 48 }),
      // ECharts draws '-' as "no data": a suppressed cell has no bar rather than a misleading 0.
      data: s.values.map((v) => (v === null ? '-' : v)),
      ...(label ? { label } : {}),
    })),
  };
}

/**
 * How category labels fit under the bars: a month axis (many short labels) shows as many as fit
 * without overlap; a few long names (activity kinds, outcomes) are slanted, because single long
 * Danish words ("Uddannelsesforløb") cannot wrap and would run into each other; the rest wrap.
 */
function categoryLabelLayout(spec: ChartSpec, horizontal: boolean): Record<string, unknown> {
  if (horizontal) return { interval: 0, overflow: 'break', width: 140 };
  if (spec.categories.length > 6) return { interval: 'auto', hideOverlap: true };
  const longest = Math.max(0, ...spec.categories.map((c) => c.length));
  if (spec.categories.length > 2 && longest > 12) return { interval: 0, rotate: 30, overflow: 'truncate', width: 160 };
  return { interval: 0, overflow: 'break', width: 90 };
}
