/**
 * The text of the placement documents, built as plain structured content from plain data: no I/O,
 * no clock (`today` is a parameter). The PDF renderer (pdf.ts) only lays this out, so what the
 * documents say is unit-tested here without parsing a PDF. Danish only: these are documents for
 * employees, employers and parents under Danish law. This file holds the employment statement and
 * is the documents' entry point; the letter to parents is in parent-letter.ts, the shared wording in
 * danish-text.ts, the shapes in document-data.ts.
 */

import {
  PAYERS,
  ACT,
  TO_FILL,
  danishDate,
  kroner,
  number,
  scheduleText,
  dailyHours,
  employeeName,
  employerAddress,
} from './danish-text.ts';
import type { Block, DocumentContent, PlacementDocumentData } from './document-data.ts';
import { isMinor } from './parent-letter.ts';

export type { Block, DocumentContent, OpeningFlags, PlacementDocumentData, Slot } from './document-data.ts';
export { danishDate, scheduleText } from './danish-text.ts';
export { parentLetter, risksOf, type RiskLine } from './parent-letter.ts';

/**
 * ansættelsesbevisloven (lov nr. 1199 af 2023) does not cover employment averaging 3 hours a week
 * or less over a reference period of four weeks (the EU transparency directive's threshold).
 */
export const STATEMENT_HOURS_THRESHOLD = 3;

export function statementRequired(hoursPerWeek: number): boolean {
  return hoursPerWeek > STATEMENT_HOURS_THRESHOLD;
}

/**
 * The employment statement (ansættelsesbevis) with the particulars ansættelsesbevisloven
 * requires at the start of a fixed-term, hourly-paid job. Particulars Jobbro does not store
 * (collective agreement, probation, training) say so and leave a line for the employer.
 * Needs an agreed placement (the caller checks that `terms.agreed` holds).
 */
export function employmentStatement(x: PlacementDocumentData): DocumentContent {
  const t = x.terms;
  const hours = t.hoursPerWeek ?? 0;
  const blocks: Block[] = [
    { kind: 'title', text: 'Ansættelsesbevis' },
    { kind: 'paragraph', text: `Dette ansættelsesbevis oplyser om de væsentlige vilkår for ansættelsen, jf. ${ACT}.` },
    { kind: 'heading', text: 'Arbejdsgiver og medarbejder' },
    {
      kind: 'fields',
      rows: [
        { label: 'Arbejdsgiver', value: x.employer.name },
        { label: 'CVR-nummer', value: x.employer.cvr ?? TO_FILL },
        { label: 'Arbejdsgiverens adresse', value: employerAddress(x.employer) },
        { label: 'Medarbejder', value: employeeName(x.employee) },
        { label: 'Medarbejderens adresse', value: x.employee.address ?? TO_FILL },
      ],
    },
    { kind: 'heading', text: 'Arbejdet' },
    {
      kind: 'fields',
      rows: [
        {
          label: 'Arbejdssted',
          value: `${x.employer.workplaceName}, ${employerAddress(x.employer)}${x.employer.pNumber ? ` (P-nummer ${x.employer.pNumber})` : ''}`,
        },
        { label: 'Stilling', value: x.job.title },
        { label: 'Arbejdsopgaver', value: x.job.tasks || x.job.title },
        ...(t.mentorName ? [{ label: 'Mentor på arbejdspladsen', value: t.mentorName }] : []),
      ],
    },
    { kind: 'heading', text: 'Ansættelsens varighed' },
    {
      kind: 'fields',
      rows: [
        { label: 'Tiltrædelse', value: t.startsOn ? danishDate(t.startsOn) : TO_FILL },
        {
          label: 'Ansættelsens art',
          value: t.endsOn
            ? `Tidsbegrænset ansættelse. Ansættelsen ophører uden forudgående opsigelse den ${danishDate(t.endsOn)}.`
            : 'Tidsubestemt ansættelse',
        },
        { label: 'Prøvetid', value: x.probation ?? 'Ingen' },
      ],
    },
    { kind: 'heading', text: 'Arbejdstid' },
    {
      kind: 'fields',
      rows: [
        { label: 'Normal ugentlig arbejdstid', value: `${number(hours)} timer i gennemsnit` },
        { label: 'Normal daglig arbejdstid', value: dailyHours(t.weeklySchedule) },
        { label: 'Tilrettelæggelse', value: scheduleText(t.weeklySchedule) },
        {
          label: 'Ændringer',
          value:
            'Ændringer i arbejdstiden varsles i rimelig tid og aftales med medarbejderen. For unge under 18 år gælder arbejdsmiljølovens regler om unges arbejdstid.',
        },
      ],
    },
    { kind: 'heading', text: 'Løn' },
    {
      kind: 'fields',
      rows: [
        { label: 'Timeløn', value: t.wagePerHour !== null ? kroner(t.wagePerHour) : TO_FILL },
        { label: 'Lønnen betales af', value: t.wagePayer ? (PAYERS[t.wagePayer] ?? t.wagePayer) : 'arbejdsgiveren' },
        { label: 'Udbetaling', value: 'Månedsvis bagud til medarbejderens NemKonto, medmindre andet aftales skriftligt' },
        { label: 'Tillæg og andre ydelser', value: 'Efter gældende regler og eventuel overenskomst' },
      ],
    },
    { kind: 'heading', text: 'Ferie, opsigelse og andre vilkår' },
    {
      kind: 'fields',
      rows: [
        {
          label: 'Betalt ferie',
          value:
            'Medarbejderen har ret til ferie efter ferieloven (2,08 feriedage pr. måneds ansættelse). Timelønnede får feriegodtgørelse på 12,5 % af lønnen.',
        },
        {
          label: 'Opsigelse',
          value:
            'Opsigelsesvarsler og fremgangsmåde følger de regler, der gælder for ansættelsesforholdet (lov, overenskomst eller aftale).',
        },
        {
          label: 'Kollektiv overenskomst',
          value: x.collectiveAgreement ?? `Ingen registreret (hvis ansættelsen er omfattet af en overenskomst, ${TO_FILL})`,
        },
        { label: 'Uddannelse', value: x.training ?? 'Ingen ret til uddannelse ud over oplæring og instruktion i arbejdet' },
      ],
    },
    { kind: 'paragraph', text: `Forløbet er formidlet af ${x.programme}. Udstedt ${danishDate(x.today)}.` },
    {
      kind: 'signature',
      lines: [
        'Dato og underskrift, arbejdsgiver',
        'Dato og underskrift, medarbejder',
        ...(isMinor(x) ? ['Dato og underskrift, forælder/værge (medarbejderen er under 18 år)'] : []),
      ],
    },
  ];
  return {
    title: `Ansættelsesbevis – ${x.job.title}`,
    subject: `Ansættelsesbevis for ${employeeName(x.employee)}`,
    issuedBy: x.programme,
    blocks,
  };
}

/** Every text in the content, in order (for tests and for checking what a PDF must contain). */
export function plainText(c: DocumentContent): string {
  return [
    c.issuedBy,
    ...c.blocks.flatMap((b) => {
      switch (b.kind) {
        case 'fields':
          return b.rows.flatMap((r) => [r.label, r.value]);
        case 'list':
          return [...b.items];
        case 'signature':
          return [...b.lines];
        default:
          return [b.text];
      }
    }),
  ].join('\n');
}
