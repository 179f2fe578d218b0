import type { DuplicateReason } from '../../../shared/domain/participants/duplicates.ts';
import type { CandidateRow } from './repository.ts';

/** Enough to tell two people apart; never the CPR number or its hash. */
export function presentCandidate(c: CandidateRow, reasons: DuplicateReason[]) {
  return { id: c.id, firstName: c.first_name, lastName: c.last_name, birthDate: c.birth_date, siteId: c.site_id, reasons };
}
