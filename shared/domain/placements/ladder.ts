/** The top of the Jobplaneten ladder. */
export const TOP_STEP = 4;

/**
 * The step to suggest after a completed placement: a youth moves one step up (to at most 4); an
 * adult's track is not a ladder, and a youth already on step 4 has no next step (the outcome —
 * education, apprenticeship, ordinary job — says where they went). A suggestion, never applied
 * automatically: the coordinator moves the ladder with its own dated event.
 */
export function suggestedNextStep(kind: 'youth' | 'adult', step: number | null): number | null {
  if (kind !== 'youth' || step === null || step >= TOP_STEP) return null;
  return Math.max(1, step + 1);
}
