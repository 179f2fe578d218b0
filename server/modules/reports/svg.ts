import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { chartOption, type ChartSpec } from '../../../shared/charts/index.ts';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, AriaComponent, SVGRenderer]);

/**
 * A chart as an SVG string via ECharts' server-side rendering: the same option builder as the web
 * dashboard, so the printed chart is the one on screen. No DOM and no canvas are needed.
 */
export function renderChartSvg(spec: ChartSpec, size = { width: 680, height: 260 }): string {
  const height = spec.kind === 'hbar' ? Math.max(size.height, 60 + spec.categories.length * 34) : size.height;
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height });
  try {
    chart.setOption(chartOption(spec, { animation: false, locale: 'da', valueLabels: true }));
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
