import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { notificationList } from '../../../../shared/schemas/notifications.ts';
import { api } from '../../api.ts';

/**
 * The caller's notifications with their unread count. The navigation reads the count for every
 * role; the placements feature's Beskeder page reads the same query (same key and URL), so marking
 * messages read there updates the count here.
 */
export const myNotificationsQuery = queryOptions({
  queryKey: ['notifications'] as const,
  queryFn: () => api.get<z.infer<typeof notificationList>>('/api/notifications'),
});
