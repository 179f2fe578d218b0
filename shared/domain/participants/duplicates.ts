import { sameName, type NamedPerson } from './names.ts';

export interface DuplicateFacts extends NamedPerson {
  id?: string;
  birthDate: string;
  /** Keyed hash of the CPR number (never the number itself); null if none is recorded. */
  cprHash: string | null;
}

export type DuplicateReason = 'cpr' | 'name_birth_date';

/**
 * Why two records may be the same person: the same CPR number, or the same name (after Danish
 * normalisation, one typo allowed per name) and birth date. Empty when they look distinct.
 */
export function duplicateReasons(a: DuplicateFacts, b: DuplicateFacts): DuplicateReason[] {
  const reasons: DuplicateReason[] = [];
  if (a.cprHash && b.cprHash && a.cprHash === b.cprHash) reasons.push('cpr');
  if (a.birthDate === b.birthDate && sameName(a, b)) reasons.push('name_birth_date');
  return reasons;
}

/** The candidates that may duplicate `subject`, with reasons (the subject itself is skipped). */
export function findDuplicates<T extends DuplicateFacts>(
  subject: DuplicateFacts,
  candidates: readonly T[],
): Array<{ item: T; reasons: DuplicateReason[] }> {
  return candidates
    .filter((c) => !subject.id || c.id !== subject.id)
    .map((item) => ({ item, reasons: duplicateReasons(subject, item) }))
    .filter((d) => d.reasons.length > 0);
}
