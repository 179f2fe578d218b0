import { sql } from 'kysely';
import type { Tx } from '../../../db/tenant.ts';
import { ANONYMISED, type AnonymiseContribution } from '../../lib/anonymise.ts';

/**
 * Pins, hides and overrides about the person stay (the ranking and its history keep working) but
 * their free-text reasons become a marker; a reason may not be empty (0005). The query lives here
 * rather than in `repository.ts`, which is at its size limit.
 */
function scrubAdjustmentReasons(trx: Tx, programmeId: string, participantId: string) {
  return sql`
    UPDATE match_adjustments SET reason = ${ANONYMISED},
      removal_reason = CASE WHEN removal_reason IS NOT NULL THEN ${ANONYMISED} END
    WHERE programme_id = ${programmeId} AND participant_id = ${participantId}`.execute(trx);
}

/** The coordinators' matching decisions about the person. */
export const matchingAnonymise: AnonymiseContribution = {
  module: 'matching',
  scrubs: {
    match_adjustments: { reason: 'marker', removal_reason: 'marker' },
  },
  notPersonal: {
    match_adjustments: { kind: 'pin, hide or override', rules: 'the programme-rule codes an override bypasses' },
  },
  async run(trx, { programmeId, participantId }) {
    await scrubAdjustmentReasons(trx, programmeId, participantId);
  },
};
