import { type AnyRoute, createRoute, useParams, useSearch } from '@tanstack/react-router';
import { z } from 'zod';
import { ACTIVITY_KINDS } from '../../../../shared/schemas/activities.ts';
import { copenhagenToday } from '../../lib/today.ts';
import './activities.css';
import './i18n.ts';
import { ActivityFormPage } from './pages/ActivityFormPage.tsx';
import { ActivityListPage } from './pages/ActivityListPage.tsx';
import { ActivityPage } from './pages/ActivityPage.tsx';
import { AttendancePage } from './pages/AttendancePage.tsx';
import { FunnelPage } from './pages/FunnelPage.tsx';

const listSearch = z.object({
  kind: z.enum(ACTIVITY_KINDS).optional().catch(undefined),
  when: z.enum(['upcoming', 'past']).optional().catch(undefined),
  siteId: z.uuid().optional().catch(undefined),
});
const funnelSearch = z.object({
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
  siteId: z.uuid().optional().catch(undefined),
});

type ParamName = 'programmeId' | 'activityId' | 'sessionId';

/** A path param of the matched route (routes hang under a generic parent, so params are read loosely). */
function useParam(name: ParamName): string {
  const params: Record<string, unknown> = useParams({ strict: false });
  const value = params[name];
  return typeof value === 'string' ? value : '';
}

function useSearchOf<S extends z.ZodType>(schema: S): z.output<S> {
  return schema.parse(useSearch({ strict: false }));
}

function ListRoute() {
  const { kind, when, siteId } = useSearchOf(listSearch);
  return <ActivityListPage programmeId={useParam('programmeId')} filters={{ kind, when, siteId }} />;
}

function NewRoute() {
  return <ActivityFormPage programmeId={useParam('programmeId')} />;
}

function EditRoute() {
  return <ActivityFormPage programmeId={useParam('programmeId')} activityId={useParam('activityId')} />;
}

function ActivityRoute() {
  return <ActivityPage programmeId={useParam('programmeId')} activityId={useParam('activityId')} />;
}

function AttendanceRoute() {
  return <AttendancePage programmeId={useParam('programmeId')} activityId={useParam('activityId')} sessionId={useParam('sessionId')} />;
}

/** The funnel defaults to this calendar year up to today (Danish dates). */
function FunnelRoute() {
  const search = useSearchOf(funnelSearch);
  const today = copenhagenToday();
  return (
    <FunnelPage
      programmeId={useParam('programmeId')}
      from={search.from ?? `${today.slice(0, 4)}-01-01`}
      to={search.to ?? today}
      siteId={search.siteId}
    />
  );
}

/**
 * The activities feature's routes: list, create/edit, the activity page, attendance for one
 * session (phone) and the funnel per activity kind. `router.tsx` adds them under its logged-in layout.
 */
export function activityRoutes<P extends AnyRoute>(parent: P) {
  const getParentRoute = () => parent;
  return [
    createRoute({ getParentRoute, path: '/programmes/$programmeId/aktiviteter', validateSearch: listSearch, component: ListRoute }),
    createRoute({ getParentRoute, path: '/programmes/$programmeId/aktiviteter/ny', component: NewRoute }),
    createRoute({
      getParentRoute,
      path: '/programmes/$programmeId/aktiviteter/tragt',
      validateSearch: funnelSearch,
      component: FunnelRoute,
    }),
    createRoute({ getParentRoute, path: '/programmes/$programmeId/aktiviteter/$activityId', component: ActivityRoute }),
    createRoute({ getParentRoute, path: '/programmes/$programmeId/aktiviteter/$activityId/rediger', component: EditRoute }),
    createRoute({
      getParentRoute,
      path: '/programmes/$programmeId/aktiviteter/$activityId/fremmoede/$sessionId',
      component: AttendanceRoute,
    }),
  ] as const;
}
