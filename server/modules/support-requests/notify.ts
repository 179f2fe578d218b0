import { PERMISSIONS } from '../../../shared/domain/access/permissions.ts';
import { copenhagenLocal } from '../../../shared/domain/placements/time.ts';
import type { Tx } from '../../../db/tenant.ts';
import type { Config } from '../../config.ts';
import { label, longDateTime, notify, notifyPortal, portalLink, type Recipient, usersById, usersWithRole } from '../notifications/index.ts';
import { needsCallNow } from './presenter.ts';
import type { RequestRow } from './repository.ts';

/** The hotline's page for a request. */
export function requestLink(config: Config, r: RequestRow): string {
  return `${config.PUBLIC_URL}/programmes/${r.programme_id}/support-requests/${r.id}`;
}

/**
 * Only a request about safety is a safety notice (tagged "Sikkerhed" in the app). An urgent one
 * about attendance is urgent, not a safety matter: it is delivered the same way but not tagged so.
 */
export function isSafety(r: RequestRow): boolean {
  return r.category === 'safety';
}

function vars(config: Config, r: RequestRow, raiser: string) {
  return (locale: 'da' | 'en', to: Recipient) => ({
    name: to.name,
    raiser,
    company: r.organisation_name,
    firstName: r.first_name,
    title: r.opening_title,
    category: label('supportCategories', r.category, locale),
    severity: label('supportSeverities', r.severity, locale),
    dueAt: longDateTime(copenhagenLocal(r.due_at), locale),
    link: requestLink(config, r),
  });
}

/**
 * A new request: the programme's coordinators answer the hotline. An urgent or safety request in a
 * programme with no (active) coordinator goes to its administrators instead, so it never reaches nobody.
 */
export async function notifyRaised(trx: Tx, config: Config, r: RequestRow) {
  const [raiser] = await usersById(trx, [r.raised_by]);
  let recipients = (await usersWithRole(trx, r.programme_id, ['coordinator'])).filter((u) => u.id !== r.raised_by);
  if (recipients.length === 0 && needsCallNow(r)) recipients = await usersWithRole(trx, r.programme_id, PERMISSIONS['support.escalations']);
  await notify(
    trx,
    recipients,
    {
      programmeId: r.programme_id,
      template: 'supportRequestRaised',
      subjectType: 'support_request',
      subjectId: r.id,
      safety: isSafety(r),
      alwaysMail: needsCallNow(r),
      vars: vars(config, r, raiser?.name ?? ''),
    },
    r.raised_by,
  );
}

/** Unanswered past its deadline: the programme's administrators hear, always by e-mail; tagged safety only if it is about safety. */
export async function notifyBreached(trx: Tx, config: Config, r: RequestRow) {
  const [raiser] = await usersById(trx, [r.raised_by]);
  await notify(trx, await usersWithRole(trx, r.programme_id, PERMISSIONS['support.escalations']), {
    programmeId: r.programme_id,
    template: 'supportRequestBreached',
    subjectType: 'support_request',
    subjectId: r.id,
    safety: isSafety(r),
    alwaysMail: true,
    vars: vars(config, r, raiser?.name ?? ''),
  });
}

/**
 * The coordinator answered (a note or the resolution): whoever raised it hears, in the app and by
 * e-mail, so the employer does not have to keep checking the hotline page.
 */
export async function notifyAnswered(trx: Tx, config: Config, r: RequestRow, answeredBy: string) {
  await notify(
    trx,
    await usersById(trx, [r.raised_by]),
    {
      programmeId: r.programme_id,
      template: 'supportRequestAnswered',
      subjectType: 'support_request',
      subjectId: r.id,
      safety: isSafety(r),
      vars: vars(config, r, ''),
    },
    answeredBy,
  );
}

/**
 * A safety matter about a minor reaches their guardians at once (tagged safety, so always e-mailed).
 * The text names the company and the job, never the request's description.
 */
export async function notifyGuardiansOfSafety(trx: Tx, config: Config, r: RequestRow, minor: boolean) {
  if (!isSafety(r) || !minor) return;
  await notifyPortal(trx, {
    programmeId: r.programme_id,
    participantId: r.participant_id,
    event: 'safetyRequest',
    subjectType: 'placement',
    subjectId: r.placement_id,
    link: portalLink(config),
    safety: true,
    vars: () => ({ company: r.organisation_name, title: r.opening_title }),
  });
}
