import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { chartOption, chartTable, type ChartSpec } from '../../../../../shared/charts/index.ts';
import { currentLocale } from '../../../i18n/index.ts';
import outcomes from '../outcomes.module.css';
import layout from '../../../ui/layout.module.css';
import buttons from '../../../ui/buttons.module.css';
import tables from '../../../ui/tables.module.css';
import { cx } from '../../../ui/cx.ts';

function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
}

/**
 * One chart with its heading, a text summary and a "show as table" toggle that swaps the drawing
 * for a real table with caption and headers. Clicking a bar that stands for a figure calls
 * `onFigure` (the records behind it), which the page passes only to roles that may see records.
 */
export function Chart({ spec, onFigure }: { spec: ChartSpec; onFigure?: (figure: string) => void }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [asTable, setAsTable] = useState(false);
  const headingId = useId();
  const summaryId = useId();
  return (
    <section className={outcomes['oc-chart']} aria-labelledby={headingId} data-chart={spec.id}>
      <div className={layout.section__head}>
        <h3 id={headingId} className={outcomes['oc-chart__title']}>
          {spec.title}
        </h3>
        <button
          type="button"
          className={cx(buttons.button, buttons['button--secondary'])}
          aria-pressed={asTable}
          onClick={() => setAsTable((v) => !v)}
        >
          {asTable ? t('outcomes.chart.showChart') : t('outcomes.chart.showTable')}
        </button>
      </div>
      <p id={summaryId} className={outcomes['oc-chart__summary']}>
        {spec.summary}
      </p>
      {asTable ? (
        <ChartAsTable spec={spec} locale={locale} />
      ) : (
        <EChart spec={spec} locale={locale} describedBy={summaryId} onFigure={onFigure} />
      )}
      {!asTable && onFigure && spec.figures && <p className={outcomes['oc-chart__hint']}>{t('outcomes.chart.clickHint')}</p>}
    </section>
  );
}

function ChartAsTable({ spec, locale }: { spec: ChartSpec; locale: 'da' | 'en' }) {
  const table = chartTable(spec, locale);
  return (
    <div className={tables['table-wrap']} role="region" aria-label={table.caption} tabIndex={0}>
      <table className={tables.table}>
        <caption className={tables.table__caption}>{table.caption}</caption>
        <thead>
          <tr>
            {table.headers.map((h, i) => (
              <th key={h} scope="col" className={i ? outcomes['oc-num'] : undefined}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              {r.cells.map((c, i) => (
                <td key={i} className={outcomes['oc-num']}>
                  {c}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function EChart({
  spec,
  locale,
  describedBy,
  onFigure,
}: {
  spec: ChartSpec;
  locale: 'da' | 'en';
  describedBy: string;
  onFigure?: (figure: string) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const onFigureRef = useRef(onFigure);
  onFigureRef.current = onFigure;
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let cleanup: (() => void) | undefined;
    let cancelled = false;
    void import('./echarts.ts').then(({ echarts }) => {
      if (cancelled) return;
      const chart = echarts.init(el, null, { renderer: 'svg' });
      chart.setOption(chartOption(spec, { animation: !prefersReducedMotion(), locale, tooltip: true }));
      chart.on('click', (params) => {
        const figure = spec.figures?.[params.dataIndex ?? -1];
        if (figure) onFigureRef.current?.(figure);
      });
      const resize = new ResizeObserver(() => chart.resize());
      resize.observe(el);
      cleanup = () => {
        resize.disconnect();
        chart.dispose();
      };
    });
    return () => {
      cancelled = true;
      cleanup?.();
    };
  }, [spec, locale]);
  const height = spec.kind === 'hbar' ? Math.max(240, 60 + spec.categories.length * 40) : 280;
  return (
    <div
      ref={ref}
      className={outcomes['oc-chart__canvas']}
      style={{ height }}
      role="img"
      aria-label={`${spec.title}. ${spec.summary}`}
      aria-describedby={describedBy}
    />
  );
}
