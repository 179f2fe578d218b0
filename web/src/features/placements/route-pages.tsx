import { getRouteApi } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { EmployerPlacementPage } from './employer/EmployerPlacementPage.tsx';
import { EmployerPlacementsPage } from './employer/EmployerPlacementsPage.tsx';
import { NewPlacementPage } from './pages/NewPlacementPage.tsx';
import { NotificationsPage } from './pages/NotificationsPage.tsx';
import { PlacementListPage } from './pages/PlacementListPage.tsx';
import { PlacementPage } from './pages/PlacementPage.tsx';
import { SupportRequestPage } from './pages/SupportRequestPage.tsx';
import { SupportRequestsPage } from './pages/SupportRequestsPage.tsx';
import { EmailPreferencesPage } from './settings/EmailPreferencesPage.tsx';
import { MentorCostsPage } from './settings/MentorCostsPage.tsx';
import { ProgrammeSettingsPage } from './settings/ProgrammeSettingsPage.tsx';

/** The lazy half of `routes.tsx`: params and search read typed through the route, in the feature's own chunk. */
const p = '/authed/programmes/$programmeId';
const list = getRouteApi(`${p}/placements`);
const create = getRouteApi(`${p}/placements/new`);
const one = getRouteApi(`${p}/placements/$placementId`);
const supportList = getRouteApi(`${p}/support-requests`);
const support = getRouteApi(`${p}/support-requests/$requestId`);
const settings = getRouteApi(`${p}/indstillinger`);
const costs = getRouteApi(`${p}/mentorudgifter`);
const employerPlacement = getRouteApi('/authed/virksomhed/forloeb/$placementId');

export function ListRoute(): ReactNode {
  return <PlacementListPage programmeId={list.useParams().programmeId} status={list.useSearch().status} />;
}

export function NewRoute(): ReactNode {
  const search = create.useSearch();
  return (
    <NewPlacementPage programmeId={create.useParams().programmeId} participantId={search.participantId} openingId={search.openingId} />
  );
}

export function PlacementRoute(): ReactNode {
  const { programmeId, placementId } = one.useParams();
  return <PlacementPage programmeId={programmeId} placementId={placementId} />;
}

export function SupportListRoute(): ReactNode {
  return <SupportRequestsPage programmeId={supportList.useParams().programmeId} status={supportList.useSearch().status} />;
}

export function SupportRoute(): ReactNode {
  const { programmeId, requestId } = support.useParams();
  return <SupportRequestPage programmeId={programmeId} requestId={requestId} />;
}

export function SettingsRoute(): ReactNode {
  return <ProgrammeSettingsPage programmeId={settings.useParams().programmeId} />;
}

export function CostsRoute(): ReactNode {
  const { from, to } = costs.useSearch();
  return <MentorCostsPage programmeId={costs.useParams().programmeId} from={from} to={to} />;
}

export function EmployerPlacementsRoute(): ReactNode {
  return <EmployerPlacementsPage />;
}

export function EmployerPlacementRoute(): ReactNode {
  return <EmployerPlacementPage placementId={employerPlacement.useParams().placementId} />;
}

export function NotificationsRoute(): ReactNode {
  return <NotificationsPage />;
}

export function EmailPreferencesRoute(): ReactNode {
  return <EmailPreferencesPage />;
}
