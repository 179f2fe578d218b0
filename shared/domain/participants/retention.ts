import { addMonths, monthsBetween } from './dates.ts';

export interface RetentionFacts {
  id: string;
  firstName: string;
  /** The latest of: profile change, talk, ladder event, consent given or revoked, next step done. */
  lastActivityOn: string;
}

/**
 * Who the retention policy would anonymise on `today`: participants whose last activity is before
 * `today` minus `retentionMonths`. Pure, so the preview and the run cannot disagree.
 */
export function retentionCandidates<T extends RetentionFacts>(
  people: readonly T[],
  today: string,
  retentionMonths: number,
): { cutoff: string; candidates: Array<T & { monthsInactive: number }> } {
  const cutoff = addMonths(today, -retentionMonths);
  const candidates = people
    .filter((p) => p.lastActivityOn < cutoff)
    .map((p) => ({ ...p, monthsInactive: monthsBetween(p.lastActivityOn, today) }))
    .sort((a, b) => a.lastActivityOn.localeCompare(b.lastActivityOn));
  return { cutoff, candidates };
}
