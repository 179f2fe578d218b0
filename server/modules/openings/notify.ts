import da from '../../../shared/i18n/mail.da.json' with { type: 'json' };
import en from '../../../shared/i18n/mail.en.json' with { type: 'json' };
import type { Tx } from '../../../db/tenant.ts';
import type { Actor, Ctx } from '../../http/context.ts';
import { enqueue } from '../../lib/jobs.ts';
import type { Locale } from '../../lib/mailer.ts';
import * as repo from './repository.ts';

/**
 * E-mails about employers' proposals, enqueued in the transaction that makes the change (so a mail
 * exists exactly when the proposal or decision committed). Each recipient gets their own locale.
 */

const catalogues = { da, en } as const;

function localeOf(value: string): Locale {
  return value === 'en' ? 'en' : 'da';
}

function kindName(kind: string, locale: Locale): string {
  return (catalogues[locale].openingKinds as Record<string, string>)[kind] ?? kind;
}

function longDate(date: string, locale: Locale): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale === 'da' ? 'da-DK' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

function programmeName(actor: Actor, programmeId: string): string {
  return actor.memberships.find((m) => m.programmeId === programmeId)?.programmeName ?? '';
}

/** Tells the programme's coordinators that an employer proposed an opening. */
export async function notifyProposed(trx: Tx, ctx: Ctx, actor: Actor, opening: repo.OpeningRow, companyName: string): Promise<void> {
  const to = await repo.recipients(trx, opening.programme_id, { role: 'coordinator' });
  for (const r of to) {
    const locale = localeOf(r.locale);
    await enqueue(trx, 'mail.send', {
      to: r.email,
      template: 'openingProposed',
      locale,
      vars: {
        name: r.name,
        proposer: actor.name,
        company: companyName,
        programme: programmeName(actor, opening.programme_id),
        title: opening.title,
        kind: kindName(opening.kind, locale),
        places: opening.places,
        startsOn: longDate(opening.starts_on, locale),
        link: `${ctx.config.PUBLIC_URL}/programmes/${opening.programme_id}/openings/${opening.id}`,
      },
    });
  }
}

/** Tells the company's contacts that a coordinator approved or rejected their proposal. */
export async function notifyDecision(
  trx: Tx,
  ctx: Ctx,
  actor: Actor,
  opening: repo.OpeningRow,
  decision: { decision: 'approved' } | { decision: 'rejected'; reason: string },
): Promise<void> {
  const to = await repo.recipients(trx, opening.programme_id, { role: 'employer_contact', organisationId: opening.organisation_id });
  // The employer portal's web page for the company (web/src/features/employers/routes.tsx).
  const link = opening.company_id ? `${ctx.config.PUBLIC_URL}/virksomhed/${opening.company_id}` : `${ctx.config.PUBLIC_URL}/virksomhed`;
  for (const r of to) {
    const locale = localeOf(r.locale);
    const common = {
      name: r.name,
      approver: actor.name,
      programme: programmeName(actor, opening.programme_id),
      title: opening.title,
      link,
    };
    await enqueue(
      trx,
      'mail.send',
      decision.decision === 'approved'
        ? {
            to: r.email,
            template: 'openingApproved',
            locale,
            vars: { ...common, outcome: (catalogues[locale].openingOutcomes as Record<string, string>)[opening.status] ?? '' },
          }
        : { to: r.email, template: 'openingRejected', locale, vars: { ...common, reason: decision.reason } },
    );
  }
}
