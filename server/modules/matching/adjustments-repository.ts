import { sql } from 'kysely';
import type { Tx } from '../../../db/tenant.ts';

/**
 * Anonymisation: pins, hides and overrides about the person stay (the ranking and its history keep
 * working) but their free-text reasons become the marker; a reason may not be empty (0005).
 */
export function scrubAdjustmentReasons(trx: Tx, programmeId: string, participantId: string, marker: string) {
  return sql`
    UPDATE match_adjustments SET reason = ${marker},
      removal_reason = CASE WHEN removal_reason IS NOT NULL THEN ${marker} END
    WHERE programme_id = ${programmeId} AND participant_id = ${participantId}`.execute(trx);
}
