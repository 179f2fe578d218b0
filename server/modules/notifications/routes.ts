import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { markReadBody, notificationList, notificationPreferences, notificationsQuery } from '../../../shared/schemas/notifications.ts';
import * as notifications from './service.ts';
import { routes } from '../../http/route.ts';

const tags = ['notifications'];

export const notificationRoutes: FastifyPluginAsyncZod = async (app) => {
  const route = routes(app, tags);
  route.get(
    '/api/notifications',
    'Your notifications, newest first (audited read)',
    { querystring: notificationsQuery, response: { 200: notificationList } },
    (req) => notifications.listNotifications(req.ctx, req.query),
  );
  route.post(
    '/api/notifications/read',
    'Mark notifications read (`ids`, or `all: true`)',
    { body: markReadBody, response: { 200: z.object({ marked: z.number(), unread: z.number() }) } },
    (req) => notifications.markNotificationsRead(req.ctx, req.body),
  );
  route.get('/api/me/notification-preferences', 'Your e-mail preference', { response: { 200: notificationPreferences } }, (req) =>
    notifications.getNotificationPreferences(req.ctx),
  );
  route.put(
    '/api/me/notification-preferences',
    'Turn e-mails that are not about safety off or on',
    { body: notificationPreferences, response: { 200: notificationPreferences } },
    (req) => notifications.updateNotificationPreferences(req.ctx, req.body),
  );
};
