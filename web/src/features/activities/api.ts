import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ACTIVITY_KINDS, activityDetail, activitySummary, attendance, funnel } from '../../../../shared/schemas/activities.ts';
import { api } from '../../api.ts';

export type ActivitySummary = z.infer<typeof activitySummary>;
export type ActivityDetail = z.infer<typeof activityDetail>;
export type AttendanceSheet = z.infer<typeof attendance>;
export type Funnel = z.infer<typeof funnel>;
export type ListFilters = { kind?: (typeof ACTIVITY_KINDS)[number]; when?: 'upcoming' | 'past'; siteId?: string };

const enc = encodeURIComponent;

/** Every API path of the feature, so a renamed endpoint is one edit. */
export const paths = {
  activities: (p: string) => `/api/programmes/${enc(p)}/activities`,
  activity: (p: string, id: string) => `${paths.activities(p)}/${enc(id)}`,
  cancel: (p: string, id: string) => `${paths.activity(p, id)}/cancel`,
  invitations: (p: string, id: string) => `${paths.activity(p, id)}/invitations`,
  participant: (p: string, id: string, person: string) => `${paths.activity(p, id)}/participants/${enc(person)}`,
  attendance: (p: string, session: string) => `/api/programmes/${enc(p)}/activity-sessions/${enc(session)}/attendance`,
  funnel: (p: string) => `${paths.activities(p)}/funnel`,
};

/** Query keys start with the programme, so one invalidation refreshes a programme's activities. */
export const keys = {
  activities: (p: string) => ['programmes', p, 'activities'] as const,
};

export const activitiesQuery = (p: string, filters: ListFilters) =>
  queryOptions({
    queryKey: [...keys.activities(p), 'list', filters],
    queryFn: () => api.get<{ items: ActivitySummary[] }>(paths.activities(p), filters),
  });

export const activityQuery = (p: string, id: string) =>
  queryOptions({
    queryKey: [...keys.activities(p), 'one', id],
    queryFn: () => api.get<ActivityDetail>(paths.activity(p, id)),
  });

export const attendanceQuery = (p: string, session: string) =>
  queryOptions({
    queryKey: [...keys.activities(p), 'attendance', session],
    queryFn: () => api.get<AttendanceSheet>(paths.attendance(p, session)),
  });

export const funnelQuery = (p: string, q: { from: string; to: string; siteId?: string }) =>
  queryOptions({
    queryKey: [...keys.activities(p), 'funnel', q],
    queryFn: () => api.get<Funnel>(paths.funnel(p), q),
  });
