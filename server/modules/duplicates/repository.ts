import { OPEN_STATUSES } from '../../../shared/domain/placements/states.ts';
import type { Tx } from '../../../db/tenant.ts';

/** Current records with the same birth date or the same CPR hash: the pure check decides. */
export function duplicateCandidates(trx: Tx, programmeId: string, birthDate: string, cprHash: string | null) {
  return trx
    .selectFrom('participants')
    .select(['id', 'first_name', 'last_name', 'birth_date', 'site_id', 'cpr_hash'])
    .where('programme_id', '=', programmeId)
    .where('merged_into', 'is', null)
    .where('anonymised_at', 'is', null)
    .where((eb) => eb.or([eb('birth_date', '=', birthDate), ...(cprHash ? [eb('cpr_hash', '=', cprHash)] : [])]))
    .execute();
}
export type CandidateRow = Awaited<ReturnType<typeof duplicateCandidates>>[number];

export function findCprHash(trx: Tx, programmeId: string, id: string) {
  return trx
    .selectFrom('participants')
    .select('cpr_hash')
    .where((eb) => eb.and({ programme_id: programmeId, id }))
    .executeTakeFirst();
}

/**
 * Openings in which both records have a pending or running placement: moving one would break the
 * one-open-placement-per-person-and-opening rule, so the merge is refused until one ends.
 */
export async function clashingOpenings(trx: Tx, programmeId: string, aId: string, bId: string): Promise<string[]> {
  const open = [...OPEN_STATUSES];
  const rows = await trx
    .selectFrom('placements as a')
    .innerJoin('placements as b', 'b.opening_id', 'a.opening_id')
    .select('a.opening_id')
    .where((eb) =>
      eb.and({ 'a.programme_id': programmeId, 'b.programme_id': programmeId, 'a.participant_id': aId, 'b.participant_id': bId }),
    )
    .where('a.status', 'in', open)
    .where('b.status', 'in', open)
    .execute();
  return rows.map((r) => r.opening_id);
}
