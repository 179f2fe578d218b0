import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import './i18n.ts';
import { outcomesSearch } from './filters.ts';

/** The feature's route components, in their own chunk (see `route-pages.tsx`). */
const page = (name: keyof typeof import('./route-pages.tsx')) => lazyRouteComponent(() => import('./route-pages.tsx'), name);

/**
 * The outcomes feature's routes: the dashboard, the funder report (preview, PDF, Excel) and the
 * targets editor, all under a programme. `router.tsx` adds them under its logged-in layout route.
 */
export function outcomeRoutes<P extends AnyRoute>(parent: P) {
  const getParentRoute = () => parent;
  return [
    createRoute({
      getParentRoute,
      path: '/programmes/$programmeId/resultater',
      validateSearch: outcomesSearch,
      component: page('DashboardRoute'),
    }),
    createRoute({
      getParentRoute,
      path: '/programmes/$programmeId/resultater/rapport',
      validateSearch: outcomesSearch,
      component: page('ReportRoute'),
    }),
    createRoute({ getParentRoute, path: '/programmes/$programmeId/resultater/maal', component: page('TargetsRoute') }),
  ] as const;
}
