import { dashboardCharts, type FunnelRow } from '../../../shared/charts/dashboard.ts';
import { CHART_LABELS, fill } from '../../../shared/charts/labels.ts';
import type { ChartSpec } from '../../../shared/charts/types.ts';
import { mustSuppress } from '../../../shared/domain/kpis/suppression.ts';
import type { Dashboard } from '../../../shared/schemas/outcomes.ts';
import type { FunderReportQuery } from '../../../shared/schemas/reports.ts';
import type { Ctx } from '../../http/context.ts';
import type { TenantTx } from '../../lib/access/index.ts';
import { getFunnel } from '../activities/index.ts';
import { getDashboard } from '../outcomes/index.ts';
import * as repo from './repository.ts';

/** The report's data as of the request: what the job prints and the Excel file lists. */
export interface ReportSnapshot {
  programmeName: string;
  filtersText: string | null;
  generatedOn: string;
  dashboard: Dashboard;
  funnel: FunnelRow[];
  charts: ChartSpec[];
}

const da = CHART_LABELS.da;

/**
 * Collects the report's figures through the outcomes and activities services, as the requesting
 * user (those services' own access checks apply). A report leaves the programme, so it is always
 * aggregate: counts of 1–4 people are suppressed, whoever prints it. The snapshot is plain JSON, so a background job can
 * print it later without a user session.
 */
export async function reportSnapshot(
  ctx: Ctx,
  tx: TenantTx,
  programmeId: string,
  q: FunderReportQuery,
  today: string,
): Promise<ReportSnapshot> {
  // A report is an aggregate export whoever prints it: cells of 1–4 people are suppressed.
  const dashboard: Dashboard = await getDashboard(ctx, programmeId, q, { audience: 'aggregate' });
  const funnel = await getFunnel(ctx, programmeId, { from: q.from, to: q.to, ...(q.siteId ? { siteId: q.siteId } : {}) });
  const { name, site } = await tx(async (trx) => ({
    name: (await repo.programmeName(trx, programmeId))?.name ?? '',
    site: q.siteId ? ((await repo.siteName(trx, programmeId, q.siteId))?.name ?? null) : null,
  }));
  const parts = [
    site ? fill(da.filterSite, { name: site }) : null,
    q.step ? fill(da.filterStep, { step: q.step }) : null,
    q.track ? fill(da.filterTrack, { track: da.tracks[q.track] }) : null,
    q.ageBand ? fill(da.filterAge, { band: q.ageBand }) : null,
  ].filter((p): p is string => p !== null);
  // The funnel service gives staff exact counts; the report suppresses them as the dashboard does.
  const pub = (c: { value: number | null; suppressed: boolean }) =>
    c.suppressed || c.value === null || mustSuppress(c.value) ? null : c.value;
  const rows: FunnelRow[] = funnel.rows.map((r) => ({
    label: da.activityKinds[r.kind],
    attendees: pub(r.attendees),
    placed: pub(r.placed),
    completed: pub(r.completed),
  }));
  return {
    programmeName: name,
    filtersText: parts.length ? parts.join(', ') : null,
    generatedOn: today,
    dashboard,
    funnel: rows,
    charts: dashboardCharts(dashboard, da, 'da', rows),
  };
}
