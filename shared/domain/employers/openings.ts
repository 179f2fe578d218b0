import { daysInMonth } from '../calendar/civil.ts';
import { parseLocalDate } from '../calendar/local-time.ts';
import { RULE_SETS } from '../youth-rules/rule-sets.ts';

/**
 * Job openings: their kinds, the youth ladder, statuses and the consistency rules shared by the
 * request schemas (web and server) and the service (which checks a partial update merged with the
 * stored opening).
 */

export const OPENING_KINDS = [
  'pocket_money',
  'municipal_leisure',
  'private_leisure',
  'internship',
  'apprenticeship',
  'ordinary_job',
  'flex_job',
  'few_hour_job',
  'training_track',
] as const;
export type OpeningKind = (typeof OPENING_KINDS)[number];

export type LadderStep = 1 | 2 | 3 | 4;

/**
 * The Jobplaneten ladder. Steps 1–3 are youth-only kinds with a fixed step. Internships and
 * apprenticeships are step 4 for young people but also occur for adults (Jobløft), where there is
 * no ladder. Adult kinds never have a step.
 */
export const LADDER_STEP_OF_KIND = {
  pocket_money: 1,
  municipal_leisure: 2,
  private_leisure: 3,
  internship: 4,
  apprenticeship: 4,
  ordinary_job: null,
  flex_job: null,
  few_hour_job: null,
  training_track: null,
} as const satisfies Record<OpeningKind, LadderStep | null>;

/** Kinds whose step is optional: 4 on the youth ladder, none in an adult programme. */
const STEP_OPTIONAL: readonly OpeningKind[] = ['internship', 'apprenticeship'];

/** An opening admitting anyone under 18 belongs to the youth ladder. */
export const ADULT_AGE = 18;

/**
 * Kinds that admit only young people who have finished compulsory school: an apprenticeship
 * (erhvervsuddannelse) can only be started after it, so its 15–17-year-olds are never pupils. For
 * these kinds `onlyOutOfCompulsorySchool` is always true (a false is a field error); for the other
 * kinds it defaults to false and the coordinator decides.
 */
export const OUT_OF_SCHOOL_KINDS: readonly OpeningKind[] = ['apprenticeship'];

/** The value of `onlyOutOfCompulsorySchool` when a new opening omits it. */
export function defaultOnlyOutOfCompulsorySchool(kind: OpeningKind): boolean {
  return OUT_OF_SCHOOL_KINDS.includes(kind);
}

/** Step 2 (leisure jobs in municipal institutions) requires an adult staff member on site. */
export const STAFF_REQUIRED_KINDS: readonly OpeningKind[] = ['municipal_leisure'];

export const WAGE_PAYERS = ['project_funds', 'municipality', 'company', 'job_centre'] as const;
export type WagePayer = (typeof WAGE_PAYERS)[number];

export const OPENING_STATUSES = ['proposed', 'draft', 'open', 'filled', 'closed'] as const;
export type OpeningStatus = (typeof OPENING_STATUSES)[number];

/**
 * Allowed status changes. `proposed` (an employer's proposal) only leaves through approval (to
 * draft or open) or rejection (to closed); `closed` is final.
 */
export const STATUS_TRANSITIONS = {
  proposed: ['draft', 'open', 'closed'],
  draft: ['open'],
  open: ['filled', 'closed'],
  filled: ['open'],
  closed: [],
} as const satisfies Record<OpeningStatus, readonly OpeningStatus[]>;

export function canTransition(from: OpeningStatus, to: OpeningStatus): boolean {
  return (STATUS_TRANSITIONS[from] as readonly OpeningStatus[]).includes(to);
}

/** Statuses in which an opening must be legal for its youngest admitted age. */
export const LEGAL_STATUSES: readonly OpeningStatus[] = ['open', 'filled'];

/**
 * The step an opening is stored with: the given one, or the kind's step when omitted. An omitted
 * step on an internship or apprenticeship is 4 when the opening admits under-18s, else none.
 */
export function resolveLadderStep(kind: OpeningKind, step: LadderStep | null | undefined, minAge: number): LadderStep | null {
  if (step !== undefined) return step;
  if (STEP_OPTIONAL.includes(kind)) return minAge < ADULT_AGE ? 4 : null;
  return LADDER_STEP_OF_KIND[kind];
}

/** Whether a stored step fits the kind (null for adult kinds, the kind's step for youth kinds). */
export function ladderStepFits(kind: OpeningKind, step: LadderStep | null): boolean {
  if (STEP_OPTIONAL.includes(kind)) return step === null || step === 4;
  return step === LADDER_STEP_OF_KIND[kind];
}

export type OpeningShape = {
  kind: OpeningKind;
  ladderStep?: LadderStep | null;
  minAge: number;
  maxAge?: number | null;
  startsOn: string;
  endsOn?: string | null;
  onlyOutOfCompulsorySchool?: boolean;
};

export type ConsistencyIssue = {
  path: string[];
  code: 'ladder_step_mismatch' | 'max_age_below_min' | 'end_before_start' | 'date_before_rules' | 'apprenticeship_out_of_school_only';
};

/**
 * The first day any young-worker rule set covers. An opening is judged by the rules in force on
 * its first day, so one starting earlier could not be judged at all: it is a field error, not a 500.
 */
export const EARLIEST_OPENING_DATE: string = RULE_SETS[0]!.validFrom;

/**
 * Cross-field rules of an opening, as field-path issues. The schemas run them on a full body; the
 * service runs them again on an update merged with the stored row.
 */
export function openingConsistencyIssues(o: OpeningShape): ConsistencyIssue[] {
  const issues: ConsistencyIssue[] = [];
  if (o.ladderStep !== undefined && !ladderStepFits(o.kind, o.ladderStep))
    issues.push({ path: ['ladderStep'], code: 'ladder_step_mismatch' });
  if (o.maxAge !== undefined && o.maxAge !== null && o.maxAge < o.minAge) issues.push({ path: ['maxAge'], code: 'max_age_below_min' });
  if (o.startsOn < EARLIEST_OPENING_DATE) issues.push({ path: ['startsOn'], code: 'date_before_rules' });
  if (o.endsOn && o.endsOn < o.startsOn) issues.push({ path: ['endsOn'], code: 'end_before_start' });
  if (o.onlyOutOfCompulsorySchool === false && OUT_OF_SCHOOL_KINDS.includes(o.kind)) {
    issues.push({ path: ['onlyOutOfCompulsorySchool'], code: 'apprenticeship_out_of_school_only' });
  }
  return issues;
}

/** Openings run six months when no end date is given. */
export const DEFAULT_OPENING_MONTHS = 6;

/**
 * `date` plus whole months, clamped to the last day of a shorter month (31 August + 6 months is
 * 28 or 29 February), the way people count "six months from".
 */
export function addMonths(date: string, months: number): string {
  const { year, month, day } = parseLocalDate(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const d = Math.min(day, daysInMonth(y, m));
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function defaultEndDate(startsOn: string): string {
  return addMonths(startsOn, DEFAULT_OPENING_MONTHS);
}
