import type { ReactNode } from 'react';
import { EditParticipantPage } from './pages/EditParticipantPage.tsx';
import { NewParticipantPage } from './pages/NewParticipantPage.tsx';
import { ParticipantListPage } from './pages/ParticipantListPage.tsx';
import { ParticipantProfilePage } from './pages/ParticipantProfilePage.tsx';
import { ParticipantsIndexPage } from './pages/ParticipantsIndexPage.tsx';
import { ProgrammeOverviewPage } from './pages/ProgrammeOverviewPage.tsx';

/**
 * The lazy half of `routes.tsx`: the feature's pages in their own chunk. The pages read their
 * params typed through `participantRoute` (params.ts); the declared return types keep the route
 * tree's types from depending on the pages' bodies.
 */
export const IndexRoute = (): ReactNode => <ParticipantsIndexPage />;
export const OverviewRoute = (): ReactNode => <ProgrammeOverviewPage />;
export const ListRoute = (): ReactNode => <ParticipantListPage />;
export const NewRoute = (): ReactNode => <NewParticipantPage />;
export const ProfileRoute = (): ReactNode => <ParticipantProfilePage />;
export const EditRoute = (): ReactNode => <EditParticipantPage />;
