import { getRouteApi } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { EditProfilePage } from './pages/EditProfilePage.tsx';
import { PortalHomePage } from './pages/PortalHomePage.tsx';
import { RedeemPage } from './pages/RedeemPage.tsx';

/**
 * The lazy half of `routes.tsx`: the portal's pages in their own chunk, so a phone opening `/mig`
 * downloads the portal and not the coordinator's features.
 */
const home = getRouteApi('/authed/mig');

export function PortalHomeRoute(): ReactNode {
  return <PortalHomePage notice={home.useSearch().notice} />;
}

export function EditProfileRoute(): ReactNode {
  return <EditProfilePage />;
}

export function RedeemRoute(): ReactNode {
  return <RedeemPage />;
}
