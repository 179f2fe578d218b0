import { retentionCandidates } from '../../../shared/domain/participants/retention.ts';
import type { Tx } from '../../../db/tenant.ts';
import type { Ctx } from '../../http/context.ts';
import { recordAudit } from '../audit/index.ts';
import { ANONYMISE_CONTRIBUTIONS } from './contributions.ts';
import { heldFields } from './legal-holds.ts';
import * as repo from './repository.ts';

/**
 * Anonymises one participant inside the caller's transaction (erasure request or retention job):
 * each module scrubs its own tables (`contributions.ts`), personal data goes, the statistics stay,
 * linked portal accounts lose their access now and are scrubbed by a background job. Audited with
 * the reason and any fields a legal hold kept.
 */
export async function anonymiseInTx(
  trx: Tx,
  ctx: Ctx,
  programmeId: string,
  participantId: string,
  reason: 'erasure_request' | 'retention',
) {
  const keep = await heldFields(trx, programmeId, participantId);
  for (const part of ANONYMISE_CONTRIBUTIONS) await part.run?.(trx, { programmeId, participantId, keep });
  await recordAudit(trx, ctx, {
    action: 'delete',
    subjectType: 'participant',
    subjectId: participantId,
    subjectPersonId: participantId,
    programmeId,
    details: { anonymised: true, reason, heldByLaw: [...keep] },
  });
}

/** Who the programme's retention policy would anonymise today (the preview and the run agree). */
export async function retentionPlan(trx: Tx, programmeId: string, today: string, retentionMonths: number) {
  const { rows } = await repo.lastActivity(trx, programmeId);
  return retentionCandidates(
    rows.map((r) => ({ id: r.id, firstName: r.first_name, lastActivityOn: r.last_activity_on })),
    today,
    retentionMonths,
  );
}
