import { type AnyRoute, createRoute, useParams, useSearch } from '@tanstack/react-router';
import { z } from 'zod';
import { PLACEMENT_STATUSES } from '../../../../shared/domain/placements/states.ts';
import { SUPPORT_STATUSES } from '../../../../shared/domain/placements/sla.ts';
import './i18n.ts';
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

const listSearch = z.object({ status: z.enum(PLACEMENT_STATUSES).optional().catch(undefined) });
const newSearch = z.object({ participantId: z.uuid().optional().catch(undefined), openingId: z.uuid().optional().catch(undefined) });
const supportSearch = z.object({ status: z.enum(SUPPORT_STATUSES).optional().catch(undefined) });
const costsSearch = z.object({ from: z.iso.date().optional().catch(undefined), to: z.iso.date().optional().catch(undefined) });

type ParamName = 'programmeId' | 'placementId' | 'requestId';

/**
 * A path param of the matched route. The routes are built under a generic parent, so their own
 * `useParams()` cannot be typed; reading loosely keeps the pages' props plain strings.
 */
function useParam(name: ParamName): string {
  const params: Record<string, unknown> = useParams({ strict: false });
  const value = params[name];
  return typeof value === 'string' ? value : '';
}

/** The route's search, narrowed by its own schema (every field falls back, so this never throws). */
function useSearchOf<S extends z.ZodType>(schema: S): z.output<S> {
  return schema.parse(useSearch({ strict: false }));
}

function ListRoute() {
  const { status } = useSearchOf(listSearch);
  return <PlacementListPage programmeId={useParam('programmeId')} status={status} />;
}

function NewRoute() {
  const search = useSearchOf(newSearch);
  return <NewPlacementPage programmeId={useParam('programmeId')} participantId={search.participantId} openingId={search.openingId} />;
}

function PlacementRoute() {
  return <PlacementPage programmeId={useParam('programmeId')} placementId={useParam('placementId')} />;
}

function SupportListRoute() {
  const { status } = useSearchOf(supportSearch);
  return <SupportRequestsPage programmeId={useParam('programmeId')} status={status} />;
}

function SupportRoute() {
  return <SupportRequestPage programmeId={useParam('programmeId')} requestId={useParam('requestId')} />;
}

function SettingsRoute() {
  return <ProgrammeSettingsPage programmeId={useParam('programmeId')} />;
}

function CostsRoute() {
  const { from, to } = useSearchOf(costsSearch);
  return <MentorCostsPage programmeId={useParam('programmeId')} from={from} to={to} />;
}

function EmployerPlacementRoute() {
  return <EmployerPlacementPage placementId={useParam('placementId')} />;
}

/**
 * The placements feature's routes: the coordinator's placements and hotline under a programme (the
 * e-mails link to these URL shapes), the programme's placement settings and mentor costs, the
 * employer portal's candidates, notifications and the user's e-mail preferences.
 * `router.tsx` adds them under its logged-in layout route.
 */
export function placementRoutes<P extends AnyRoute>(parent: P) {
  const getParentRoute = () => parent;
  return [
    createRoute({ getParentRoute, path: '/programmes/$programmeId/placements', validateSearch: listSearch, component: ListRoute }),
    createRoute({ getParentRoute, path: '/programmes/$programmeId/placements/new', validateSearch: newSearch, component: NewRoute }),
    createRoute({ getParentRoute, path: '/programmes/$programmeId/placements/$placementId', component: PlacementRoute }),
    createRoute({
      getParentRoute,
      path: '/programmes/$programmeId/support-requests',
      validateSearch: supportSearch,
      component: SupportListRoute,
    }),
    createRoute({ getParentRoute, path: '/programmes/$programmeId/support-requests/$requestId', component: SupportRoute }),
    createRoute({ getParentRoute, path: '/virksomhed/forloeb', component: EmployerPlacementsPage }),
    createRoute({ getParentRoute, path: '/virksomhed/forloeb/$placementId', component: EmployerPlacementRoute }),
    createRoute({ getParentRoute, path: '/programmes/$programmeId/indstillinger', component: SettingsRoute }),
    createRoute({ getParentRoute, path: '/programmes/$programmeId/mentorudgifter', validateSearch: costsSearch, component: CostsRoute }),
    createRoute({ getParentRoute, path: '/notifikationer', component: NotificationsPage }),
    createRoute({ getParentRoute, path: '/indstillinger', component: EmailPreferencesPage }),
  ] as const;
}
