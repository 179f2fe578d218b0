import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Dashboard, outcomeRecord, target } from '../../../../shared/schemas/outcomes.ts';
import type { ReportJob } from '../../../../shared/schemas/reports.ts';
import type { AdultTrack } from '../../../../shared/domain/participants/constants.ts';
import type { KpiAgeBand } from '../../../../shared/domain/kpis/types.ts';
import { api } from '../../api.ts';

export type { Dashboard, ReportJob };
export type OutcomeRecord = z.infer<typeof outcomeRecord>;
export type Target = z.infer<typeof target>;

/** The dashboard's filters as they travel in the URL and the API's query string. */
export interface OutcomeFilters {
  from: string;
  to: string;
  siteId?: string;
  step?: number;
  track?: AdultTrack;
  ageBand?: KpiAgeBand;
}

const enc = encodeURIComponent;
const base = (p: string) => `/api/programmes/${enc(p)}`;

/** The filters as a query string (only the ones set), for links the browser fetches itself. */
export function filterQuery(f: OutcomeFilters): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (v !== undefined && v !== '') q.set(k, String(v));
  return q.toString();
}

/** Every API path of the feature. */
export const paths = {
  dashboard: (p: string) => `${base(p)}/outcomes/dashboard`,
  targets: (p: string) => `${base(p)}/outcomes/targets`,
  records: (p: string) => `${base(p)}/outcomes/records`,
  funnel: (p: string) => `${base(p)}/activities/funnel`,
  reportHtml: (p: string, f: OutcomeFilters) => `${base(p)}/reports/funder.html?${filterQuery(f)}`,
  reportXlsx: (p: string, f: OutcomeFilters) => `${base(p)}/reports/funder.xlsx?${filterQuery(f)}`,
  reportStart: (p: string) => `${base(p)}/reports/funder`,
  reportJob: (p: string, id: string) => `${base(p)}/reports/funder/${enc(id)}`,
  reportPdf: (p: string, id: string) => `${base(p)}/reports/funder/${enc(id)}/pdf`,
};

export const keys = { outcomes: (p: string) => ['programmes', p, 'outcomes'] as const };

const query = (f: OutcomeFilters) =>
  Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined && v !== '')) as Record<string, string | number>;

export const dashboardQuery = (p: string, f: OutcomeFilters) =>
  queryOptions({ queryKey: [...keys.outcomes(p), 'dashboard', f], queryFn: () => api.get<Dashboard>(paths.dashboard(p), query(f)) });

export const recordsQuery = (p: string, f: OutcomeFilters, figure: string) =>
  queryOptions({
    queryKey: [...keys.outcomes(p), 'records', f, figure],
    queryFn: () => api.get<{ figure: string; total: number; records: OutcomeRecord[] }>(paths.records(p), { ...query(f), figure }),
  });

export const targetsQuery = (p: string) =>
  queryOptions({ queryKey: [...keys.outcomes(p), 'targets'], queryFn: () => api.get<{ targets: Target[] }>(paths.targets(p)) });

type FunnelStage = { value: number | null; suppressed: boolean };
export type Funnel = { rows: Array<{ kind: string; attendees: FunnelStage; placed: FunnelStage; completed: FunnelStage }> };

export const funnelQuery = (p: string, f: OutcomeFilters) =>
  queryOptions({
    queryKey: [...keys.outcomes(p), 'funnel', f.from, f.to, f.siteId],
    queryFn: () => api.get<Funnel>(paths.funnel(p), query({ from: f.from, to: f.to, siteId: f.siteId })),
  });

/** The report preview is HTML, not JSON, so it is fetched as text (a GET: no CSRF header needed). */
export const reportHtmlQuery = (p: string, f: OutcomeFilters) =>
  queryOptions({
    queryKey: [...keys.outcomes(p), 'report-html', f],
    queryFn: async () => {
      const res = await fetch(paths.reportHtml(p, f), { credentials: 'same-origin' });
      if (!res.ok) throw new Error(`http_${res.status}`);
      return res.text();
    },
  });

export const reportJobQuery = (p: string, id: string) =>
  queryOptions({
    queryKey: [...keys.outcomes(p), 'report-job', id],
    queryFn: () => api.get<ReportJob>(paths.reportJob(p, id)),
    // Poll while the job runs; stop once it is done or failed.
    refetchInterval: (q) => (q.state.data && (q.state.data.status === 'done' || q.state.data.status === 'failed') ? false : 700),
  });

export const startReport = (p: string, f: OutcomeFilters) => api.post<ReportJob>(paths.reportStart(p), query(f));
export const saveTargets = (p: string, body: { periodFrom: string; periodTo: string; targets: Array<{ key: string; value: number }> }) =>
  api.put<{ targets: Target[] }>(paths.targets(p), body);
