/**
 * The text of the placement documents, built as plain structured content from plain data: no I/O,
 * no clock (`today` is a parameter). The PDF renderer (pdf.ts) only lays this out, so what the
 * documents say is unit-tested here without parsing a PDF. Danish only: these are documents for
 * employees, employers and parents under Danish law.
 */

export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'fields'; rows: ReadonlyArray<{ label: string; value: string }> }
  | { kind: 'list'; items: readonly string[] }
  | { kind: 'signature'; lines: readonly string[] };

export interface DocumentContent {
  /** The PDF's title (shown by readers instead of the file name). */
  title: string;
  subject: string;
  /** Printed small at the top of every document: whose programme issued it. */
  issuedBy: string;
  blocks: Block[];
}

export interface Slot {
  weekday: number;
  start: string;
  end: string;
  breakMinutes: number;
}

export interface OpeningFlags {
  lightWorkOnly: boolean;
  machinesOrChemicals: boolean;
  riskAssessmentDoneOn: string | null;
  alcoholServed: boolean;
  liftingOver12kg: boolean;
  loneWork: boolean;
  moneyHandling: boolean;
  contactWithChildrenUnder15: boolean;
  childProtectionCertificate: boolean;
}

/** Everything the documents may say about one placement. Fields the caller may not see are null. */
export interface PlacementDocumentData {
  programme: string;
  today: string;
  employer: {
    name: string;
    cvr: string | null;
    workplaceName: string;
    workplaceAddress: string;
    postalCode: string;
    pNumber: string | null;
  };
  employee: {
    firstName: string;
    /** Null when the reader may not see it (an employer without a consent sharing contact details). */
    lastName: string | null;
    address: string | null;
    birthDate: string;
  };
  job: { title: string; tasks: string; kind: string };
  /** The agreement, or the opening's plan when nothing is agreed yet (parent letter only). */
  terms: {
    agreed: boolean;
    startsOn: string | null;
    endsOn: string | null;
    hoursPerWeek: number | null;
    weeklySchedule: readonly Slot[];
    wagePerHour: number | null;
    wagePayer: string | null;
    mentorName: string | null;
  };
  flags: OpeningFlags;
  adultStaffPresent: boolean;
  /** Not stored in Jobbro yet: null prints "none registered" and a line to fill in. */
  collectiveAgreement: string | null;
  probation: string | null;
  training: string | null;
  guardians: readonly string[];
  /** What was recorded when a guardian was informed of this job (guardians module). */
  notices: ReadonlyArray<{
    guardianName: string | null;
    risks: string;
    precautions: string;
    informedOn: string;
    cosignedOn: string | null;
  }>;
}

/**
 * ansættelsesbevisloven (lov nr. 1199 af 2023) does not cover employment averaging 3 hours a week
 * or less over a reference period of four weeks (the EU transparency directive's threshold).
 */
export const STATEMENT_HOURS_THRESHOLD = 3;

export function statementRequired(hoursPerWeek: number): boolean {
  return hoursPerWeek > STATEMENT_HOURS_THRESHOLD;
}

const WEEKDAYS = ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'];
const PAYERS: Record<string, string> = {
  company: 'arbejdsgiveren',
  project_funds: 'projektets midler (programmet)',
  municipality: 'kommunen',
  job_centre: 'jobcentret',
};
const ACT = 'lov om ansættelsesbeviser og visse arbejdsvilkår (ansættelsesbevisloven), lov nr. 1199 af 2023';
const YOUTH_ORDER = 'bekendtgørelse om unges arbejde (BEK nr. 239 af 6. april 2005 med senere ændringer)';
const TO_FILL = 'udfyldes af arbejdsgiveren: ____________________';

/** 2026-03-02 → 2. marts 2026 */
export function danishDate(iso: string): string {
  const months = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return `${d}. ${months[m! - 1]} ${y}`;
}

/** 65 → "65,00 kr."; 7.5 → "7,5" (hours) */
function kroner(n: number): string {
  return `${n.toFixed(2).replace('.', ',')} kr.`;
}
function number(n: number): string {
  return String(Math.round(n * 100) / 100).replace('.', ',');
}
function clock(t: string): string {
  return t.replace(':', '.');
}

/** "tirsdag kl. 15.00–17.00; lørdag kl. 10.00–14.00 (30 min. pause)" */
export function scheduleText(slots: readonly Slot[]): string {
  if (slots.length === 0) return 'Efter nærmere aftale';
  return [...slots]
    .sort((a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start))
    .map(
      (s) =>
        `${WEEKDAYS[s.weekday - 1] ?? s.weekday} kl. ${clock(s.start)}–${clock(s.end)}${s.breakMinutes > 0 ? ` (${s.breakMinutes} min. pause)` : ''}`,
    )
    .join('; ');
}

/** Hours per day in the schedule, e.g. "2 timer tirsdag, 4 timer lørdag". */
function dailyHours(slots: readonly Slot[]): string {
  if (slots.length === 0) return 'Efter nærmere aftale';
  const mins = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  return [...slots]
    .sort((a, b) => a.weekday - b.weekday)
    .map((s) => {
      let length = mins(s.end) - mins(s.start);
      if (length <= 0) length += 24 * 60;
      return `${number((length - s.breakMinutes) / 60)} timer ${WEEKDAYS[s.weekday - 1] ?? s.weekday}`;
    })
    .join(', ');
}

function employeeName(e: PlacementDocumentData['employee']): string {
  return e.lastName ? `${e.firstName} ${e.lastName}` : `${e.firstName} (efternavn ${TO_FILL})`;
}

function employerAddress(x: PlacementDocumentData['employer']): string {
  return `${x.workplaceAddress}, ${x.postalCode}`;
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

function isMinor(x: PlacementDocumentData): boolean {
  return ageOnDate(x.employee.birthDate, x.terms.startsOn && x.terms.startsOn > x.today ? x.terms.startsOn : x.today) < 18;
}

function ageOnDate(birthDate: string, date: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = date.split('-').map(Number);
  return y! - by! - (m! < bm! || (m === bm && d! < bd!) ? 1 : 0);
}

/** One risk of the job and what is done about it, from the opening's safety flags. */
export interface RiskLine {
  risk: string;
  precaution: string;
}

/** The opening's safety flags in words a parent can act on. */
export function risksOf(flags: OpeningFlags): RiskLine[] {
  const out: RiskLine[] = [];
  if (flags.machinesOrChemicals) {
    out.push({
      risk: 'Arbejdet omfatter maskiner eller kemiske produkter.',
      precaution: flags.riskAssessmentDoneOn
        ? `Arbejdspladsvurderingen (APV) af den unges opgaver blev lavet ${danishDate(flags.riskAssessmentDoneOn)}. Den unge bruger kun maskiner og stoffer, som unge må bruge, og får instruktion først.`
        : 'Arbejdspladsvurderingen (APV) af den unges opgaver er ikke registreret. Den unge bruger kun maskiner og stoffer, som unge må bruge, og får instruktion først.',
    });
  }
  if (flags.alcoholServed) {
    out.push({
      risk: 'Der serveres eller sælges alkohol på arbejdsstedet.',
      precaution: 'Den unge serverer eller sælger kun alkohol under opsyn af en voksen, når loven tillader det for den unges alder.',
    });
  }
  if (flags.liftingOver12kg) {
    out.push({
      risk: 'Arbejdet kan omfatte løft over 12 kg.',
      precaution: 'Den unge lærer korrekt løfteteknik, og tunge løft klares med hjælpemidler eller af flere sammen.',
    });
  }
  if (flags.loneWork) {
    out.push({
      risk: 'Den unge kan komme til at arbejde alene i perioder.',
      precaution: 'En voksen over 18 år fører tilsyn og kan altid kontaktes under arbejdet.',
    });
  }
  if (flags.moneyHandling) {
    out.push({
      risk: 'Arbejdet omfatter håndtering af penge (kasse).',
      precaution: 'Den unge står ikke alene med kassen og ved, hvad man gør ved røveri eller trusler.',
    });
  }
  if (flags.contactWithChildrenUnder15) {
    out.push({
      risk: 'Arbejdet indebærer kontakt med børn under 15 år.',
      precaution: flags.childProtectionCertificate
        ? 'Arbejdsgiveren indhenter børneattest, før ansættelsen begynder.'
        : 'Børneattest er ikke registreret som indhentet; arbejdsgiveren skal indhente den, før ansættelsen begynder.',
    });
  }
  return out;
}

/**
 * The letter informing the parents of someone under 18 of the job: what it is, its hours, its
 * risks and the precautions taken (the employer's duty to inform the parents of under-15s and of
 * pupils in compulsory school, in the executive order on young people's work). Risks come from
 * the opening's safety flags and from what was recorded when a guardian was informed.
 */
export function parentLetter(x: PlacementDocumentData): DocumentContent {
  const t = x.terms;
  const name = employeeName(x.employee);
  const salutation = x.guardians.length > 0 ? `Kære ${x.guardians.join(' og ')}` : 'Kære forældre';
  const risks = risksOf(x.flags);
  const general = [
    'Den unge får oplæring og instruktion i arbejdet, før arbejdet begynder.',
    x.adultStaffPresent
      ? 'En voksen medarbejder over 18 år er til stede, mens den unge arbejder.'
      : 'En voksen over 18 år fører tilsyn med den unges arbejde.',
    ...(x.flags.lightWorkOnly ? ['Den unge udfører kun lettere arbejde.'] : []),
    'Arbejdstiden overholder reglerne for unges arbejdstid og hviletid.',
  ];
  const blocks: Block[] = [
    { kind: 'title', text: 'Orientering til forældre om job' },
    { kind: 'paragraph', text: `${salutation}` },
    {
      kind: 'paragraph',
      text: `${name} skal arbejde som ${x.job.title.toLowerCase()} hos ${x.employer.name}. Som forælder eller værge til en ung under 18 år skal I orienteres om jobbet, dets arbejdstid, de mulige risici og hvad der er gjort for at den unge kan arbejde sikkert, jf. ${YOUTH_ORDER}.`,
    },
    { kind: 'heading', text: 'Jobbet' },
    {
      kind: 'fields',
      rows: [
        { label: 'Arbejdsgiver', value: x.employer.name },
        { label: 'Arbejdssted', value: `${x.employer.workplaceName}, ${employerAddress(x.employer)}` },
        { label: 'Stilling', value: x.job.title },
        { label: 'Arbejdsopgaver', value: x.job.tasks || x.job.title },
        ...(t.mentorName ? [{ label: 'Mentor', value: t.mentorName }] : []),
      ],
    },
    { kind: 'heading', text: 'Arbejdstid' },
    {
      kind: 'fields',
      rows: [
        {
          label: 'Periode',
          value: t.startsOn ? `${danishDate(t.startsOn)}${t.endsOn ? ` – ${danishDate(t.endsOn)}` : ''}` : 'Efter nærmere aftale',
        },
        {
          label: 'Timer om ugen',
          value: t.hoursPerWeek !== null ? `${number(t.hoursPerWeek)} timer i gennemsnit` : 'Efter nærmere aftale',
        },
        { label: 'Arbejdstider', value: scheduleText(t.weeklySchedule) },
        ...(t.agreed
          ? []
          : [{ label: 'Bemærk', value: 'Arbejdstiden er den planlagte for jobbet; den endelige aftale kan afvige inden for reglerne.' }]),
      ],
    },
    { kind: 'heading', text: 'Risici og forholdsregler' },
    ...(risks.length === 0
      ? [{ kind: 'paragraph' as const, text: 'Der er ikke registreret særlige risici ved arbejdet.' }]
      : [{ kind: 'list' as const, items: risks.map((r) => `${r.risk} ${r.precaution}`) }]),
    { kind: 'paragraph', text: 'Generelt:' },
    { kind: 'list', items: general },
    ...(x.notices.length > 0
      ? [
          { kind: 'heading' as const, text: 'Det, I allerede er orienteret om' },
          {
            kind: 'list' as const,
            items: x.notices.map(
              (n) =>
                `${danishDate(n.informedOn)}${n.guardianName ? ` (${n.guardianName})` : ''}: risici: ${n.risks || 'ingen angivet'}; forholdsregler: ${n.precautions || 'ingen angivet'}${n.cosignedOn ? `; medunderskrevet ${danishDate(n.cosignedOn)}` : ''}.`,
            ),
          },
        ]
      : []),
    {
      kind: 'paragraph',
      text: `Har I spørgsmål, er I velkomne til at kontakte arbejdsgiveren eller ${x.programme}. Udstedt ${danishDate(x.today)}.`,
    },
    { kind: 'signature', lines: ['Dato og underskrift, arbejdsgiver', 'Set og forstået: dato og underskrift, forælder/værge'] },
  ];
  return { title: `Orientering til forældre – ${x.job.title}`, subject: `Orientering om job for ${name}`, issuedBy: x.programme, blocks };
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
