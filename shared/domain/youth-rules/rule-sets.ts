import type { Citation, RuleCode, RuleSet, SectorException, OpeningRefusalCode } from './types.ts';

/**
 * Dated configuration of the Danish young-worker rules. Every limit the engine enforces lives here,
 * with the period it was in force and its legal source, because the rules were amended in 2025 and
 * a schedule must be judged by the version in force on each shift's date. To add a version, close
 * the current one (`validTo`) and append a new entry; the periods must be contiguous and must not
 * overlap (a test checks this).
 *
 * Sector exceptions: a shift that carries a `sector` listed in an exception, worked by a person whose
 * category on the shift date is in the exception's `categories`, is judged against the widened window
 * (earlier `earliestStart` and/or later `latestEnd`) instead of the ordinary one. They never change
 * the hour, rest or break limits. Openings are checked without exceptions, as their sector is not
 * known.
 */

const AML = 'arbejdsmiljøloven';
const WEA = 'Working Environment Act';
const BEK = 'BEK om unges arbejde';
const EO = "Executive Order on young people's work";

function cite(section: string, sectionEn: string): Citation {
  return { da: `${AML} ${section}, og ${BEK}`, en: `${WEA} ${sectionEn}, and the ${EO}` };
}

const BASE_CITATIONS: Readonly<Record<RuleCode, Citation>> = {
  'min-age': cite('§ 60', 's. 60'),
  'school-day-hours': cite('§ 61, stk. 2', 's. 61(2)'),
  'non-school-day-hours': cite('§ 61, stk. 2', 's. 61(2)'),
  'school-week-hours': cite('§ 61, stk. 2', 's. 61(2)'),
  'non-school-week-hours': cite('§ 61, stk. 2', 's. 61(2)'),
  'daily-hours': cite('§ 61, stk. 1', 's. 61(1)'),
  'weekly-hours': cite('§ 61, stk. 1', 's. 61(1)'),
  'night-work': cite('§ 61, stk. 4', 's. 61(4)'),
  'daily-rest': cite('§ 62, stk. 1', 's. 62(1)'),
  'weekly-rest': cite('§ 62, stk. 2', 's. 62(2)'),
  break: cite('§ 61, stk. 3', 's. 61(3)'),
};

function bek(topic: string, topicEn: string): Citation {
  return { da: `${BEK}, ${topic}`, en: `${EO}, ${topicEn}` };
}

const BASE_OPENING_CITATIONS: Readonly<Record<OpeningRefusalCode, Citation>> = {
  'min-age-below-13': cite('§ 60', 's. 60'),
  'light-work-required': bek('lettere arbejde for 13–14-årige', 'light work for 13–14-year-olds'),
  'night-work': cite('§ 61, stk. 4', 's. 61(4)'),
  'daily-hours': cite('§ 61, stk. 2', 's. 61(2)'),
  'weekly-hours': cite('§ 61, stk. 2', 's. 61(2)'),
  'missing-break': cite('§ 61, stk. 3', 's. 61(3)'),
  'alcohol-under-15': bek('servering kun hvor der ikke serveres alkohol', 'serving only where no alcohol is served'),
  'heavy-lifting-under-15': bek('løft af byrder over 12 kg', 'lifting loads over 12 kg'),
  'machines-under-15': bek('ingen maskiner for 13–14-årige før 2025', 'no machines for 13–14-year-olds before 2025'),
  'machines-without-risk-assessment': {
    da: `${AML} § 15 a (arbejdspladsvurdering) og ${BEK}`,
    en: `${WEA} s. 15a (workplace risk assessment) and the ${EO}`,
  },
  'lone-work-under-15': bek('effektivt tilsyn med unges arbejde', "effective supervision of young people's work"),
  'lone-evening-shop-work': bek('alenearbejde i butikker, kiosker o.l.', 'working alone in shops, kiosks and the like'),
  'child-certificate-required': {
    da: 'bekendtgørelse om indhentelse af børneattest',
    en: 'Executive Order on obtaining child protection certificates',
  },
};

const LEGAL_BASIS_ACT =
  'Lov om arbejdsmiljø (arbejdsmiljøloven), kapitel 10 om unge under 18 år, §§ 60–62, jf. LBK nr 2062 af 16/11/2021 med senere ændringer';
const LEGAL_BASIS_BEK = 'Bekendtgørelse om unges arbejde, BEK nr 239 af 06/04/2005 med senere ændringer';

const SECTOR_SOURCE = `${BEK}: undtagelser fra tidsrummet kl. 20–6 for unge over 15 år, der ikke er undervisningspligtige`;

const SECTOR_EXCEPTIONS: readonly SectorException[] = [
  {
    id: 'retail-office-until-22',
    sectors: ['retail', 'office', 'service-station'],
    description: {
      da: 'Kontorer, butikker og servicestationer: arbejde til kl. 22',
      en: 'Offices, shops and service stations: work until 22:00',
    },
    categories: ['young-15-17'],
    latestEnd: '22:00',
    source: SECTOR_SOURCE,
  },
  {
    id: 'hospitality-culture-until-24',
    sectors: ['hospitality', 'culture'],
    description: {
      da: 'Hoteller, restauranter, grillbarer, teatre, biografer og koncertsteder: arbejde til kl. 24',
      en: 'Hotels, restaurants, grill bars, theatres, cinemas and concert venues: work until midnight',
    },
    categories: ['young-15-17'],
    latestEnd: '24:00',
    source: SECTOR_SOURCE,
  },
  {
    id: 'bakery-stable-from-04',
    sectors: ['bakery', 'agriculture-stable'],
    description: {
      da: 'Bagerier og staldarbejde i landbruget: arbejde fra kl. 4',
      en: 'Bakeries and stable work in agriculture: work from 04:00',
    },
    categories: ['young-15-17'],
    earliestStart: '04:00',
    source: SECTOR_SOURCE,
  },
  {
    id: 'newspaper-delivery-from-05',
    sectors: ['newspaper-delivery'],
    description: { da: 'Udbringning af dagblade: arbejde fra kl. 5', en: 'Newspaper delivery: work from 05:00' },
    categories: ['young-15-17'],
    earliestStart: '05:00',
    source: SECTOR_SOURCE,
  },
];

const DAY_WINDOW = { start: '06:00', end: '20:00' } as const;

const BASE: Omit<RuleSet, 'id' | 'validFrom' | 'validTo' | 'summary' | 'legalBasis'> = {
  minAge: 13,
  hours: {
    schoolDay: 2,
    nonSchoolDay: { child: 7, 'pupil-15-17': 8 },
    schoolWeek: 12,
    nonSchoolWeek: { child: 35, 'pupil-15-17': 40 },
    youngDaily: 8,
    youngWeekly: 40,
  },
  nightWindows: {
    child: { default: DAY_WINDOW },
    'pupil-15-17': { default: DAY_WINDOW },
    'young-15-17': { default: DAY_WINDOW },
  },
  dailyRestHours: { child: 14, 'pupil-15-17': 14, 'young-15-17': 12 },
  weeklyRest: { consecutiveDaysOff: 2 },
  breaks: { afterWorkMinutes: 270, minBreakMinutes: 30 },
  sectorExceptions: SECTOR_EXCEPTIONS,
  opening: {
    lightWorkBelowAge: 15,
    machinesBelow15: 'forbidden',
    riskAssessmentValidYears: 3,
    aloneInShopUntilWeekday: '18:00',
    aloneInShopUntilWeekend: '14:00',
  },
  citations: BASE_CITATIONS,
  openingCitations: BASE_OPENING_CITATIONS,
};

/** All versions, oldest first. */
export const RULE_SETS: readonly RuleSet[] = [
  {
    ...BASE,
    id: 'dk-2005',
    validFrom: '2005-04-16',
    validTo: '2024-12-31',
    summary:
      'Original rules: work 06–20 for all under-18s (sector exceptions for 15–17-year-olds out of school); no machines for 13–14-year-olds.',
    legalBasis: [LEGAL_BASIS_ACT, LEGAL_BASIS_BEK],
  },
  {
    ...BASE,
    id: 'dk-2025-01',
    validFrom: '2025-01-01',
    validTo: '2025-06-30',
    summary:
      'Relaxation of 1 January 2025: more tasks for 13–14-year-olds, who may now use harmless machines and more substances after a risk assessment. Working-time limits unchanged.',
    legalBasis: [LEGAL_BASIS_ACT, `${LEGAL_BASIS_BEK}, som ændret med virkning fra 1. januar 2025`],
    opening: { ...BASE.opening, machinesBelow15: 'with-risk-assessment' },
  },
  {
    ...BASE,
    id: 'dk-2025-07',
    validFrom: '2025-07-01',
    validTo: null,
    summary:
      'Evening widening of 1 July 2025: 15–17-year-olds out of compulsory school may work 06–22, or 07–23 where agreed (the two windows of Council Directive 94/33/EC art. 9(1)(b)). Under-15s and pupils keep 06–20.',
    legalBasis: [
      LEGAL_BASIS_ACT,
      `${LEGAL_BASIS_BEK}, som ændret med virkning fra 1. juli 2025`,
      'Rådets direktiv 94/33/EF om beskyttelse af unge på arbejdspladsen, art. 9, stk. 1, litra b',
    ],
    opening: { ...BASE.opening, machinesBelow15: 'with-risk-assessment' },
    nightWindows: {
      ...BASE.nightWindows,
      'young-15-17': { default: { start: '06:00', end: '22:00' }, alternative: { start: '07:00', end: '23:00' } },
    },
    citations: {
      ...BASE_CITATIONS,
      'night-work': {
        da: `${AML} § 61, stk. 4–5, og ${BEK} som ændret 1. juli 2025`,
        en: `${WEA} s. 61(4)–(5), and the ${EO} as amended on 1 July 2025`,
      },
    },
  },
];

/**
 * The rule set in force on `date` ('YYYY-MM-DD'). Throws a RangeError before the first version, so
 * a schedule is never judged by rules that did not exist.
 */
export function ruleSetOn(date: string, ruleSets: readonly RuleSet[] = RULE_SETS): RuleSet {
  const found = ruleSets.find((r) => r.validFrom <= date && (r.validTo === null || date <= r.validTo));
  if (!found) throw new RangeError(`No young-worker rule set is in force on ${date}`);
  return found;
}
