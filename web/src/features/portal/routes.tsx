import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { z } from 'zod';
import './i18n.ts';

const homeSearch = z.object({ notice: z.enum(['welcome', 'saved', 'linked']).optional().catch(undefined) });

/** The feature's route components, in their own chunk (see `route-pages.tsx`). */
const page = (name: keyof typeof import('./route-pages.tsx')) => lazyRouteComponent(() => import('./route-pages.tsx'), name);

/** Portal pages reached before logging in (redeeming an invitation code), under the root layout. */
export function portalPublicRoutes<TParent extends AnyRoute>(parent: TParent) {
  const redeem = createRoute({ getParentRoute: () => parent, path: '/kode', component: page('RedeemRoute') });
  return [redeem] as const;
}

/** The participant and guardian portal (phones), under the logged-in layout. */
export function portalRoutes<TParent extends AnyRoute>(parent: TParent) {
  const home = createRoute({ getParentRoute: () => parent, path: '/mig', validateSearch: homeSearch, component: page('PortalHomeRoute') });
  const edit = createRoute({ getParentRoute: () => parent, path: '/mig/ret', component: page('EditProfileRoute') });
  return [home, edit] as const;
}
