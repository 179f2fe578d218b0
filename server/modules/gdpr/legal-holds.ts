import type { Tx } from '../../../db/tenant.ts';

/**
 * Records the law requires us to keep survive anonymisation. Payroll and hours do not exist yet;
 * when they do, the payroll module registers a hold here: under the Danish Bookkeeping Act
 * (bogføringsloven) payroll records are kept for 5 years after the end of the financial year, so
 * for a participant with payroll in that window the hold keeps 'name' and 'cpr' (and the payroll
 * rows themselves, which anonymisation never touches). Everything else is anonymised at once, and
 * the audit event lists the held fields; the payroll module clears them when its hold lapses.
 * Field groups a hold may name: 'name' (first/last name and full birth date), 'contact', 'cpr'.
 */
export interface LegalHold {
  name: string;
  /** Participant fields to keep, or [] when the hold does not apply to this person. */
  keeps(trx: Tx, programmeId: string, participantId: string): Promise<string[]>;
}

export const LEGAL_HOLDS: LegalHold[] = [];

export async function heldFields(trx: Tx, programmeId: string, participantId: string): Promise<Set<string>> {
  const keep = new Set<string>();
  for (const hold of LEGAL_HOLDS) for (const f of await hold.keeps(trx, programmeId, participantId)) keep.add(f);
  return keep;
}
