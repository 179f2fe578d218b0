import { z } from 'zod';
import { uuid } from './common.ts';

/** In-app notifications and each user's e-mail preferences (server/modules/notifications). */

const timestamp = z.string();

export const notification = z.object({
  id: uuid,
  programmeId: uuid,
  kind: z.string(),
  /** Rendered in the user's language from the mail catalogue. */
  title: z.string(),
  subjectType: z.string(),
  subjectId: uuid.nullable(),
  safety: z.boolean(),
  createdAt: timestamp,
  readAt: timestamp.nullable(),
});
export type Notification = z.infer<typeof notification>;
export const notificationsQuery = z.object({
  unread: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export const notificationList = z.object({ unread: z.number(), notifications: z.array(notification) });
export const markReadBody = z.object({ ids: z.array(uuid).max(500).optional(), all: z.boolean().optional() });
export const notificationPreferences = z.object({
  /** E-mails that are not about safety (support requests marked safety or urgent, breached deadlines). */
  emailNonSafety: z.boolean(),
});
export type NotificationPreferences = z.infer<typeof notificationPreferences>;
