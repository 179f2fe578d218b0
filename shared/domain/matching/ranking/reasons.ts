/**
 * The reasons a proposed placement keeps for why it was suggested. They are shown to the
 * coordinator as one short sentence ("Foreslået af matchrunde 3. december: 20 km, interesser
 * passer"), so they hold what a person can read — the distance in km, which interests fit — and
 * never the engine's internals (scores, points, round ids), which a placement page has no use for.
 */

/** A factor's result as the ranking hands it out (`FactorResult`), narrowed to what a reason needs. */
export interface FactorForReason {
  missing: boolean;
  points: number;
  evidence: { code: string; params: Readonly<Record<string, unknown>> };
}

export interface MatchReason {
  code: string;
  value?: string | number | null;
}

/** The reason codes the placement page turns into words; anything else stays unshown. */
export const MATCH_REASON_CODES = [
  'match_round',
  'match_round_on',
  'via_lottery',
  'via_preference',
  'via_pin',
  'note',
  'interest',
  'interests',
  'distance_km',
  'availability',
  'schedule_coverage',
  'skills',
  'language',
  'employer_preferences',
  'step',
  'age',
] as const;
export type MatchReasonCode = (typeof MATCH_REASON_CODES)[number];

const round1 = (n: number) => Math.round(n * 10) / 10;

/** One factor that earned points, as a readable reason, or null when it says nothing a person needs. */
export function factorReason(f: FactorForReason): MatchReason | null {
  if (f.missing || !(f.points > 0)) return null;
  const p = f.evidence.params;
  switch (f.evidence.code) {
    case 'interests.match':
    case 'interests.same-area':
      return { code: 'interests' };
    case 'distance.km':
      return typeof p.km === 'number' ? { code: 'distance_km', value: round1(p.km) } : null;
    case 'schedule.coverage':
      return typeof p.coveredPercent === 'number' && p.coveredPercent < 100
        ? { code: 'schedule_coverage', value: Math.round(p.coveredPercent) }
        : { code: 'availability' };
    case 'skills.match':
      return Array.isArray(p.matched) && p.matched.length > 0 ? { code: 'skills', value: p.matched.length } : null;
    case 'language.match':
      return { code: 'language' };
    case 'employerPreferences.match':
      return Array.isArray(p.matched) && p.matched.length > 0 ? { code: 'employer_preferences' } : null;
    default:
      return null;
  }
}

/** The best few factors of a pair as reasons, strongest first. */
export function reasonsFromFactors(factors: readonly FactorForReason[], limit = 4): MatchReason[] {
  return [...factors]
    .sort((a, b) => b.points - a.points)
    .map(factorReason)
    .filter((r): r is MatchReason => r !== null)
    .slice(0, limit);
}

/** How a round chose the pair, when that is worth saying (a plain best-fit choice is not). */
export function viaReason(via: 'score' | 'lottery' | 'pin' | 'preference', choice: number | null): MatchReason | null {
  if (via === 'lottery') return { code: 'via_lottery' };
  if (via === 'pin') return { code: 'via_pin' };
  if (via === 'preference' && choice !== null) return { code: 'via_preference', value: choice };
  return null;
}
