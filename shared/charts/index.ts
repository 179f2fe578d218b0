/** Chart specs and their ECharts options, shared by the web dashboard and the server's funder report. */
export type { ChartKind, ChartSeries, ChartSpec } from './types.ts';
export { chartOption, type OptionSettings } from './options.ts';
export { chartTable, type ChartTable } from './table.ts';
export { formatNumber, formatPercent } from './format.ts';
export { CHART_COLOURS } from './palette.ts';
