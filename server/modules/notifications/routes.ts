import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { markReadBody, notificationList, notificationPreferences, notificationsQuery } from '../../../shared/schemas/notifications.ts';
import * as notifications from './service.ts';

const tags = ['notifications'];

export const notificationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/notifications', {
    schema: {
      tags,
      summary: 'Your notifications, newest first (audited read)',
      querystring: notificationsQuery,
      response: { 200: notificationList },
    },
    handler: (req) => notifications.listNotifications(req.ctx, req.query),
  });
  app.post('/api/notifications/read', {
    schema: {
      tags,
      summary: 'Mark notifications read (`ids`, or `all: true`)',
      body: markReadBody,
      response: { 200: z.object({ marked: z.number(), unread: z.number() }) },
    },
    handler: (req) => notifications.markNotificationsRead(req.ctx, req.body),
  });
  app.get('/api/me/notification-preferences', {
    schema: { tags, summary: 'Your e-mail preference', response: { 200: notificationPreferences } },
    handler: (req) => notifications.getNotificationPreferences(req.ctx),
  });
  app.put('/api/me/notification-preferences', {
    schema: {
      tags,
      summary: 'Turn e-mails that are not about safety off or on',
      body: notificationPreferences,
      response: { 200: notificationPreferences },
    },
    handler: (req) => notifications.updateNotificationPreferences(req.ctx, req.body),
  });
};
