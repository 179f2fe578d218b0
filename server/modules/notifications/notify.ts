import type { Tx } from '../../../db/tenant.ts';
import type { Locale, PlacementMailTemplate } from '../../lib/mailer.ts';
import { enqueue } from '../../lib/jobs.ts';
import * as repo from './repository.ts';
import type { Recipient } from './repository.ts';

export type { Recipient } from './repository.ts';

/** Anyone a notice can reach: without an account (`id` null) only by e-mail. */
export interface Addressee {
  id: string | null;
  email: string;
  name: string;
  locale: string;
}

export interface Notice<R extends Addressee = Recipient> {
  programmeId: string;
  /** The mail template; also the notification's kind (its subject is the in-app title). */
  template: PlacementMailTemplate;
  subjectType: string;
  subjectId: string | null;
  /**
   * A safety notice (a support request about safety): tagged "Sikkerhed" in the app, and e-mailed
   * even to users who turned off other e-mails.
   */
  safety: boolean;
  /**
   * E-mailed even to users who turned off other e-mails, without being a safety notice (an urgent
   * support request, a breached deadline): what must reach people goes by every channel.
   */
  alwaysMail?: boolean;
  /** Template values for one recipient, in their language. */
  vars: (locale: Locale, recipient: R) => Record<string, string | number>;
}

export function localeOf(value: string): Locale {
  return value === 'en' ? 'en' : 'da';
}

/**
 * Tells people about something that happened: an in-app notification for each with an account, and
 * an e-mail through the mail job (with its retries) for those with an address who have not turned
 * such e-mails off. Runs in the caller's transaction, so notices exist exactly when their cause
 * committed. The person who caused it (`except`) is not told about their own action. Nothing here
 * is logged: texts carry names.
 */
export async function notify<R extends Addressee = Recipient>(
  trx: Tx,
  recipients: readonly R[],
  notice: Notice<R>,
  except: string | null = null,
): Promise<number> {
  const key = (r: Addressee) => r.id ?? `mail:${r.email.toLowerCase()}`;
  const unique = [...new Map(recipients.filter((r) => r.id === null || r.id !== except).map((r) => [key(r), r])).values()].filter(
    (r) => r.id !== null || r.email !== '',
  );
  if (unique.length === 0) return 0;
  const userIds = unique.flatMap((r) => (r.id === null ? [] : [r.id]));
  const optedOut = notice.safety || notice.alwaysMail ? new Set<string>() : await repo.nonSafetyOptOuts(trx, userIds);
  const rows = unique.map((r) => ({ recipient: r, locale: localeOf(r.locale), vars: notice.vars(localeOf(r.locale), r) }));
  await repo.insertNotifications(
    trx,
    rows
      .flatMap(({ recipient, vars }) => (recipient.id === null ? [] : [{ recipient, id: recipient.id, vars }]))
      .map(({ id, vars }) => ({
        programmeId: notice.programmeId,
        userId: id,
        kind: notice.template,
        subjectType: notice.subjectType,
        subjectId: notice.subjectId,
        vars,
        safety: notice.safety,
      })),
  );
  let mailed = 0;
  for (const { recipient, locale, vars } of rows) {
    if (recipient.email === '' || (recipient.id !== null && optedOut.has(recipient.id))) continue;
    await enqueue(trx, 'mail.send', { to: recipient.email, template: notice.template, locale, vars });
    mailed++;
  }
  return mailed;
}
