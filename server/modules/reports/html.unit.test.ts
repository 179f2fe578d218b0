import { describe, expect, it } from 'vitest';
import { dashboardCharts } from '../../../shared/charts/dashboard.ts';
import { sampleDashboard } from '../../../shared/charts/fixture.ts';
import { CHART_LABELS } from '../../../shared/charts/labels.ts';
import { esc, renderReportHtml } from './html.ts';
import { renderChartSvg } from './svg.ts';

describe('renderReportHtml', () => {
  const model = (audience: 'staff' | 'aggregate') => {
    const dashboard = sampleDashboard(audience);
    return {
      programmeName: 'Jobplaneten <script>alert(1)</script>',
      generatedOn: '2026-04-02',
      filtersText: 'Boligområde: Solbakken',
      dashboard,
      charts: dashboardCharts(dashboard, CHART_LABELS.da, 'da').map((spec) => ({ spec, svg: renderChartSvg(spec) })),
    };
  };

  it('is one Danish document with the key figures, targets, charts as SVG and their tables', () => {
    const html = renderReportHtml(model('staff'));
    expect(html).toMatch(/^<!doctype html><html lang="da">/);
    expect(html).toContain('<h1>Rapport til bevillingsgivere: Jobplaneten &lt;script&gt;alert(1)&lt;/script&gt;</h1>');
    expect(html).not.toContain('<script>');
    expect(html).toContain('Periode: 1.1.2026 – 31.3.2026');
    expect(html).toContain('<th scope="row">Tilknyttede deltagere</th><td class="num">1.234</td><td class="num">120</td>');
    expect(html).toContain('<td class="num">93 %</td>');
    expect(html.match(/<svg /g)?.length).toBe(8);
    expect(html).toContain('Henvendelser til hotline');
    expect(html).not.toContain('&lt;5');
  });

  it('shows suppressed cells as "<5" and says why for aggregate audiences', () => {
    const html = renderReportHtml(model('aggregate'));
    expect(html).toContain('<th scope="row">Personer startet i praktik eller læreplads</th><td class="num">&lt;5</td>');
    expect(html).toContain('Tal under 5 personer vises som');
  });

  it('escapes every HTML-special character', () => {
    expect(esc(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
