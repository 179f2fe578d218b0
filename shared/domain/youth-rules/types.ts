/**
 * Types of the young-worker rules engine. Everything is a plain value: dates are Copenhagen
 * wall-clock strings, limits come from a dated {@link RuleSet}, and nothing reads a clock.
 */

export const CATEGORIES = ['under-13', 'child', 'pupil-15-17', 'young-15-17', 'adult'] as const;
/**
 * - `under-13`: may not work for an employer;
 * - `child`: 13–14 years old (school status does not change the category);
 * - `pupil-15-17`: 15–17 and still in compulsory school (undervisningspligtig);
 * - `young-15-17`: 15–17 and out of compulsory school;
 * - `adult`: 18 or older — the youth rules do not apply.
 */
export type Category = (typeof CATEGORIES)[number];

/** The categories the working-time rules protect. */
export const YOUTH_CATEGORIES = ['child', 'pupil-15-17', 'young-15-17'] as const;
export type YouthCategory = (typeof YOUTH_CATEGORIES)[number];

/** Categories bound by the school-day and school-week limits. */
export type SchoolCategory = 'child' | 'pupil-15-17';

/** Rule codes, in the order violations on the same date are listed. */
export const RULE_CODES = [
  'min-age',
  'school-day-hours',
  'non-school-day-hours',
  'school-week-hours',
  'non-school-week-hours',
  'daily-hours',
  'weekly-hours',
  'night-work',
  'daily-rest',
  'weekly-rest',
  'break',
] as const;
export type RuleCode = (typeof RULE_CODES)[number];

/** Rules that sum working time (used by the split-shift property). */
export const HOUR_SUM_RULES: readonly RuleCode[] = [
  'school-day-hours',
  'non-school-day-hours',
  'school-week-hours',
  'non-school-week-hours',
  'daily-hours',
  'weekly-hours',
];

export type Person = {
  /** 'YYYY-MM-DD'. */
  birthDate: string;
  /** Whether the person is still in compulsory school (undervisningspligtig). Stored, never inferred from age. */
  compulsorySchool: boolean;
  /** Last day of compulsory school; on later dates the person counts as out of school. */
  compulsorySchoolEndsOn?: string | null;
};

export type Shift = {
  /** 'YYYY-MM-DDTHH:mm', Europe/Copenhagen wall clock. The shift belongs to this start date. */
  start: string;
  /** 'YYYY-MM-DDTHH:mm'; after `start`, at most 24 hours later (may be on the next day). */
  end: string;
  /** Unpaid break inside the shift; working time is (end − start) − breakMinutes. */
  breakMinutes: number;
  employer?: string;
  id?: string;
  /** Sector code (see SECTOR_CODES) matched against the rule set's sector exceptions. */
  sector?: SectorCode;
};

export type ViolationUnit = 'hours' | 'minutes' | 'age' | 'time';

export type Violation = {
  rule: RuleCode;
  /** Shift start date for day rules; the Monday for week rules. */
  date: string;
  /** For unit 'time', hours after midnight of `date` (20.5 = 20:30, 25 = 01:00 next day). */
  limit: number;
  actual: number;
  unit: ViolationUnit;
  /** Danish, plain, names the rule and its legal source. */
  message: string;
  messageEn: string;
  /** Ids of the shifts involved (only shifts that have an id), sorted. */
  shiftIds?: string[];
};

export type CheckShiftsInput = {
  person: Person;
  shifts: readonly Shift[];
  /** The person's school days ('YYYY-MM-DD'), from the municipal school calendar. */
  schoolDays: ReadonlySet<string> | readonly string[];
  /** Evaluate every shift under the rule set in force on this date instead of on the shift's own date. */
  ruleSetDate?: string;
  /**
   * The employer and the young person have agreed the alternative evening window where the rule
   * set offers one (07–23 instead of 06–22 for 15–17-year-olds out of school from 1 July 2025).
   */
  alternativeNightWindowAgreed?: boolean;
};

export type CheckShiftsResult = {
  /** Category on `ruleSetDate`, else on the earliest shift date. */
  category: Category;
  ok: boolean;
  violations: Violation[];
};

// --- configuration ----------------------------------------------------------------------------

export type Citation = { da: string; en: string };

/** A permitted working window in local time; `end` may be '24:00'. */
export type TimeWindow = { start: string; end: string };

/** Sector codes a shift may carry; sector exceptions name the ones they widen. */
export const SECTOR_CODES = [
  'retail',
  'office',
  'service-station',
  'hospitality',
  'culture',
  'bakery',
  'agriculture-stable',
  'newspaper-delivery',
] as const;
export type SectorCode = (typeof SECTOR_CODES)[number];

export type SectorException = {
  id: string;
  /** A shift whose `sector` is one of these gets the widened window. */
  sectors: readonly SectorCode[];
  description: Citation;
  /** Categories the exception widens the window for. */
  categories: readonly YouthCategory[];
  /** Work may start this early (replaces the window start when earlier). */
  earliestStart?: string;
  /** Work may last until this time (replaces the window end when later); '24:00' allowed. */
  latestEnd?: string;
  source: string;
};

export type RuleSet = {
  id: string;
  /** First day in force, 'YYYY-MM-DD'. */
  validFrom: string;
  /** Last day in force, or null while current. */
  validTo: string | null;
  summary: string;
  /** Full legal sources behind this version. */
  legalBasis: readonly string[];
  minAge: number;
  hours: {
    schoolDay: number;
    nonSchoolDay: Readonly<Record<SchoolCategory, number>>;
    schoolWeek: number;
    nonSchoolWeek: Readonly<Record<SchoolCategory, number>>;
    youngDaily: number;
    youngWeekly: number;
  };
  /** Permitted working windows; `alternative` applies only when agreed. */
  nightWindows: Readonly<Record<YouthCategory, { default: TimeWindow; alternative?: TimeWindow }>>;
  dailyRestHours: Readonly<Record<YouthCategory, number>>;
  weeklyRest: { consecutiveDaysOff: number };
  breaks: { afterWorkMinutes: number; minBreakMinutes: number };
  sectorExceptions: readonly SectorException[];
  opening: {
    /** Below this age only light work is allowed, and no alcohol, lifting over 12 kg or lone work. */
    lightWorkBelowAge: number;
    /** Machines and chemicals for under-15s: forbidden, or allowed for harmless ones after a risk assessment. */
    machinesBelow15: 'forbidden' | 'with-risk-assessment';
    /** A workplace risk assessment (APV) older than this is treated as missing. */
    riskAssessmentValidYears: number;
    /** Shops where under-18s may not be alone: not after this time on weekdays … */
    aloneInShopUntilWeekday: string;
    /** … nor after this time on Saturdays and Sundays. */
    aloneInShopUntilWeekend: string;
  };
  citations: Readonly<Record<RuleCode, Citation>>;
  openingCitations: Readonly<Record<OpeningRefusalCode, Citation>>;
};

/**
 * Why a job opening cannot legally employ its youngest age, checked by `checkOpeningLegality`:
 * - `min-age-below-13`: the opening admits children under 13;
 * - `light-work-required`: under-15s may only do light work, and the opening is not flagged light;
 * - `night-work`: a scheduled shift lies outside the window the youngest age may work in;
 * - `daily-hours` / `weekly-hours`: the schedule exceeds a school day / school week for that age (a day /
 *   week of a 15–17-year-old out of school when the opening admits only those);
 * - `missing-break`: a shift over 4.5 hours' work has less than a 30-minute break;
 * - `alcohol-under-15`: alcohol is served and the opening admits under-15s;
 * - `heavy-lifting-under-15`: lifting over 12 kg with under-15s;
 * - `machines-under-15`: machines or chemicals with under-15s where the rule set forbids them;
 * - `machines-without-risk-assessment`: machines or chemicals for under-18s without a current, dated risk assessment;
 * - `lone-work-under-15`: under-15s working alone;
 * - `lone-evening-shop-work`: under-18s handling money without an adult present in the evening or weekend afternoon;
 * - `child-certificate-required`: regular contact with children under 15 without a børneattest.
 */
export const OPENING_REFUSAL_CODES = [
  'min-age-below-13',
  'light-work-required',
  'night-work',
  'daily-hours',
  'weekly-hours',
  'missing-break',
  'alcohol-under-15',
  'heavy-lifting-under-15',
  'machines-under-15',
  'machines-without-risk-assessment',
  'lone-work-under-15',
  'lone-evening-shop-work',
  'child-certificate-required',
] as const;
export type OpeningRefusalCode = (typeof OPENING_REFUSAL_CODES)[number];
