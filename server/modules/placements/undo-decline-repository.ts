import type { Tx } from '../../../db/tenant.ts';

/**
 * Placements staff created for the same person after `since`: a coordinator who proposes another
 * job after a "Nej tak" has acted on that no, so it can no longer be taken back.
 */
export async function staffProposalsSince(trx: Tx, programmeId: string, participantId: string, since: Date | string): Promise<number> {
  const row = await trx
    .selectFrom('placements')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where((eb) => eb.and({ programme_id: programmeId, participant_id: participantId }))
    .where('created_at', '>', new Date(since))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
