import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import './i18n.ts';

/** The feature's route components, in their own chunk (see `route-pages.tsx`). */
const page = (name: keyof typeof import('./route-pages.tsx')) => lazyRouteComponent(() => import('./route-pages.tsx'), name);

/** The evaluator's download page and the administrator's key page; `router.tsx` adds them under the logged-in layout. */
export function evaluationRoutes<P extends AnyRoute>(parent: P) {
  const getParentRoute = () => parent;
  return [
    createRoute({ getParentRoute, path: '/programmes/$programmeId/evaluering', component: page('DownloadRoute') }),
    createRoute({ getParentRoute, path: '/programmes/$programmeId/evaluering/noegler', component: page('KeysRoute') }),
  ] as const;
}
