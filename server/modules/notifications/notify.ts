import type { Tx } from '../../../db/tenant.ts';
import type { Locale, PlacementMailTemplate } from '../../lib/mailer.ts';
import { enqueue } from '../../lib/jobs.ts';
import * as repo from './repository.ts';
import type { Recipient } from './repository.ts';

export type { Recipient } from './repository.ts';

export interface Notice {
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
  vars: (locale: Locale, recipient: Recipient) => Record<string, string | number>;
}

export function localeOf(value: string): Locale {
  return value === 'en' ? 'en' : 'da';
}

/**
 * Tells people about something that happened: an in-app notification for each, and an e-mail
 * through the mail job (with its retries) for those with an address who have not turned such
 * e-mails off. Runs in the caller's transaction, so notices exist exactly when their cause
 * committed. The person who caused it (`except`) is not told about their own action.
 */
export async function notify(trx: Tx, recipients: readonly Recipient[], notice: Notice, except: string | null = null): Promise<number> {
  const unique = [...new Map(recipients.filter((r) => r.id !== except).map((r) => [r.id, r])).values()];
  if (unique.length === 0) return 0;
  const optedOut =
    notice.safety || notice.alwaysMail
      ? new Set<string>()
      : await repo.nonSafetyOptOuts(
          trx,
          unique.map((r) => r.id),
        );
  const rows = unique.map((r) => ({ recipient: r, locale: localeOf(r.locale), vars: notice.vars(localeOf(r.locale), r) }));
  await repo.insertNotifications(
    trx,
    rows.map(({ recipient, vars }) => ({
      programmeId: notice.programmeId,
      userId: recipient.id,
      kind: notice.template,
      subjectType: notice.subjectType,
      subjectId: notice.subjectId,
      vars,
      safety: notice.safety,
    })),
  );
  let mailed = 0;
  for (const { recipient, locale, vars } of rows) {
    if (recipient.email === '' || optedOut.has(recipient.id)) continue;
    await enqueue(trx, 'mail.send', { to: recipient.email, template: notice.template, locale, vars });
    mailed++;
  }
  return mailed;
}
