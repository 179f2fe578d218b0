import { z } from 'zod';
import type { Services } from './http/context.ts';
import { PLACEMENT_MAIL_TEMPLATES, renderMail } from './lib/mailer.ts';
import { deleteExpired } from './modules/auth/index.ts';
import { enforceAuditRetention } from './modules/audit/index.ts';
import { enforceParticipantRetention, scrubPortalAccount } from './modules/gdpr/index.ts';
import { runMatchRound } from './modules/matching/index.ts';
import { runFunderReport } from './modules/reports/index.ts';
import { runPlacementSchedule } from './modules/placements/index.ts';
import { runSupportEscalation } from './modules/support-requests/index.ts';
import { systemTx } from './lib/access/index.ts';

const mailPayload = z.object({
  to: z.string(),
  template: z.enum(['invitation', 'passwordReset', 'openingProposed', 'openingApproved', 'openingRejected', ...PLACEMENT_MAIL_TEMPLATES]),
  locale: z.enum(['da', 'en']).catch('da'),
  vars: z.record(z.string(), z.union([z.string(), z.number()])),
});

/** Every queue and schedule in one place, so "what runs in the background" is one file. */
export function registerJobHandlers(services: Services): void {
  services.jobs
    .handle(
      'mail.send',
      async (payload) => {
        const mail = mailPayload.parse(payload);
        await services.mailer.send({ to: mail.to, template: mail.template, ...renderMail(mail.template, mail.locale, mail.vars) });
      },
      { scrubPayload: true },
    )
    .handle('audit.retention', async () => enforceAuditRetention(services.db, services.config.AUDIT_RETENTION_DAYS))
    .handle('maintenance.cleanup', async () => {
      await systemTx(services.db, (trx) => deleteExpired(trx));
    })
    .handle('participants.retention', async () => enforceParticipantRetention(services))
    .handle('portal.account.scrub', async (payload) => scrubPortalAccount(services, payload))
    .handle('placements.schedule', async () => runPlacementSchedule(services))
    .handle('support.escalation', async () => runSupportEscalation(services))
    .handle('matching.round', async (payload) => runMatchRound(services, payload))
    .handle('reports.funder', async (payload, job) => runFunderReport(services, payload, job))
    .schedule({ name: 'audit-retention', queue: 'audit.retention', everyMinutes: 24 * 60 })
    .schedule({ name: 'participant-retention', queue: 'participants.retention', everyMinutes: 24 * 60 })
    .schedule({ name: 'cleanup', queue: 'maintenance.cleanup', everyMinutes: 60 })
    .schedule({ name: 'placements', queue: 'placements.schedule', everyMinutes: 60 })
    .schedule({ name: 'support-escalation', queue: 'support.escalation', everyMinutes: 15 });
}
