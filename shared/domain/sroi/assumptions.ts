import type { OutcomeKind, SroiParams } from './schema.ts';

/**
 * Human-readable statements of every assumption behind a result, in Danish and English, so the UI
 * can show them next to the figures. A social-return ratio without its assumptions invites
 * misreading, so this list is part of the result rather than a UI concern. The texts are built from
 * the input's own numbers; the i18n catalogues cannot hold them because they are data-dependent.
 */

export type SroiAssumption = {
  /** Stable identifier, e.g. 'deadweight' or 'outcome.2', for keys and tests. */
  key: string;
  da: string;
  en: string;
};

/** What an outcome kind is called in running text, so no code ("flex-job") reaches a reader. */
export const KIND_NAMES = {
  job: { da: 'ordinært job', en: 'a job' },
  education: { da: 'uddannelse', en: 'education' },
  apprenticeship: { da: 'lærlinge- eller elevplads', en: 'an apprenticeship' },
  'flex-job': { da: 'fleksjob', en: 'a flex job' },
  'few-hour-job': { da: 'job med få timer', en: 'a job with few hours' },
} as const satisfies Record<OutcomeKind, { da: string; en: string }>;

const daNumber = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 2 });
const enNumber = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const daKroner = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 });
const enKroner = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

const kr = (amount: number) => ({ da: `${daKroner.format(amount)} kr.`, en: `DKK ${enKroner.format(amount)}` });
const pct = (share: number) => ({ da: `${daNumber.format(share * 100)} %`, en: `${enNumber.format(share * 100)}%` });
const pp = (share: number) => {
  const en = enNumber.format(share * 100);
  return { da: `${daNumber.format(share * 100)} procentpoint`, en: `${en} percentage point${en === '1' ? '' : 's'}` };
};
const span = (from: number, to: number | undefined) =>
  to === undefined
    ? { da: `${from} og frem`, en: `${from} onwards` }
    : from === to
      ? { da: `${from}`, en: `${from}` }
      : { da: `${from}–${to}`, en: `${from}–${to}` };
const years = (n: number) => ({ da: `${n} år`, en: n === 1 ? '1 year' : `${n} years` });

export function describeAssumptions(params: SroiParams): SroiAssumption[] {
  const endYear = params.baseYear + params.horizonYears - 1;
  const horizon = years(params.horizonYears);
  const period = span(params.baseYear, endYear);
  const rate = pct(params.discountRate);
  const list: SroiAssumption[] = [
    {
      key: 'scope',
      da: 'Kun offentlige budgetvirkninger tælles med: sparede overførselsindkomster og ekstra skatteindtægter (i stil med Den Socioøkonomiske Investeringsmodel, SØM). Gevinster for den enkelte, fx helbred og trivsel, er ikke regnet med.',
      en: 'Only public-budget effects are counted: saved transfer payments and extra tax revenue (in the spirit of the Danish socio-economic investment model, SØM). Gains for the individual, such as health and well-being, are not included.',
    },
    {
      key: 'prices',
      da: 'Alle beløb er i faste priser; der er ikke regnet med pris- eller lønudvikling.',
      en: 'All amounts are in fixed prices; no price or wage growth is assumed.',
    },
    {
      key: 'period',
      da: `Beregningsperioden er ${horizon.da} (${period.da}). Effekter efter ${endYear} tælles ikke med.`,
      en: `The analysis period is ${horizon.en} (${period.en}). Effects after ${endYear} are not counted.`,
    },
    {
      key: 'discount-rate',
      da: `Diskonteringsrente: ${rate.da} om året. Alle beløb tilbagediskonteres til ${params.baseYear}: et beløb t år senere vægtes med 1/(1 + ${rate.da})^t.`,
      en: `Discount rate: ${rate.en} a year. All amounts are discounted to ${params.baseYear}: an amount t years later is weighted by 1/(1 + ${rate.en})^t.`,
    },
    costsAssumption(params),
  ];

  if (params.outcomes.length === 0) {
    list.push({
      key: 'outcomes',
      da: 'Der er ikke angivet nogen resultater, så gevinsten er 0 kr.',
      en: 'No outcomes are given, so the benefit is DKK 0.',
    });
  }
  params.outcomes.forEach((outcome, i) => {
    const people = { da: daNumber.format(outcome.people), en: enNumber.format(outcome.people) };
    const name = KIND_NAMES[outcome.kind];
    const duration = years(outcome.durationYears);
    list.push({
      key: `outcome.${i}`,
      da: `${people.da} ${outcome.people === 1 ? 'person' : 'personer'} i ${name.da} fra ${outcome.startYear}, med effekt i op til ${duration.da}.`,
      en: `${people.en} ${outcome.people === 1 ? 'person' : 'people'} in ${name.en} from ${outcome.startYear}, with an effect lasting up to ${duration.en}.`,
    });
  });

  params.values.forEach((value, j) => {
    const name = KIND_NAMES[value.kind];
    const when = span(value.fromYear, value.toYear);
    const saved = kr(value.savedBenefitsPerYear);
    const tax = kr(value.extraTaxPerYear);
    const total = kr(value.savedBenefitsPerYear + value.extraTaxPerYear);
    list.push({
      key: `value.${j}`,
      da: `Værdi pr. person pr. år ved ${name.da}, ${when.da}: sparede ydelser ${saved.da} + ekstra skat ${tax.da} = ${total.da}.`,
      en: `Value per person per year for ${name.en}, ${when.en}: saved benefits ${saved.en} + extra tax ${tax.en} = ${total.en}.`,
    });
  });

  const deadweight = pct(params.deadweight);
  const attribution = pct(params.attribution);
  const dropOff = pct(params.dropOff);
  const deltas = params.sensitivity;
  list.push(
    {
      key: 'deadweight',
      da: `Dødvægt: ${deadweight.da}. Så stor en andel af resultaterne antages at ville være sket alligevel, uden indsatsen.`,
      en: `Deadweight: ${deadweight.en}. This share of the outcomes is assumed to have happened anyway, without the programme.`,
    },
    {
      key: 'attribution',
      da: `Tilskrivning: ${attribution.da}. Så stor en andel af de resterende resultater tilskrives indsatsen; resten skyldes andre.`,
      en: `Attribution: ${attribution.en}. This share of the remaining outcomes is credited to the programme; the rest is due to others.`,
    },
    {
      key: 'drop-off',
      da: `Aftagende effekt: ${dropOff.da} om året. Fra et resultats andet år regnes effekten ${dropOff.da} mindre for hvert år, der går.`,
      en: `Drop-off: ${dropOff.en} a year. From an outcome's second year, its effect is taken as ${dropOff.en} smaller for every year that passes.`,
    },
    {
      key: 'sensitivity',
      da: `Følsomhed: lav og høj er det laveste og højeste resultat, når dødvægt (±${pp(deltas.deadweight).da}), tilskrivning (±${pp(deltas.attribution).da}) og aftagende effekt (±${pp(deltas.dropOff).da}) holdes inden for 0–100 %, og diskonteringsrenten (±${pp(deltas.discountRate).da}) ikke går under 0 %, i alle kombinationer.`,
      en: `Sensitivity: low and high are the lowest and highest results when deadweight (±${pp(deltas.deadweight).en}), attribution (±${pp(deltas.attribution).en}) and drop-off (±${pp(deltas.dropOff).en}) are kept within 0–100%, and the discount rate (±${pp(deltas.discountRate).en}) does not go below 0%, in all combinations.`,
    },
  );
  return list;
}

function costsAssumption(params: SroiParams): SroiAssumption {
  const total = params.costs.reduce((sum, c) => sum + c.amount, 0);
  if (total === 0) {
    return {
      key: 'costs',
      da: 'Der er ikke angivet omkostninger, så afkastet pr. krone kan ikke beregnes.',
      en: 'No costs are given, so the return per krone cannot be calculated.',
    };
  }
  const costYears = params.costs.filter((c) => c.amount > 0).map((c) => c.year);
  const when = span(Math.min(...costYears), Math.max(...costYears));
  const amount = kr(total);
  return {
    key: 'costs',
    da: `Indsatsens omkostninger: ${amount.da} i alt (før tilbagediskontering) i ${when.da}. Hvert års omkostninger diskonteres fra det år, de afholdes.`,
    en: `Programme costs: ${amount.en} in total (before discounting) in ${when.en}. Each year's costs are discounted from the year they are incurred.`,
  };
}
