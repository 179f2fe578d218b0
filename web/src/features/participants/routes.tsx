import { type AnyRoute, createRoute } from '@tanstack/react-router';
import './i18n.ts';
import { listSearch } from './params.ts';
import { EditParticipantPage } from './pages/EditParticipantPage.tsx';
import { NewParticipantPage } from './pages/NewParticipantPage.tsx';
import { ParticipantListPage } from './pages/ParticipantListPage.tsx';
import { ParticipantProfilePage } from './pages/ParticipantProfilePage.tsx';
import { ParticipantsIndexPage } from './pages/ParticipantsIndexPage.tsx';
import { ProgrammeOverviewPage } from './pages/ProgrammeOverviewPage.tsx';

/** The coordinator's participant pages, mounted under the logged-in layout by `router.tsx`. */
export function participantRoutes<TParent extends AnyRoute>(parent: TParent) {
  const index = createRoute({ getParentRoute: () => parent, path: '/participants', component: ParticipantsIndexPage });
  const overview = createRoute({ getParentRoute: () => parent, path: '/programmes/$programmeId', component: ProgrammeOverviewPage });
  const list = createRoute({
    getParentRoute: () => parent,
    path: '/programmes/$programmeId/participants',
    validateSearch: listSearch,
    component: ParticipantListPage,
  });
  const create = createRoute({
    getParentRoute: () => parent,
    path: '/programmes/$programmeId/participants/new',
    component: NewParticipantPage,
  });
  const profile = createRoute({
    getParentRoute: () => parent,
    path: '/programmes/$programmeId/participants/$participantId',
    component: ParticipantProfilePage,
  });
  const edit = createRoute({
    getParentRoute: () => parent,
    path: '/programmes/$programmeId/participants/$participantId/edit',
    component: EditParticipantPage,
  });
  return [index, overview, list, create, profile, edit] as const;
}
