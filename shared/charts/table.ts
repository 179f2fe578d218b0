import { formatNumber } from './format.ts';
import type { ChartSpec } from './types.ts';

export interface ChartTable {
  caption: string;
  headers: string[];
  /** One row per category: the category label, then one formatted cell per series. */
  rows: Array<{ label: string; cells: string[]; values: Array<number | null> }>;
}

/**
 * The "show as table" alternative of a chart: the same numbers the chart draws, as rows with
 * headers, so screen-reader and keyboard users (and the printed report) get the exact figures.
 */
export function chartTable(spec: ChartSpec, locale: 'da' | 'en' = 'da'): ChartTable {
  return {
    caption: spec.title,
    headers: [spec.categoryLabel, ...spec.series.map((s) => (spec.unit ? `${s.name} (${spec.unit})` : s.name))],
    rows: spec.categories.map((label, i) => {
      const values = spec.series.map((s) => s.values[i] ?? null);
      return { label, values, cells: values.map((v) => formatNumber(v, locale)) };
    }),
  };
}
