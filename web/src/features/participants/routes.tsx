import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import './i18n.ts';
import { listSearch } from './params.ts';

/** The feature's route components, in their own chunk (see `route-pages.tsx`). */
const page = (name: keyof typeof import('./route-pages.tsx')) => lazyRouteComponent(() => import('./route-pages.tsx'), name);

/** The coordinator's participant pages, mounted under the logged-in layout by `router.tsx`. */
export function participantRoutes<TParent extends AnyRoute>(parent: TParent) {
  const index = createRoute({ getParentRoute: () => parent, path: '/participants', component: page('IndexRoute') });
  const overview = createRoute({ getParentRoute: () => parent, path: '/programmes/$programmeId', component: page('OverviewRoute') });
  const list = createRoute({
    getParentRoute: () => parent,
    path: '/programmes/$programmeId/participants',
    validateSearch: listSearch,
    component: page('ListRoute'),
  });
  const create = createRoute({
    getParentRoute: () => parent,
    path: '/programmes/$programmeId/participants/new',
    component: page('NewRoute'),
  });
  const profile = createRoute({
    getParentRoute: () => parent,
    path: '/programmes/$programmeId/participants/$participantId',
    component: page('ProfileRoute'),
  });
  const edit = createRoute({
    getParentRoute: () => parent,
    path: '/programmes/$programmeId/participants/$participantId/edit',
    component: page('EditRoute'),
  });
  return [index, overview, list, create, profile, edit] as const;
}
