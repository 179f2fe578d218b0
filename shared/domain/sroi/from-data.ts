import { KIND_NAMES, type SroiAssumption } from './assumptions.ts';
import type { DerivedOutcome } from './outcomes.ts';
import { sourceText, type SroiParameters } from './parameters.ts';
import type { SroiInput } from './schema.ts';

/**
 * Joins a saved parameter set with the outcomes counted from the data into the calculator's input.
 * Year 0 is the period's first year; costs count for the years of the period only (the outcomes of
 * other years are not counted either). Placement time is an observed person-year, so it lasts one
 * year and is not dropped off; an end outcome lasts the set's `effectYears` for its kind.
 */
export function buildSroiInput(p: SroiParameters, outcomes: readonly DerivedOutcome[], from: string, to: string): SroiInput {
  const baseYear = Number(from.slice(0, 4));
  const lastYear = Number(to.slice(0, 4));
  return {
    baseYear,
    horizonYears: p.horizonYears,
    discountRate: p.discountRate,
    deadweight: p.deadweight,
    attribution: p.attribution,
    dropOff: p.dropOff,
    costs: p.costs.filter((c) => c.year >= baseYear && c.year <= lastYear).map((c) => ({ year: c.year, amount: c.amount })),
    outcomes: outcomes
      .filter((o) => o.people > 0)
      .map((o) => ({
        kind: o.kind,
        people: o.people,
        startYear: o.year,
        durationYears: o.source === 'placement-time' ? 1 : p.effectYears[o.kind],
      })),
    values: p.values.map((v) => ({
      kind: v.kind,
      fromYear: v.fromYear,
      ...(v.toYear === null ? {} : { toYear: v.toYear }),
      savedBenefitsPerYear: v.savedBenefitsPerYear,
      extraTaxPerYear: v.extraTaxPerYear,
    })),
  };
}

/** The period must fit in the horizon, or outcomes in its last years would fall outside the analysis. */
export function periodFitsHorizon(p: SroiParameters, from: string, to: string): boolean {
  return Number(to.slice(0, 4)) - Number(from.slice(0, 4)) + 1 <= p.horizonYears;
}

/** Assumptions that come from using the programme's data and a saved set, listed beside the model's own. */
export function dataAssumptions(p: SroiParameters, from: string, to: string): SroiAssumption[] {
  const list: SroiAssumption[] = [
    {
      key: 'data.outcomes',
      da: `Resultaterne tælles fra programmets egne forløb ${from}–${to}: tid i arbejde er forløb i job eller læreplads, der nåede "aktiv", målt i personår fra start til slut (eller i dag), efter jobtype; praktik og træningsforløb værdisættes ikke. Uddannelse, lærlingeplads og ordinært job er udfaldet ved forløbets afslutning, én gang pr. person, efter samme regler som programmets nøgletal.`,
      en: `Outcomes are counted from the programme's own placements ${from}–${to}: time in work is placements in jobs or apprenticeships that reached "active", in person-years from start to end (or today), by kind of opening; internships and training tracks are not valued. Education, apprenticeship and ordinary job are the outcome recorded when a placement ended, once per person, by the same rules as the programme's key figures.`,
    },
    {
      key: 'data.effect-years',
      da: `Et udfald ved afslutningen antages at vare: job ${p.effectYears.job} år, uddannelse ${p.effectYears.education} år, lærlingeplads ${p.effectYears.apprenticeship} år, fleksjob ${p.effectYears['flex-job']} år, job med få timer ${p.effectYears['few-hour-job']} år. Data følger ikke personen efter forløbet, så det er et skøn.`,
      en: `An outcome at the end is assumed to last: job ${p.effectYears.job} years, education ${p.effectYears.education}, apprenticeship ${p.effectYears.apprenticeship}, flex job ${p.effectYears['flex-job']}, few-hours job ${p.effectYears['few-hour-job']}. The data does not follow the person after the placement, so this is an estimate.`,
    },
  ];
  const examples = p.values.filter((v) => v.example);
  if (examples.length > 0) {
    list.push({
      key: 'data.examples',
      da: `${examples.length} af værdierne er eksempler, ikke officielle tal; resultatet er kun vejledende, til de er erstattet.`,
      en: `${examples.length} of the values are examples, not official figures; the result is only indicative until they are replaced.`,
    });
  }
  p.values.forEach((v, j) =>
    list.push({
      key: `source.${j}`,
      da: `Kilde til værdi ${j + 1} (${KIND_NAMES[v.kind].da}): ${sourceText(v.source, 'da')}`,
      en: `Source of value ${j + 1} (${KIND_NAMES[v.kind].en}): ${sourceText(v.source, 'en')}`,
    }),
  );
  return list;
}
