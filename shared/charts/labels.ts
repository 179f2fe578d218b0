import da from './labels.da.json' with { type: 'json' };
import en from './labels.en.json' with { type: 'json' };

/**
 * The vocabulary of the outcome charts (figure, outcome and payer names, chart titles and summary
 * templates) in both languages. It lives beside the builders because the server's Danish funder
 * report and the web dashboard must name things identically; the web feature merges these into
 * its i18n catalogue instead of copying them.
 */
export type ChartLabels = typeof da;
export const CHART_LABELS: Record<'da' | 'en', ChartLabels> = { da, en };

/** Fills `{{name}}` placeholders (the i18next syntax, so the catalogues read the same). */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(vars[k] ?? ''));
}

/** "2026-03" → "mar. 2026" (Danish) / "Mar 2026". */
export function monthLabel(month: string, labels: ChartLabels): string {
  const [y, m] = month.split('-');
  return `${labels.months[Number(m) - 1] ?? m} ${y}`;
}
