import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { z } from 'zod';
import { PLACEMENT_STATUSES } from '../../../../shared/domain/placements/states.ts';
import { SUPPORT_STATUSES } from '../../../../shared/domain/placements/sla.ts';
import './i18n.ts';

const listSearch = z.object({ status: z.enum(PLACEMENT_STATUSES).optional().catch(undefined) });
const newSearch = z.object({ participantId: z.uuid().optional().catch(undefined), openingId: z.uuid().optional().catch(undefined) });
const supportSearch = z.object({ status: z.enum(SUPPORT_STATUSES).optional().catch(undefined) });
const costsSearch = z.object({ from: z.iso.date().optional().catch(undefined), to: z.iso.date().optional().catch(undefined) });

/** The feature's route components, in their own chunk (see `route-pages.tsx`). */
const page = (name: keyof typeof import('./route-pages.tsx')) => lazyRouteComponent(() => import('./route-pages.tsx'), name);

/**
 * The placements feature's routes: the coordinator's placements and hotline under a programme (the
 * e-mails link to these URL shapes), the programme's placement settings and mentor costs, the
 * employer portal's candidates, notifications and the user's e-mail preferences.
 * `router.tsx` adds them under its logged-in layout route.
 */
export function placementRoutes<P extends AnyRoute>(parent: P) {
  const getParentRoute = () => parent;
  return [
    createRoute({ getParentRoute, path: '/programmes/$programmeId/placements', validateSearch: listSearch, component: page('ListRoute') }),
    createRoute({
      getParentRoute,
      path: '/programmes/$programmeId/placements/new',
      validateSearch: newSearch,
      component: page('NewRoute'),
    }),
    createRoute({ getParentRoute, path: '/programmes/$programmeId/placements/$placementId', component: page('PlacementRoute') }),
    createRoute({
      getParentRoute,
      path: '/programmes/$programmeId/support-requests',
      validateSearch: supportSearch,
      component: page('SupportListRoute'),
    }),
    createRoute({ getParentRoute, path: '/programmes/$programmeId/support-requests/$requestId', component: page('SupportRoute') }),
    createRoute({ getParentRoute, path: '/virksomhed/forloeb', component: page('EmployerPlacementsRoute') }),
    createRoute({ getParentRoute, path: '/virksomhed/forloeb/$placementId', component: page('EmployerPlacementRoute') }),
    createRoute({ getParentRoute, path: '/programmes/$programmeId/indstillinger', component: page('SettingsRoute') }),
    createRoute({
      getParentRoute,
      path: '/programmes/$programmeId/mentorudgifter',
      validateSearch: costsSearch,
      component: page('CostsRoute'),
    }),
    createRoute({ getParentRoute, path: '/notifikationer', component: page('NotificationsRoute') }),
    createRoute({ getParentRoute, path: '/indstillinger', component: page('EmailPreferencesRoute') }),
  ] as const;
}
