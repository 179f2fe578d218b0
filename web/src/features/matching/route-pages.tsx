import { getRouteApi } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { CandidatesPage } from './pages/CandidatesPage.tsx';
import { ParticipantOpeningsPage } from './pages/ParticipantOpeningsPage.tsx';
import { RoundPage } from './pages/RoundPage.tsx';
import { RoundsPage } from './pages/RoundsPage.tsx';

/** The lazy half of `routes.tsx`: params read typed through the route, in the feature's own chunk. */
const p = '/authed/programmes/$programmeId';
const candidates = getRouteApi(`${p}/openings/$openingId/kandidater`);
const openings = getRouteApi(`${p}/participants/$participantId/jobforslag`);
const rounds = getRouteApi(`${p}/matchrunder`);
const round = getRouteApi(`${p}/matchrunder/$roundId`);

export function CandidatesRoute(): ReactNode {
  const { programmeId, openingId } = candidates.useParams();
  return <CandidatesPage programmeId={programmeId} openingId={openingId} />;
}

export function OpeningsRoute(): ReactNode {
  const { programmeId, participantId } = openings.useParams();
  return <ParticipantOpeningsPage programmeId={programmeId} participantId={participantId} />;
}

export function RoundsRoute(): ReactNode {
  return <RoundsPage programmeId={rounds.useParams().programmeId} />;
}

export function RoundRoute(): ReactNode {
  const { programmeId, roundId } = round.useParams();
  return <RoundPage programmeId={programmeId} roundId={roundId} />;
}
