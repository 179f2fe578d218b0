import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import './i18n.ts';

/** The feature's route components, in their own chunk (see `route-pages.tsx`). */
const page = (name: keyof typeof import('./route-pages.tsx')) => lazyRouteComponent(() => import('./route-pages.tsx'), name);

/**
 * The coordinator's matching: ranked candidates for an opening, ranked openings for a person, and
 * batch rounds. `router.tsx` adds them under its logged-in layout route.
 */
export function matchingRoutes<P extends AnyRoute>(parent: P) {
  const getParentRoute = () => parent;
  return [
    createRoute({ getParentRoute, path: '/programmes/$programmeId/openings/$openingId/kandidater', component: page('CandidatesRoute') }),
    createRoute({
      getParentRoute,
      path: '/programmes/$programmeId/participants/$participantId/jobforslag',
      component: page('OpeningsRoute'),
    }),
    createRoute({ getParentRoute, path: '/programmes/$programmeId/matchrunder', component: page('RoundsRoute') }),
    createRoute({ getParentRoute, path: '/programmes/$programmeId/matchrunder/$roundId', component: page('RoundRoute') }),
  ] as const;
}
