import { getRouteApi } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { copenhagenToday } from '../../lib/today.ts';
import { ActivityFormPage } from './pages/ActivityFormPage.tsx';
import { ActivityListPage } from './pages/ActivityListPage.tsx';
import { ActivityPage } from './pages/ActivityPage.tsx';
import { AttendancePage } from './pages/AttendancePage.tsx';
import { FunnelPage } from './pages/FunnelPage.tsx';

/**
 * The lazy half of `routes.tsx`: the route components, which read their params and search typed
 * through the route (`getRouteApi`) and hand the pages plain props. Loaded in the feature's own
 * chunk on the first visit, so the login page and the portal never download it.
 */
const base = '/authed/programmes/$programmeId/aktiviteter';
const list = getRouteApi(base);
const create = getRouteApi(`${base}/ny`);
const funnel = getRouteApi(`${base}/tragt`);
const one = getRouteApi(`${base}/$activityId`);
const edit = getRouteApi(`${base}/$activityId/rediger`);
const attendance = getRouteApi(`${base}/$activityId/fremmoede/$sessionId`);

export function ListRoute(): ReactNode {
  const { programmeId } = list.useParams();
  const { kind, when, siteId } = list.useSearch();
  return <ActivityListPage programmeId={programmeId} filters={{ kind, when, siteId }} />;
}

export function NewRoute(): ReactNode {
  return <ActivityFormPage programmeId={create.useParams().programmeId} />;
}

export function EditRoute(): ReactNode {
  const { programmeId, activityId } = edit.useParams();
  return <ActivityFormPage programmeId={programmeId} activityId={activityId} />;
}

export function ActivityRoute(): ReactNode {
  const { programmeId, activityId } = one.useParams();
  return <ActivityPage programmeId={programmeId} activityId={activityId} />;
}

export function AttendanceRoute(): ReactNode {
  const { programmeId, activityId, sessionId } = attendance.useParams();
  return <AttendancePage programmeId={programmeId} activityId={activityId} sessionId={sessionId} />;
}

/** The funnel defaults to this calendar year up to today (Danish dates). */
export function FunnelRoute(): ReactNode {
  const { programmeId } = funnel.useParams();
  const search = funnel.useSearch();
  const today = copenhagenToday();
  return (
    <FunnelPage
      programmeId={programmeId}
      from={search.from ?? `${today.slice(0, 4)}-01-01`}
      to={search.to ?? today}
      siteId={search.siteId}
    />
  );
}
