import { numDa, numEn } from '../../youth-rules/messages.ts';
import { MONTHS_DA, MONTHS_EN } from '../../calendar/month-names.ts';

/**
 * Normalising free text for comparison, and the default Danish/English wording of explanations.
 * The UI should translate by `code` + `params`; these defaults make a result readable on its own
 * (API consumers, audit exports, logs).
 */

/** Skills and other free-text tags: case, surrounding and repeated spaces do not matter. */
export function textKey(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}

/**
 * Languages are free text in participant profiles ("dansk", "Arabic", "da"), so the common names
 * in Danish and English map to one ISO 639-1 code; anything else compares as normalised text.
 */
const LANGUAGE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  da: ['dansk', 'danish'],
  en: ['engelsk', 'english'],
  de: ['tysk', 'german'],
  ar: ['arabisk', 'arabic'],
  so: ['somali', 'somalisk'],
  tr: ['tyrkisk', 'turkish'],
  ur: ['urdu'],
  fa: ['persisk', 'farsi', 'persian', 'dari'],
  ps: ['pashto', 'pashtu'],
  ku: ['kurdisk', 'kurdish'],
  ti: ['tigrinya'],
  pl: ['polsk', 'polish'],
  uk: ['ukrainsk', 'ukrainian'],
  ru: ['russisk', 'russian'],
  ro: ['rumænsk', 'romanian'],
  es: ['spansk', 'spanish'],
  fr: ['fransk', 'french'],
  bs: ['bosnisk', 'bosnian'],
  sq: ['albansk', 'albanian'],
  ta: ['tamil'],
  vi: ['vietnamesisk', 'vietnamese'],
};
const LANGUAGE_CODE = new Map<string, string>(
  Object.entries(LANGUAGE_ALIASES).flatMap(([code, names]) => [[code, code] as const, ...names.map((n) => [n, code] as const)]),
);

export function languageKey(text: string): string {
  const key = textKey(text);
  return LANGUAGE_CODE.get(key) ?? key;
}

/** Default names of the work areas (the `work_areas` table holds the same; the UI uses its own). */
export const WORK_AREA_NAMES: Readonly<Record<string, readonly [string, string]>> = {
  carpentry: ['tømrer og snedker', 'carpentry and joinery'],
  construction: ['byggeri og anlæg', 'construction'],
  electrical: ['el og installation', 'electrical installation'],
  plumbing: ['VVS og blik', 'plumbing'],
  painting: ['maler', 'painting and decorating'],
  mechanics: ['auto og mekanik', 'vehicles and mechanics'],
  caretaking: ['ejendomsservice og vicevært', 'caretaking and property services'],
  logistics: ['lager og logistik', 'warehouse and logistics'],
  it: ['IT og digital support', 'IT and digital support'],
  retail: ['butik og detailhandel', 'retail'],
  office: ['kontor og administration', 'office and administration'],
  care: ['pleje og omsorg', 'care'],
  childcare: ['børn og pædagogik', 'childcare and pedagogy'],
  health: ['sundhed', 'health'],
  kitchen: ['køkken og madlavning', 'kitchen and cooking'],
  cleaning: ['rengøring og service', 'cleaning and service'],
  hospitality: ['hotel, café og events', 'hotels, cafés and events'],
  gardening: ['gartner og grønne områder', 'gardening and green spaces'],
};

export const EDUCATION_AREA_NAMES: Readonly<Record<string, readonly [string, string]>> = {
  care_health_pedagogy: ['omsorg, sundhed og pædagogik', 'care, health and pedagogy'],
  office_trade_business: ['kontor, handel og forretningsservice', 'office, trade and business services'],
  food_agriculture_hospitality: ['fødevarer, jordbrug og oplevelser', 'food, agriculture and hospitality'],
  technology_construction_transport: ['teknologi, byggeri og transport', 'technology, construction and transport'],
};

export const KIND_NAMES: Readonly<Record<string, readonly [string, string]>> = {
  pocket_money: ['lommepengejob', 'pocket-money job'],
  municipal_leisure: ['fritidsjob i kommunal institution', 'leisure job in a municipal institution'],
  private_leisure: ['fritidsjob i privat virksomhed', 'leisure job in a private company'],
  internship: ['praktik', 'internship'],
  apprenticeship: ['læreplads', 'apprenticeship'],
  ordinary_job: ['ordinært job', 'ordinary job'],
  flex_job: ['fleksjob', 'flex job'],
  few_hour_job: ['job med få timer', 'few-hours job'],
  training_track: ['opkvalificeringsforløb', 'training track'],
};

export const TRACK_NAMES: Readonly<Record<string, readonly [string, string]>> = {
  job: ['job', 'job'],
  apprenticeship_internship: ['læreplads/praktik', 'apprenticeship/internship'],
  flex_job: ['fleksjob', 'flex job'],
  few_hours_job: ['job med få timer', 'few-hours job'],
  training: ['opkvalificering', 'training'],
};

/** A code's default name in one language, or the code itself when unknown. */
export function nameOf(table: Readonly<Record<string, readonly [string, string]>>, code: string, lang: 'da' | 'en'): string {
  const names = table[code];
  return names ? names[lang === 'da' ? 0 : 1] : code;
}

/** 'a, b og c' / 'a, b and c'. */
export function listOf(items: readonly string[], lang: 'da' | 'en'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${lang === 'da' ? 'og' : 'and'} ${items[items.length - 1]}`;
}

/** Kilometres with one decimal: '3,2 km' / '3.2 km'. */
export function kmText(km: number, lang: 'da' | 'en'): string {
  const rounded = Math.round(km * 10) / 10;
  return `${lang === 'da' ? numDa(rounded) : numEn(rounded)} km`;
}

/** A 0–1 share as a whole percentage, as shown in evidence. */
export function percent(share: number): number {
  return Math.round(share * 100);
}

/** Rounds to 2 decimals, the precision of every reported score and number. */
export function round2(x: number): number {
  return Math.round((x + Number.EPSILON) * 100) / 100;
}

/** '2. marts 2026' / '2 March 2026'. */
export function dateText(date: string, lang: 'da' | 'en'): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return lang === 'da' ? `${d}. ${MONTHS_DA[m - 1]} ${y}` : `${d} ${MONTHS_EN[m - 1]} ${y}`;
}
