import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { z } from 'zod';
import { ACTIVITY_KINDS } from '../../../../shared/schemas/activities.ts';
import './i18n.ts';

const listSearch = z.object({
  kind: z.enum(ACTIVITY_KINDS).optional().catch(undefined),
  when: z.enum(['upcoming', 'past']).optional().catch(undefined),
  siteId: z.uuid().optional().catch(undefined),
});
const funnelSearch = z.object({
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
  siteId: z.uuid().optional().catch(undefined),
});

/** The feature's route components, in their own chunk (see `route-pages.tsx`). */
const page = (name: keyof typeof import('./route-pages.tsx')) => lazyRouteComponent(() => import('./route-pages.tsx'), name);

/**
 * The activities feature's routes: list, create/edit, the activity page, attendance for one
 * session (phone) and the funnel per activity kind. `router.tsx` adds them under its logged-in layout.
 */
export function activityRoutes<P extends AnyRoute>(parent: P) {
  const getParentRoute = () => parent;
  return [
    createRoute({ getParentRoute, path: '/programmes/$programmeId/aktiviteter', validateSearch: listSearch, component: page('ListRoute') }),
    createRoute({ getParentRoute, path: '/programmes/$programmeId/aktiviteter/ny', component: page('NewRoute') }),
    createRoute({
      getParentRoute,
      path: '/programmes/$programmeId/aktiviteter/tragt',
      validateSearch: funnelSearch,
      component: page('FunnelRoute'),
    }),
    createRoute({ getParentRoute, path: '/programmes/$programmeId/aktiviteter/$activityId', component: page('ActivityRoute') }),
    createRoute({ getParentRoute, path: '/programmes/$programmeId/aktiviteter/$activityId/rediger', component: page('EditRoute') }),
    createRoute({
      getParentRoute,
      path: '/programmes/$programmeId/aktiviteter/$activityId/fremmoede/$sessionId',
      component: page('AttendanceRoute'),
    }),
  ] as const;
}
