import { type AnyRoute, createRoute, useParams } from '@tanstack/react-router';
import './i18n.ts';
import { CandidatesPage } from './pages/CandidatesPage.tsx';
import { ParticipantOpeningsPage } from './pages/ParticipantOpeningsPage.tsx';
import { RoundPage } from './pages/RoundPage.tsx';
import { RoundsPage } from './pages/RoundsPage.tsx';

type ParamName = 'programmeId' | 'openingId' | 'participantId' | 'roundId';

/** A path param of the matched route (the routes hang under a generic parent, so read loosely). */
function useParam(name: ParamName): string {
  const params: Record<string, unknown> = useParams({ strict: false });
  const value = params[name];
  return typeof value === 'string' ? value : '';
}

function CandidatesRoute() {
  return <CandidatesPage programmeId={useParam('programmeId')} openingId={useParam('openingId')} />;
}

function OpeningsRoute() {
  return <ParticipantOpeningsPage programmeId={useParam('programmeId')} participantId={useParam('participantId')} />;
}

function RoundsRoute() {
  return <RoundsPage programmeId={useParam('programmeId')} />;
}

function RoundRoute() {
  return <RoundPage programmeId={useParam('programmeId')} roundId={useParam('roundId')} />;
}

/**
 * The coordinator's matching: ranked candidates for an opening, ranked openings for a person, and
 * batch rounds. `router.tsx` adds them under its logged-in layout route.
 */
export function matchingRoutes<P extends AnyRoute>(parent: P) {
  const getParentRoute = () => parent;
  return [
    createRoute({ getParentRoute, path: '/programmes/$programmeId/openings/$openingId/kandidater', component: CandidatesRoute }),
    createRoute({ getParentRoute, path: '/programmes/$programmeId/participants/$participantId/jobforslag', component: OpeningsRoute }),
    createRoute({ getParentRoute, path: '/programmes/$programmeId/matchrunder', component: RoundsRoute }),
    createRoute({ getParentRoute, path: '/programmes/$programmeId/matchrunder/$roundId', component: RoundRoute }),
  ] as const;
}
