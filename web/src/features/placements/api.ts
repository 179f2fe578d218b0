import { queryOptions } from '@tanstack/react-query';
import type { Notification } from '../../../../shared/schemas/notifications.ts';
import type { DueFollowUps, FollowUp, MentorHoursEntry, PlacementEvent } from '../../../../shared/schemas/placements.ts';
import type { SupportRequest } from '../../../../shared/schemas/support-requests.ts';
import type { PlacementStatus } from '../../../../shared/domain/placements/states.ts';
import type { SupportStatus } from '../../../../shared/domain/placements/sla.ts';
import { api } from '../../api.ts';
import {
  myPlacementsQuery,
  type Placement,
  type PlacementDetail,
  placementKeys,
  placementPaths,
  placementQuery,
} from '../../lib/api/placements.ts';

export type { Placement, PlacementDetail };
export { myPlacementsQuery, placementQuery };
export type { PlacementEvent, FollowUp, DueFollowUps, MentorHoursEntry, SupportRequest, Notification };

const enc = encodeURIComponent;

/** Every API path of the feature, so a renamed endpoint is one edit. */
export const paths = {
  ...placementPaths,
  transitions: (p: string, id: string) => `${paths.placement(p, id)}/transitions`,
  answer: (p: string, id: string) => `${paths.placement(p, id)}/answer`,
  undoDecline: (p: string, id: string) => `${paths.placement(p, id)}/undo-decline`,
  mentorHours: (p: string, id: string) => `${paths.placement(p, id)}/mentor-hours`,
  completeFollowUp: (p: string, id: string, f: string) => `${paths.placement(p, id)}/follow-ups/${enc(f)}/complete`,
  raiseSupport: (p: string, id: string) => `${paths.placement(p, id)}/support-requests`,
  supportRequests: (p: string) => `/api/programmes/${enc(p)}/support-requests`,
  supportRequest: (p: string, r: string) => `/api/programmes/${enc(p)}/support-requests/${enc(r)}`,
  supportAction: (p: string, r: string, action: 'acknowledge' | 'notes' | 'resolve') => `${paths.supportRequest(p, r)}/${action}`,
  notifications: () => '/api/notifications',
  markRead: () => '/api/notifications/read',
};

/** Query keys start with the programme, so one invalidation refreshes a programme's placements. */
export const keys = {
  ...placementKeys,
  support: (p: string) => ['programmes', p, 'support-requests'] as const,
  notifications: ['notifications'] as const,
};

export const placementsQuery = (p: string, filters: { status?: PlacementStatus; participantId?: string; openingId?: string }) =>
  queryOptions({
    queryKey: [...keys.placements(p), 'list', filters],
    queryFn: () => api.get<{ placements: Placement[] }>(paths.placements(p), filters),
  });

export const mentorHoursQuery = (p: string, id: string) =>
  queryOptions({
    queryKey: [...keys.placements(p), 'one', id, 'mentor-hours'],
    queryFn: () => api.get<{ entries: MentorHoursEntry[] }>(paths.mentorHours(p, id)),
  });

export const supportRequestsQuery = (p: string, filters: { status?: SupportStatus; placementId?: string }) =>
  queryOptions({
    queryKey: [...keys.support(p), 'list', filters],
    queryFn: () => api.get<{ requests: SupportRequest[] }>(paths.supportRequests(p), filters),
  });

export const supportRequestQuery = (p: string, r: string) =>
  queryOptions({
    queryKey: [...keys.support(p), 'one', r],
    queryFn: () => api.get<SupportRequest>(paths.supportRequest(p, r)),
  });

export const notificationsQuery = queryOptions({
  queryKey: keys.notifications,
  queryFn: () => api.get<{ unread: number; notifications: Notification[] }>(paths.notifications()),
});
