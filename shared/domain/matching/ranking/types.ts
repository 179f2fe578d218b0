import type { OpeningKind } from '../../employers/openings.ts';
import type { AdultTrack, ConsentGiver } from '../../participants/constants.ts';
import type { OpeningFlags, OpeningScheduleEntry } from '../../youth-rules/opening.ts';
import type { SectorCode } from '../../youth-rules/types.ts';

/**
 * Inputs and outputs of the explained-ranking engine. Inputs are minimal plain shapes that the
 * server fills from its rows (participants + their consents, openings + workplace postal code); the
 * engine never sees zod, rows or a clock. Optional fields are "not recorded": the engine treats them
 * as neutral in scoring and as unjudgeable (passing) in the soft rules, never in the legal rules.
 */

// --- inputs ----------------------------------------------------------------------------------------

/** The sharing consent facts the `consent` rule needs (a row of `consents`). */
export interface RankingConsent {
  purpose: string;
  /** Partner organisations covered; empty = every partner of the programme. */
  organisationIds: readonly string[];
  givenOn: string;
  givenBy: ConsentGiver;
  revokedAt: Date | string | null;
}

export interface RankingParticipant {
  id: string;
  kind: 'youth' | 'adult';
  /** 'YYYY-MM-DD'. */
  birthDate: string;
  /** Stored school status; null/undefined for a youth under 18 is read as "still in school" (strict). */
  compulsorySchool?: boolean | null;
  compulsorySchoolEndsOn?: string | null;
  /** Youth: Jobplaneten step 1–4. */
  step?: number | null;
  /** Adults: Jobløft track. */
  track?: AdultTrack | null;
  /** Work-area codes (the openings' task-tag taxonomy). */
  interests?: readonly string[];
  skills?: readonly string[];
  languages?: readonly string[];
  /** Half-day grid codes 'mon-am' … 'sun-eve'. */
  availability?: readonly string[];
  /** The longest trip the person accepts, km. */
  travelKm?: number | null;
  /** Where the person travels from (home or site), four digits. */
  postalCode?: string | null;
  flexJobApproved?: boolean | null;
  /** "Most vulnerable" flag; shown on results, never part of the fit score. */
  priority?: boolean;
  /** Start of the current wait for a job (intake, or end of the last placement). */
  waitingSince?: string | null;
  consents?: readonly RankingConsent[];
}

/** The employer's stated preferences ("gerne arabisk", "gerne truckcertifikat"). */
export interface EmployerPreferences {
  languages?: readonly string[];
  skills?: readonly string[];
}

export interface RankingOpening {
  id: string;
  /** The employer's organisation: consents are scoped to it. */
  organisationId: string;
  kind: OpeningKind;
  ladderStep: number | null;
  minAge: number;
  maxAge?: number | null;
  startsOn: string;
  endsOn?: string | null;
  hoursPerWeek: number;
  /** Weekly pattern in local time; weekday 1 = Monday; an end at or before the start ends after midnight. */
  weeklySchedule: readonly OpeningScheduleEntry[];
  places: number;
  /** The workplace's postal code. */
  postalCode?: string | null;
  taskTags?: readonly string[];
  /** Skills the tasks need. */
  skills?: readonly string[];
  /** Working languages. */
  languages?: readonly string[];
  preferences?: EmployerPreferences;
  flags: OpeningFlags;
  adultStaffPresent: boolean;
  /** Sector of the workplace, for the youth rules' sector exceptions (15–17 out of school). */
  sector?: SectorCode;
  /**
   * Only young people who have left compulsory school are admitted (always so for apprenticeships in
   * the openings module): an under-18 still in school on the judged date fails `working-time`.
   */
  onlyOutOfCompulsorySchool?: boolean;
}

// --- rules -----------------------------------------------------------------------------------------

/**
 * Hard rules in evaluation order. Legal rules come first, so the first failure of a pair that only
 * fails soft rules is itself soft: "why not" then tells the coordinator an override could help.
 */
export const RULE_CODES = [
  'age',
  'working-time',
  'work-conditions',
  'consent',
  'flex-job-approval',
  'ladder',
  'availability',
  'distance',
] as const;
export type RuleCode = (typeof RULE_CODES)[number];

/** Legal rules: no coordinator override can bypass them. */
export const LEGAL_RULES: readonly RuleCode[] = ['age', 'working-time', 'work-conditions', 'consent', 'flex-job-approval'];
/** Programme rules a coordinator may bypass for one pair, with a reason. */
export const OVERRIDABLE_RULES: readonly RuleCode[] = ['ladder', 'availability', 'distance'];

export type Params = Readonly<Record<string, string | number | boolean | null | readonly string[]>>;

/** A translatable statement: stable code + facts, with Danish and English default texts. */
export interface Message {
  code: string;
  params: Params;
  /** Danish. */
  message: string;
  messageEn: string;
}

export interface RuleFailure extends Message {
  rule: RuleCode;
  legal: boolean;
}

// --- factors ---------------------------------------------------------------------------------------

export const FACTOR_NAMES = ['interests', 'skills', 'language', 'distance', 'schedule', 'employerPreferences'] as const;
export type FactorName = (typeof FACTOR_NAMES)[number];

export interface WeightSet {
  name: string;
  version: number;
  /** Relative weights ≥ 0; the score divides by their sum. */
  weights: Readonly<Record<FactorName, number>>;
  /** Congestion blend β in [0, 1]: 0 ignores crowding, 1 applies places/(places+competitors) fully. */
  congestion: number;
}

export interface FactorResult {
  factor: FactorName;
  weight: number;
  /** 0–1; 0.5 when the data is missing. */
  value: number;
  missing: boolean;
  /** Points this factor adds to the 0–100 score. */
  points: number;
  evidence: Message;
}

// --- adjustments and outputs -----------------------------------------------------------------------

export interface Hide {
  id: string;
  reason: string;
}

export interface Override {
  id: string;
  /** Rules to bypass; omitted = every overridable rule. Legal rules are refused. */
  rules?: readonly RuleCode[];
  reason: string;
}

/** Coordinator decisions about one list; ids are of the ranked side (participants or openings). */
export interface Adjustments {
  pins?: readonly string[];
  hides?: readonly Hide[];
  overrides?: readonly Override[];
}

export interface Priority {
  flagged: boolean;
  /** Days from `waitingSince` to the ranking date; null when not recorded. */
  waitingDays: number | null;
}

export interface Congestion {
  /** Other participants pointed to this opening (in their top lists). */
  competitors: number;
  places: number;
  /** (1 − β) + β × places / (places + competitors), in (0, 1]. */
  multiplier: number;
}

export interface RankedItem {
  id: string;
  rank: number;
  pinned: boolean;
  /** Rules an override bypassed for this pair (empty when none was needed). */
  overridden: RuleCode[];
  overrideReason: string | null;
  /** Fit score 0–100 (two decimals). */
  score: number;
  /** What the list is sorted by: score × congestion multiplier (= score without congestion). */
  rankScore: number;
  factors: FactorResult[];
  missing: FactorName[];
  /** Soft rules that could not be judged for lack of data (passed, flagged). */
  unchecked: RuleCode[];
  priority: Priority;
  congestion: Congestion | null;
}

export interface OverrideOutcome {
  id: string;
  reason: string;
  /** Requested rules that were bypassed because they failed. */
  applied: RuleCode[];
  /** Requested legal rules: never bypassed. */
  refused: RuleCode[];
  /** The first rule still failing after the override, if any. */
  stillExcludedBy: RuleCode | null;
}

export interface RankedList {
  side: 'candidates' | 'openings';
  /** The opening (candidates) or participant (openings) ranked for. */
  subjectId: string;
  onDate: string;
  weightSet: { name: string; version: number };
  results: RankedItem[];
  /** Included pairs before `limit` was applied. */
  totalIncluded: number;
  hidden: Array<Hide & { excludedBy: RuleCode | null }>;
  excluded: { total: number; byRule: Record<RuleCode, number>; items?: Array<{ id: string; rule: RuleCode }> };
  overrides: OverrideOutcome[];
}

export interface PairExplanation {
  participantId: string;
  openingId: string;
  included: boolean;
  /** The first failing rule (after overrides), i.e. "why not". */
  whyNot: RuleFailure | null;
  /** Every failing rule in order, overrides not applied. */
  failures: RuleFailure[];
  score: number;
  factors: FactorResult[];
  missing: FactorName[];
  unchecked: RuleCode[];
  priority: Priority;
}
