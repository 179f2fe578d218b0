import { getRouteApi } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { copenhagenToday } from '../../lib/today.ts';
import { filtersOf } from './filters.ts';
import { DashboardPage } from './pages/DashboardPage.tsx';
import { ReportPage } from './pages/ReportPage.tsx';
import { TargetsPage } from './pages/TargetsPage.tsx';

/** The lazy half of `routes.tsx`: params and search read typed through the route, in the feature's own chunk. */
const dashboard = getRouteApi('/authed/programmes/$programmeId/resultater');
const report = getRouteApi('/authed/programmes/$programmeId/resultater/rapport');
const targets = getRouteApi('/authed/programmes/$programmeId/resultater/maal');

export function DashboardRoute(): ReactNode {
  const filters = filtersOf(dashboard.useSearch(), copenhagenToday());
  return <DashboardPage programmeId={dashboard.useParams().programmeId} filters={filters} />;
}

export function ReportRoute(): ReactNode {
  const filters = filtersOf(report.useSearch(), copenhagenToday());
  return <ReportPage programmeId={report.useParams().programmeId} filters={filters} />;
}

export function TargetsRoute(): ReactNode {
  return <TargetsPage programmeId={targets.useParams().programmeId} />;
}
