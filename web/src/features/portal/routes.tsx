import { type AnyRoute, createRoute } from '@tanstack/react-router';

/** Portal pages reached before logging in (redeeming an invitation code), under the root layout. */
export function portalPublicRoutes<TParent extends AnyRoute>(parent: TParent) {
  const redeem = createRoute({ getParentRoute: () => parent, path: '/kode', component: () => null });
  return [redeem] as const;
}

/** The participant and guardian portal (phones), under the logged-in layout. */
export function portalRoutes<TParent extends AnyRoute>(parent: TParent) {
  const home = createRoute({ getParentRoute: () => parent, path: '/mig', component: () => null });
  return [home] as const;
}
