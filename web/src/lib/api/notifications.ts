import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { notification } from '../../../../shared/schemas/notifications.ts';
import { api } from '../../api.ts';

/**
 * The caller's in-app notices, as the app shell reads them for the menu's unread count. Same key
 * and response as the notifications page (`features/placements/api.ts`), so marking a notice read
 * there refreshes the count here without either importing the other.
 */
export const notificationsQuery = queryOptions({
  queryKey: ['notifications'],
  queryFn: () => api.get<{ unread: number; notifications: z.infer<typeof notification>[] }>('/api/notifications'),
});
