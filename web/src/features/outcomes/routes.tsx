import { type AnyRoute, createRoute, useParams, useSearch } from '@tanstack/react-router';
import './i18n.ts';
import './outcomes.css';
import { copenhagenToday } from '../../lib/today.ts';
import { filtersOf, outcomesSearch } from './filters.ts';
import { DashboardPage } from './pages/DashboardPage.tsx';
import { ReportPage } from './pages/ReportPage.tsx';
import { TargetsPage } from './pages/TargetsPage.tsx';

/** The programme id of the matched route (the routes hang under a generic parent, so read loosely). */
function useProgrammeId(): string {
  const params: Record<string, unknown> = useParams({ strict: false });
  return typeof params.programmeId === 'string' ? params.programmeId : '';
}

function useFilters() {
  return filtersOf(outcomesSearch.parse(useSearch({ strict: false })), copenhagenToday());
}

function DashboardRoute() {
  return <DashboardPage programmeId={useProgrammeId()} filters={useFilters()} />;
}

function ReportRoute() {
  return <ReportPage programmeId={useProgrammeId()} filters={useFilters()} />;
}

function TargetsRoute() {
  return <TargetsPage programmeId={useProgrammeId()} />;
}

/**
 * The outcomes feature's routes: the dashboard, the funder report (preview, PDF, Excel) and the
 * targets editor, all under a programme. `router.tsx` adds them under its logged-in layout route.
 */
export function outcomeRoutes<P extends AnyRoute>(parent: P) {
  const getParentRoute = () => parent;
  return [
    createRoute({ getParentRoute, path: '/programmes/$programmeId/resultater', validateSearch: outcomesSearch, component: DashboardRoute }),
    createRoute({
      getParentRoute,
      path: '/programmes/$programmeId/resultater/rapport',
      validateSearch: outcomesSearch,
      component: ReportRoute,
    }),
    createRoute({ getParentRoute, path: '/programmes/$programmeId/resultater/maal', component: TargetsRoute }),
  ] as const;
}
