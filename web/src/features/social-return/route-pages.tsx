import { getRouteApi } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { SocialReturnPage } from './pages/SocialReturnPage.tsx';

/** The lazy half of `routes.tsx`: params read typed through the route, in the feature's own chunk. */
const route = getRouteApi('/authed/programmes/$programmeId/samfundsafkast');

export function SocialReturnRoute(): ReactNode {
  return <SocialReturnPage programmeId={route.useParams().programmeId} />;
}
