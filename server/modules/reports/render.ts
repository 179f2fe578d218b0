import type { ReportSnapshot } from './data.ts';
import { renderReportHtml } from './html.ts';
import { renderChartSvg } from './svg.ts';

/** The snapshot as the report's HTML, charts drawn server-side: the preview and the PDF's source. */
export function snapshotHtml(s: ReportSnapshot): string {
  return renderReportHtml({
    programmeName: s.programmeName,
    generatedOn: s.generatedOn,
    filtersText: s.filtersText,
    dashboard: s.dashboard,
    charts: s.charts.map((spec) => ({ spec, svg: renderChartSvg(spec) })),
  });
}
