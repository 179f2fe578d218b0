/**
 * The codebook of the pseudonymised evaluation dataset: every table and column an evaluator
 * receives, defined once. The export picks exactly these columns (so a new database column can
 * never leak into it), ships the codebook as a "Kodebog" sheet, and docs/evaluation-codebook.md is
 * generated from it (a test checks they agree). No names, contacts, CPR numbers, addresses or free
 * text: only codes, dates, counts and a pseudonym.
 */
import { ACTIVITY_KINDS } from '../activities/funnel.ts';
import { OPENING_KINDS } from '../employers/openings.ts';

export type ColumnType = 'pseudonym' | 'code' | 'integer' | 'number' | 'date' | 'month';

export type CodebookColumn = {
  name: string;
  type: ColumnType;
  da: string;
  en: string;
  /** The codes a `code` column may hold (null is always allowed where `nullable`). */
  allowed?: readonly string[];
  nullable?: boolean;
};

export type CodebookTable = {
  name: EvaluationTable;
  /** Sheet name in the Excel workbook (Danish, ≤ 31 characters). */
  sheet: string;
  da: string;
  en: string;
  columns: readonly CodebookColumn[];
};

export const EVALUATION_TABLES = ['participants', 'placements', 'hours', 'activities'] as const;
export type EvaluationTable = (typeof EVALUATION_TABLES)[number];

const pseudonym: CodebookColumn = {
  name: 'pseudonym',
  type: 'pseudonym',
  da: 'Pseudonym for deltageren. Det samme for samme nøgle ved hver download; kan ikke kobles på tværs af nøgler.',
  en: 'Pseudonym of the participant. The same for the same key on every download; cannot be linked across keys.',
};

export const PLACEMENT_STATUSES_EXPORTED = [
  'proposed',
  'interview',
  'offered',
  'agreed',
  'active',
  'completed',
  'ended_early',
  'declined',
] as const;

export const CODEBOOK: readonly CodebookTable[] = [
  {
    name: 'participants',
    sheet: 'Deltagere',
    da: 'Én række pr. deltager med et gældende samtykke til evaluering.',
    en: 'One row per participant with an evaluation consent in force.',
    columns: [
      pseudonym,
      {
        name: 'kind',
        type: 'code',
        da: 'Målgruppe: ung (13–18) eller voksen.',
        en: 'Target group: youth (13–18) or adult.',
        allowed: ['youth', 'adult'],
      },
      { name: 'birth_year', type: 'integer', da: 'Fødselsår (ikke fødselsdato).', en: 'Year of birth (not the date).' },
      {
        name: 'site_code',
        type: 'code',
        da: 'Boligområde: S1, S2, … i den rækkefølge, programmets områder blev oprettet.',
        en: 'Housing area: S1, S2, … in the order the programme’s sites were created.',
      },
      {
        name: 'step',
        type: 'integer',
        da: 'Unges trin på jobstigen (1–4); tom for voksne.',
        en: 'Youth step on the job ladder (1–4); empty for adults.',
        nullable: true,
      },
      {
        name: 'track',
        type: 'code',
        da: 'Voksnes spor; tomt for unge.',
        en: 'Adult track; empty for youth.',
        allowed: ['job', 'apprenticeship_internship', 'flex_job', 'few_hours_job', 'training'],
        nullable: true,
      },
      {
        name: 'status',
        type: 'code',
        da: 'Deltagerens status i programmet.',
        en: 'The participant’s status in the programme.',
        allowed: ['active', 'paused', 'completed', 'withdrawn'],
      },
    ],
  },
  {
    name: 'placements',
    sheet: 'Forløb',
    da: 'Én række pr. forløb (en deltager i ét job-opslag).',
    en: 'One row per placement (one participant in one opening).',
    columns: [
      pseudonym,
      { name: 'opening_kind', type: 'code', da: 'Jobtype.', en: 'Kind of job.', allowed: OPENING_KINDS },
      {
        name: 'step',
        type: 'integer',
        da: 'Deltagerens trin på jobstigen ved forløbets start (unge); tom for voksne.',
        en: 'The participant’s ladder step at the placement’s start (youth); empty for adults.',
        nullable: true,
      },
      { name: 'starts_on', type: 'date', da: 'Aftalt startdato.', en: 'Agreed start date.', nullable: true },
      { name: 'ends_on', type: 'date', da: 'Aftalt slutdato.', en: 'Agreed end date.', nullable: true },
      {
        name: 'ended_on',
        type: 'date',
        da: 'Faktisk slutdato (afsluttet eller stoppet før tid).',
        en: 'Actual end date (completed or ended early).',
        nullable: true,
      },
      { name: 'status', type: 'code', da: 'Forløbets status.', en: 'The placement’s status.', allowed: PLACEMENT_STATUSES_EXPORTED },
      {
        name: 'outcome',
        type: 'code',
        da: 'Udfald ved afslutning.',
        en: 'Outcome at completion.',
        allowed: ['stayed_in_job', 'next_step', 'started_education', 'apprenticeship_agreement', 'ordinary_job', 'nothing_yet'],
        nullable: true,
      },
      {
        name: 'end_reason',
        type: 'code',
        da: 'Årsag, hvis forløbet stoppede før tid.',
        en: 'Reason, if the placement ended early.',
        allowed: ['participant_stopped', 'dismissed', 'moved', 'started_education', 'got_other_job', 'other'],
        nullable: true,
      },
      { name: 'hours_per_week', type: 'number', da: 'Aftalte timer pr. uge.', en: 'Agreed hours per week.', nullable: true },
      {
        name: 'payer',
        type: 'code',
        da: 'Hvem betaler lønnen.',
        en: 'Who pays the wage.',
        allowed: ['project_funds', 'municipality', 'company', 'job_centre'],
        nullable: true,
      },
    ],
  },
  {
    name: 'hours',
    sheet: 'Timer',
    da: 'Godkendte arbejdstimer pr. deltager og måned (rettelser talt i stedet for det, de retter).',
    en: 'Approved working hours per participant and month (corrections counted in place of what they correct).',
    columns: [
      pseudonym,
      { name: 'month', type: 'month', da: 'Måned (ÅÅÅÅ-MM).', en: 'Month (YYYY-MM).' },
      {
        name: 'approved_hours',
        type: 'number',
        da: 'Godkendte timer i måneden, med to decimaler.',
        en: 'Approved hours in the month, two decimals.',
      },
    ],
  },
  {
    name: 'activities',
    sheet: 'Aktiviteter',
    da: 'Fremmøde pr. deltager og aktivitetstype.',
    en: 'Attendance per participant and kind of activity.',
    columns: [
      pseudonym,
      { name: 'activity_kind', type: 'code', da: 'Aktivitetstype.', en: 'Kind of activity.', allowed: ACTIVITY_KINDS },
      { name: 'sessions_attended', type: 'integer', da: 'Antal mødegange med fremmøde.', en: 'Number of sessions attended.' },
    ],
  },
];

export function codebookTable(name: EvaluationTable): CodebookTable {
  return CODEBOOK.find((t) => t.name === name)!;
}

/** One value of a dataset cell: codes and dates as text, counts as numbers. */
export type Cell = string | number | null;
export type DatasetRow = Record<string, Cell>;

/** The markdown of docs/evaluation-codebook.md, generated so the document cannot drift from the code. */
export function renderCodebookMarkdown(): string {
  const out = [
    '# Evaluation dataset codebook',
    '',
    'Generated from `shared/domain/evaluation/codebook.ts` (a test checks this file matches it). The same',
    'codebook is the "Kodebog" sheet of every Excel download. Only participants with an `evaluation` consent',
    'in force are included; pseudonyms are an HMAC of the participant id with the export key’s secret.',
    '',
  ];
  for (const t of CODEBOOK) {
    out.push(
      `## \`${t.name}\` (sheet "${t.sheet}")`,
      '',
      `${t.en}`,
      '',
      `${t.da}`,
      '',
      '| Column | Type | Meaning | Allowed values |',
      '|---|---|---|---|',
    );
    for (const c of t.columns) {
      const allowed = [...(c.allowed ?? []).map((a) => `\`${a}\``), ...(c.nullable ? ['empty'] : [])].join(', ') || '—';
      out.push(`| \`${c.name}\` | ${c.type} | ${c.en} / ${c.da} | ${allowed} |`);
    }
    out.push('');
  }
  return out.join('\n');
}
