import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dashboardCharts, type FunnelRow } from '../../../../../shared/charts/dashboard.ts';
import { CHART_LABELS } from '../../../../../shared/charts/labels.ts';
import { can } from '../../../access.ts';
import { Forbidden } from '../../../ui/Forbidden.tsx';
import { Page, Section } from '../../../ui/Page.tsx';
import { useSession } from '../../../components/SessionContext.tsx';
import { QueryStatus } from '../../../ui/Status.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { formatDate } from '../../../ui/format.ts';
import { useProgrammeName } from '../../../ui/useProgrammeName.ts';
import { dashboardQuery, type Funnel, funnelQuery, type OutcomeFilters } from '../api.ts';
import { Chart } from '../components/Chart.tsx';
import { FigureCards } from '../components/FigureCards.tsx';
import { Filters } from '../components/Filters.tsx';
import { RecordsPanel } from '../components/RecordsPanel.tsx';
import cards from '../../../ui/cards.module.css';
import outcomes from '../outcomes.module.css';
import { cx } from '../../../ui/cx.ts';

function funnelRows(f: Funnel | undefined, labels: (typeof CHART_LABELS)['da']): FunnelRow[] {
  const v = (s: { value: number | null; suppressed: boolean }) => (s.suppressed ? null : s.value);
  return (f?.rows ?? []).map((r) => ({
    label: (labels.activityKinds as Record<string, string>)[r.kind] ?? r.kind,
    attendees: v(r.attendees),
    placed: v(r.placed),
    completed: v(r.completed),
  }));
}

/**
 * `/programmes/$programmeId/resultater`: the outcome dashboard. Key figures against targets with
 * trends, then every chart (each with a table alternative). Staff click a figure or a bar to see
 * the records behind it; funders and evaluators see aggregates with cells under 5 as "<5".
 */
export function DashboardPage({ programmeId, filters }: { programmeId: string; filters: OutcomeFilters }) {
  const { t } = useTranslation();
  const me = useSession();
  const locale = currentLocale();
  const allowed = can(me, 'outcomes.read', programmeId);
  const records = can(me, 'outcomes.records', programmeId);
  const dashboard = useQuery({ ...dashboardQuery(programmeId, filters), enabled: allowed });
  const funnel = useQuery({ ...funnelQuery(programmeId, filters), enabled: allowed });
  const programmeName = useProgrammeName(programmeId);
  const [figure, setFigure] = useState<string | null>(null);
  if (!allowed) return <Forbidden />;
  const labels = CHART_LABELS[locale];
  const charts = dashboard.data ? dashboardCharts(dashboard.data, labels, locale, funnelRows(funnel.data, labels)) : [];
  const openRecords = records ? setFigure : undefined;
  return (
    <Page title={t('outcomes.dashboard.title')} lead={programmeName} wide>
      <ul className={cx(cards['link-list'], 'oc-links')}>
        {can(me, 'report.generate', programmeId) && (
          <li>
            <Link to="/programmes/$programmeId/resultater/rapport" params={{ programmeId }} search={filters}>
              {t('outcomes.dashboard.reportLink')}
            </Link>
          </li>
        )}
        {can(me, 'target.manage', programmeId) && (
          <li>
            <Link to="/programmes/$programmeId/resultater/maal" params={{ programmeId }}>
              {t('outcomes.dashboard.targetsLink')}
            </Link>
          </li>
        )}
      </ul>
      <Filters programmeId={programmeId} filters={filters} to="/programmes/$programmeId/resultater" />
      <p className={outcomes['oc-period']} aria-live="polite">
        {t('outcomes.dashboard.period', { from: formatDate(filters.from, locale), to: formatDate(filters.to, locale) })}
        {dashboard.data?.audience === 'aggregate' && ` ${t('outcomes.dashboard.suppressed')}`}
      </p>
      <QueryStatus query={dashboard} />
      {dashboard.data && (
        <>
          <Section id="oc-figures" title={t('outcomes.figures.title')}>
            <FigureCards figures={dashboard.data.figures} onRecords={openRecords} />
          </Section>
          {figure && <RecordsPanel programmeId={programmeId} filters={filters} figure={figure} onClose={() => setFigure(null)} />}
          <Section id="oc-charts" title={t('outcomes.dashboard.charts')}>
            <div className={outcomes['oc-chart-grid']}>
              {charts.map((spec) => (
                <Chart key={spec.id} spec={spec} onFigure={openRecords} />
              ))}
            </div>
          </Section>
        </>
      )}
    </Page>
  );
}
