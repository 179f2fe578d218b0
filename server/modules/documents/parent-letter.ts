import { YOUTH_ORDER, danishDate, number, scheduleText, employeeName, employerAddress } from './danish-text.ts';
import type { Block, DocumentContent, OpeningFlags, PlacementDocumentData } from './document-data.ts';

/** Under 18 on the start date (or today, once started): minors' documents involve their parents. */
export function isMinor(x: PlacementDocumentData): boolean {
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
