import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import './i18n.ts';

/** The social-return calculator under a programme; `router.tsx` adds it under the logged-in layout. */
export function socialReturnRoutes<P extends AnyRoute>(parent: P) {
  const getParentRoute = () => parent;
  return [
    createRoute({
      getParentRoute,
      path: '/programmes/$programmeId/samfundsafkast',
      // Its own chunk (see `route-pages.tsx`).
      component: lazyRouteComponent(() => import('./route-pages.tsx'), 'SocialReturnRoute'),
    }),
  ] as const;
}
