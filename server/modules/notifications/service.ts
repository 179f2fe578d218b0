import type { z } from 'zod';
import type { markReadBody, notificationPreferences, notificationsQuery } from '../../../shared/schemas/notifications.ts';
import type { Ctx } from '../../http/context.ts';
import { requireActor } from '../../lib/access/index.ts';
import { recordAudit } from '../audit/index.ts';
import { presentNotification } from './presenter.ts';
import * as repo from './repository.ts';

const PAGE = 100;

/**
 * The caller's own notifications, newest first, across their programmes. Titles name people
 * (first names), so reading the list is audited like any read of personal data.
 */
export async function listNotifications(ctx: Ctx, query: z.output<typeof notificationsQuery>) {
  const { actor, tx } = requireActor(ctx);
  return tx(async (trx) => {
    const rows = await repo.listForUser(trx, actor.userId, { unreadOnly: query.unread === true, limit: PAGE });
    const unread = await repo.countUnread(trx, actor.userId);
    await recordAudit(trx, ctx, {
      action: 'read',
      subjectType: 'notifications',
      subjectPersonId: actor.userId,
      details: { count: rows.length, unread },
    });
    return { unread, notifications: rows.map((n) => presentNotification(n, actor.locale)) };
  });
}

/** Marks some (or all) of the caller's notifications read; other people's ids are ignored. */
export async function markNotificationsRead(ctx: Ctx, body: z.output<typeof markReadBody>) {
  const { actor, tx } = requireActor(ctx);
  return tx(async (trx) => {
    const marked = await repo.markRead(trx, actor.userId, body.all ? 'all' : (body.ids ?? []));
    await recordAudit(trx, ctx, { action: 'update', subjectType: 'notifications', subjectPersonId: actor.userId, details: { marked } });
    return { marked, unread: await repo.countUnread(trx, actor.userId) };
  });
}

export async function getNotificationPreferences(ctx: Ctx) {
  const { actor, tx } = requireActor(ctx);
  return tx(async (trx) => ({ emailNonSafety: await repo.emailNonSafety(trx, actor.userId) }));
}

/** Turns e-mails that are not about safety off or on; in-app notifications always arrive. */
export async function updateNotificationPreferences(ctx: Ctx, body: z.output<typeof notificationPreferences>) {
  const { actor, tx } = requireActor(ctx);
  return tx(async (trx) => {
    await repo.setEmailNonSafety(trx, actor.userId, body.emailNonSafety);
    await recordAudit(trx, ctx, {
      action: 'update',
      subjectType: 'notification_preferences',
      subjectId: actor.userId,
      subjectPersonId: actor.userId,
      details: body,
    });
    return { emailNonSafety: body.emailNonSafety };
  });
}
