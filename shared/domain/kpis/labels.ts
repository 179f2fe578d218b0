import type { Payer } from '../hours/pay.ts';
import type { FigureKey, FigureUnit, OutcomeKind } from './types.ts';

/**
 * Danish names of the figures for server-made files (CSV, Excel, PDF), which have no i18n runtime.
 * The web app has its own catalogues; these must say the same as docs/kpis.md's headings.
 */
export const FIGURE_LABELS_DA: Record<FigureKey, string> = {
  attached: 'Tilknyttede deltagere',
  jobs: 'Job påbegyndt (forløb)',
  people_in_jobs: 'Personer startet i job',
  people_in_internships: 'Personer startet i praktik eller læreplads',
  workplaces: 'Arbejdspladser',
  companies_engaged: 'Virksomheder involveret',
  hours: 'Godkendte arbejdstimer',
  courses: 'Faglige forløb',
  course_participants: 'Deltagere i faglige forløb',
  completion_rate: 'Gennemført kontrakt (mindst 6 mdr.)',
  step_progressions: 'Trin op',
};

export const UNIT_LABELS_DA: Record<FigureUnit, string> = {
  people: 'personer',
  placements: 'forløb',
  workplaces: 'arbejdspladser',
  companies: 'virksomheder',
  hours: 'timer',
  courses: 'forløb',
  percent: 'andel',
  moves: 'trinskift',
};

export const OUTCOME_LABELS_DA: Record<OutcomeKind, string> = {
  education_started: 'Startet på uddannelse',
  apprenticeship: 'Læreplads',
  ordinary_job: 'Ordinært job',
  flex_job: 'Fleksjob',
  few_hour_job: 'Job med få timer',
};

export const PAYER_LABELS_DA: Record<Payer, string> = {
  project_funds: 'Projektmidler',
  municipality: 'Kommune',
  company: 'Virksomhed',
  job_centre: 'Jobcenter',
};
