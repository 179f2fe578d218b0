import { OPENING_KINDS, type OpeningKind } from '../employers/openings.ts';

/**
 * The vocabulary of the outcome figures (docs/kpis.md defines every one). Code lists, so the API
 * schema, the targets table, the exports and the web catalogues all agree on the same keys.
 */

/** Every figure on the dashboard, in display order. Targets may be set for any of them. */
export const FIGURE_KEYS = [
  'attached',
  'jobs',
  'people_in_jobs',
  'people_in_internships',
  'workplaces',
  'companies_engaged',
  'hours',
  'courses',
  'course_participants',
  'completion_rate',
  'step_progressions',
] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];

/** What a figure counts; only `people` (and counts that are people in disguise) are suppressed. */
export const FIGURE_UNITS = ['people', 'placements', 'workplaces', 'companies', 'hours', 'courses', 'percent', 'moves'] as const;
export type FigureUnit = (typeof FIGURE_UNITS)[number];

export const FIGURE_UNIT: Record<FigureKey, FigureUnit> = {
  attached: 'people',
  jobs: 'placements',
  people_in_jobs: 'people',
  people_in_internships: 'people',
  workplaces: 'workplaces',
  companies_engaged: 'companies',
  hours: 'hours',
  courses: 'courses',
  course_participants: 'people',
  completion_rate: 'percent',
  step_progressions: 'moves',
};

/**
 * Figures that count people or things that map one-to-one onto a few people (placements, ladder
 * moves): aggregate audiences see them suppressed under 5. Workplaces, companies, courses and hours
 * describe the programme, not persons, and are shown as they are.
 */
export const SUPPRESSIBLE_FIGURES: ReadonlySet<FigureKey> = new Set<FigureKey>([
  'attached',
  'jobs',
  'people_in_jobs',
  'people_in_internships',
  'course_participants',
  'step_progressions',
]);

/** Age bands of the outcome filters; age is taken from birth year and month only (docs/kpis.md). */
export const KPI_AGE_BANDS = ['13-14', '15-17', '18-29', '30+'] as const;
export type KpiAgeBand = (typeof KPI_AGE_BANDS)[number];

/** The outcomes a programme reports (education started, apprenticeship, ordinary, flex, few-hour job). */
export const OUTCOME_KINDS = ['education_started', 'apprenticeship', 'ordinary_job', 'flex_job', 'few_hour_job'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

// Opening kinds are the employers module's: one list, mirroring the CHECK on openings.kind.
export { OPENING_KINDS, type OpeningKind };

/** Opening kinds that are a job (paid work) for `people_in_jobs`. */
export const JOB_OPENING_KINDS: ReadonlySet<OpeningKind> = new Set<OpeningKind>([
  'pocket_money',
  'municipal_leisure',
  'private_leisure',
  'ordinary_job',
  'flex_job',
  'few_hour_job',
]);

/** Opening kinds that are an internship or apprenticeship for `people_in_internships`. */
export const INTERNSHIP_OPENING_KINDS: ReadonlySet<OpeningKind> = new Set<OpeningKind>(['internship', 'apprenticeship']);

/** Minimum contract length (months, starts_on to ends_on) for the completion rate. */
export const COMPLETION_MIN_CONTRACT_MONTHS = 6;
