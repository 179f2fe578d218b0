import type { Dashboard } from '../../../shared/schemas/outcomes.ts';
import { chartTable, formatNumber, formatPercent, type ChartSpec } from '../../../shared/charts/index.ts';
import { CHART_LABELS, fill } from '../../../shared/charts/labels.ts';
import text from './report.da.json' with { type: 'json' };

/** Everything the funder report shows; built once, rendered to HTML for the screen and the PDF. */
export interface ReportModel {
  programmeName: string;
  generatedOn: string;
  filtersText: string | null;
  dashboard: Dashboard;
  /** Each chart with its server-rendered SVG (ECharts SSR output). */
  charts: Array<{ spec: ChartSpec; svg: string }>;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Escapes text for HTML content and attribute values. Every interpolated string goes through it. */
export function esc(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const da = CHART_LABELS.da;
const n = (v: number | null) => formatNumber(v, 'da');
const dateDa = (iso: string) => `${Number(iso.slice(8, 10))}.${Number(iso.slice(5, 7))}.${iso.slice(0, 4)}`;

function table(caption: string, headers: string[], rows: Array<Array<string | number>>, cls = ''): string {
  return (
    `<table${cls ? ` class="${cls}"` : ''}><caption>${esc(caption)}</caption><thead><tr>${headers.map((h, i) => `<th scope="col"${i ? ' class="num"' : ''}>${esc(h)}</th>`).join('')}</tr></thead>` +
    `<tbody>${rows.map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${esc(c)}</th>` : `<td class="num">${esc(c)}</td>`)).join('')}</tr>`).join('')}</tbody></table>`
  );
}

function figureValue(f: Dashboard['figures'][number]): string {
  if (f.suppressed) return '<5';
  return f.unit === 'percent' ? formatPercent(f.value, 'da') : n(f.value);
}

function keyFigures(d: Dashboard): string {
  const rows = d.figures.map((f) => [
    da.figures[f.key],
    figureValue(f),
    f.target === null ? text.noTarget : f.unit === 'percent' ? formatPercent(f.target, 'da') : n(f.target),
    f.targetProgress === null ? text.noTarget : formatPercent(f.targetProgress, 'da'),
  ]);
  return (
    `<section aria-labelledby="s-figures"><h2 id="s-figures">${esc(text.keyFigures)}</h2>` +
    `<ul class="cards">${d.figures
      .filter((f) => f.target !== null || ['attached', 'jobs', 'hours', 'workplaces'].includes(f.key))
      .map(
        (f) =>
          `<li><span class="label">${esc(da.figures[f.key])}</span> <strong>${esc(figureValue(f))}</strong>${f.target !== null ? ` <span class="target">${esc(text.target)}: ${esc(f.unit === 'percent' ? formatPercent(f.target, 'da') : n(f.target))}</span>` : ''}</li>`,
      )
      .join('')}</ul>` +
    table(text.keyFigures, [text.figure, text.actual, text.target, text.progress], rows) +
    '</section>'
  );
}

function chart(c: { spec: ChartSpec; svg: string }): string {
  const t = chartTable(c.spec, 'da');
  const id = `c-${esc(c.spec.id)}`;
  // The SVG is ECharts' own output (it escapes the labels we pass); it is decorative next to the
  // summary and the table, which carry the same numbers as text for the tagged PDF.
  return (
    `<figure class="chart" aria-labelledby="${id}"><h3 id="${id}">${esc(c.spec.title)}</h3>` +
    `<div class="svg" role="img" aria-label="${esc(`${c.spec.title}. ${c.spec.summary}`)}">${c.svg}</div>` +
    `<figcaption>${esc(c.spec.summary)}</figcaption>` +
    table(
      `${text.tableOf}: ${t.caption}`,
      t.headers,
      t.rows.map((r) => [r.label, ...r.cells]),
      'compact',
    ) +
    '</figure>'
  );
}

function money(d: Dashboard): string {
  const hoursRows = d.hoursByPayer.map((h) => [da.payers[h.payer], n(h.hours), n(h.grossPay), n(h.holidayPay)]);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  hoursRows.push([
    text.total,
    n(sum(d.hoursByPayer.map((h) => h.hours))),
    n(sum(d.hoursByPayer.map((h) => h.grossPay))),
    n(sum(d.hoursByPayer.map((h) => h.holidayPay))),
  ]);
  const mentorRows = d.mentorCosts.map((m) => [da.payers[m.funder], n(m.hours), n(m.cost)]);
  mentorRows.push([text.total, n(sum(d.mentorCosts.map((m) => m.hours))), n(sum(d.mentorCosts.map((m) => m.cost)))]);
  return (
    `<section aria-labelledby="s-money"><h2 id="s-money">${esc(text.money)}</h2>` +
    table(da.charts.hoursByPayer.title, [text.payer, text.hours, text.grossPay, text.holidayPay], hoursRows) +
    table(da.charts.mentorCosts.title, [text.payer, text.mentorHours, text.mentorCost], mentorRows) +
    '</section>'
  );
}

function completionAndSupport(d: Dashboard): string {
  const c = d.completion;
  const s = d.support;
  return (
    `<section aria-labelledby="s-completion"><h2 id="s-completion">${esc(text.completion)}</h2>` +
    table(
      da.charts.completion.title,
      [text.figure, da.count],
      [
        [text.completed, n(c.completed)],
        [text.endedEarly, n(c.endedEarly)],
        [text.ended, n(c.ended)],
        [text.rate, formatPercent(c.rate, 'da')],
      ],
    ) +
    '</section>' +
    `<section aria-labelledby="s-support"><h2 id="s-support">${esc(text.support)}</h2>` +
    table(
      text.support,
      [text.figure, da.count],
      [
        [text.supportOpened, n(s.opened)],
        [text.supportResolved, n(s.resolved)],
        [text.supportMedian, s.medianResponseMinutes === null ? '–' : fill(text.minutes, { n: n(s.medianResponseMinutes) })],
        [text.supportWithin, n(s.withinTarget)],
      ],
    ) +
    '</section>'
  );
}

const STYLE = `
@page { size: A4; margin: 16mm 14mm; }
* { box-sizing: border-box; }
body { font-family: "IBM Plex Sans", "DejaVu Sans", system-ui, sans-serif; color: #1a1a1a; font-size: 10.5pt; line-height: 1.4; margin: 0; padding: 16px; background: #fff; }
h1 { font-size: 20pt; margin: 0 0 4px; } h2 { font-size: 14pt; margin: 20px 0 8px; border-bottom: 2px solid #0b5cad; padding-bottom: 2px; } h3 { font-size: 11.5pt; margin: 0 0 6px; }
.meta { color: #444; margin: 0 0 2px; }
.cards { list-style: none; padding: 0; margin: 0 0 12px; display: flex; flex-wrap: wrap; gap: 8px; }
.cards li { border: 1px solid #8a8a8a; border-radius: 4px; padding: 6px 10px; min-width: 150px; }
.cards strong { display: block; font-size: 16pt; } .cards .label, .cards .target { color: #444; font-size: 9pt; }
table { border-collapse: collapse; margin: 6px 0 14px; width: 100%; } caption { text-align: left; font-weight: 600; padding: 4px 0; }
th, td { border-bottom: 1px solid #bbb; padding: 3px 6px; text-align: left; } .num { text-align: right; font-variant-numeric: tabular-nums; }
table.compact { font-size: 9pt; } table.compact caption { font-weight: 400; color: #444; }
figure.chart { margin: 0 0 16px; break-inside: avoid; } figcaption { color: #333; margin: 4px 0; }
.svg svg { max-width: 100%; height: auto; }
footer { margin-top: 24px; color: #555; font-size: 8.5pt; }
`;

/**
 * The funder report as one self-contained HTML document (inline CSS and SVG, no scripts): the web
 * page shows it as the preview, and Chromium prints exactly this to the PDF. Pure and escaped.
 */
export function renderReportHtml(m: ReportModel): string {
  const d = m.dashboard;
  return (
    `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>${esc(`${text.title} – ${m.programmeName}`)}</title><style>${STYLE}</style></head><body>` +
    `<header><h1>${esc(text.title)}: ${esc(m.programmeName)}</h1>` +
    `<p class="meta">${esc(fill(text.period, { from: dateDa(d.period.from), to: dateDa(d.period.to) }))}</p>` +
    `<p class="meta">${esc(fill(text.filters, { filters: m.filtersText ?? text.noFilters }))}</p>` +
    `<p class="meta">${esc(fill(text.generated, { date: dateDa(m.generatedOn) }))}</p>` +
    (d.audience === 'aggregate' ? `<p class="meta">${esc(text.suppressionNote)}</p>` : '') +
    '</header><main>' +
    keyFigures(d) +
    `<section aria-labelledby="s-charts"><h2 id="s-charts">${esc(text.charts)}</h2>${m.charts.map(chart).join('')}</section>` +
    completionAndSupport(d) +
    money(d) +
    `</main><footer>${esc(text.footer)}</footer></body></html>`
  );
}
