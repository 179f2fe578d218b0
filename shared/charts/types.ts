/**
 * A chart described as data: what the dashboard draws with ECharts, shows as a table on request,
 * and what the funder report renders server-side. Labels arrive already translated, so the same
 * spec serves the Danish report and the English screen. `null` is a suppressed cell ("<5").
 */
export type ChartKind = 'bar' | 'hbar' | 'line' | 'stacked';

export interface ChartSeries {
  name: string;
  values: Array<number | null>;
}

export interface ChartSpec {
  /** Stable id (DOM ids, test hooks, click-through figure keys). */
  id: string;
  kind: ChartKind;
  title: string;
  /** One or two sentences saying what the chart shows, read by screen readers and printed. */
  summary: string;
  /** Header of the category column in the table view. */
  categoryLabel: string;
  categories: string[];
  series: ChartSeries[];
  /** Unit shown after numbers in tables and tooltips (e.g. "timer", "kr."). */
  unit?: string;
  /** Figure key per category for click-through, when the records behind it may be listed. */
  figures?: Array<string | null>;
}

/** The text a suppressed cell shows everywhere (kept equal to shared/domain/kpis/suppression.ts). */
export { SUPPRESSED_MARK } from '../domain/kpis/suppression.ts';
