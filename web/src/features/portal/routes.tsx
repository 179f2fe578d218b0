import { type AnyRoute, createRoute, useSearch } from '@tanstack/react-router';
import { z } from 'zod';
import './i18n.ts';
import { EditProfilePage } from './pages/EditProfilePage.tsx';
import { PortalHomePage } from './pages/PortalHomePage.tsx';
import { RedeemPage } from './pages/RedeemPage.tsx';

const homeSearch = z.object({ notice: z.enum(['welcome', 'saved', 'linked']).optional().catch(undefined) });

function PortalHomeRoute() {
  // Parsed here rather than through the route object, whose types are unresolved inside these
  // generic factories; `validateSearch` below still keeps the URL clean.
  const { notice } = homeSearch.parse(useSearch({ strict: false }));
  return <PortalHomePage notice={notice} />;
}

/** Portal pages reached before logging in (redeeming an invitation code), under the root layout. */
export function portalPublicRoutes<TParent extends AnyRoute>(parent: TParent) {
  const redeem = createRoute({ getParentRoute: () => parent, path: '/kode', component: RedeemPage });
  return [redeem] as const;
}

/** The participant and guardian portal (phones), under the logged-in layout. */
export function portalRoutes<TParent extends AnyRoute>(parent: TParent) {
  const home = createRoute({ getParentRoute: () => parent, path: '/mig', validateSearch: homeSearch, component: PortalHomeRoute });
  const edit = createRoute({ getParentRoute: () => parent, path: '/mig/ret', component: EditProfilePage });
  return [home, edit] as const;
}
