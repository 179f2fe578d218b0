import { getRouteApi } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { EvaluationKeysPage } from './pages/EvaluationKeysPage.tsx';
import { EvaluationPage } from './pages/EvaluationPage.tsx';

/** The lazy half of `routes.tsx`: params read typed through the route, in the feature's own chunk. */
const download = getRouteApi('/authed/programmes/$programmeId/evaluering');
const keys = getRouteApi('/authed/programmes/$programmeId/evaluering/noegler');

export function DownloadRoute(): ReactNode {
  return <EvaluationPage programmeId={download.useParams().programmeId} />;
}

export function KeysRoute(): ReactNode {
  return <EvaluationKeysPage programmeId={keys.useParams().programmeId} />;
}
