import { slaState } from '../../../shared/domain/placements/sla.ts';
import { copenhagenLocal } from '../../../shared/domain/placements/time.ts';
import type { Services } from '../../http/context.ts';
import { recordAudit } from '../audit/index.ts';
import { systemCtx } from '../placements/index.ts';
import { notifyBreached } from './notify.ts';
import { slaFacts } from './presenter.ts';
import * as repo from './repository.ts';
import { systemTx } from '../../lib/access/index.ts';

/**
 * Scheduled every 15 minutes as jobbro_system: a request still unanswered once its working-hours
 * target is used up is escalated, once, to the programme's administrators (always e-mailed: a
 * safety notice). Judged by working minutes, so a 16:00 deadline escalates at the next working
 * minute. `now` is a parameter so tests can run the job "later".
 */
export async function runSupportEscalation(services: Services, now: Date = new Date()): Promise<{ escalated: number }> {
  const ctx = systemCtx(services, 'job:support.escalation');
  const escalated = await systemTx(services.db, async (trx) => {
    let n = 0;
    for (const r of await repo.overdueUnescalated(trx, now)) {
      if (!slaState(slaFacts(r), copenhagenLocal(now)).breached) continue;
      await notifyBreached(trx, services.config, r);
      await repo.markEscalated(trx, r.id);
      await recordAudit(trx, ctx, {
        action: 'update',
        subjectType: 'support_request',
        subjectId: r.id,
        subjectPersonId: r.participant_id,
        programmeId: r.programme_id,
        details: { escalated: true },
      });
      n++;
    }
    return n;
  });
  services.jobs.kick();
  return { escalated };
}
