import { findValue } from './schema.ts';
import type { SroiParams } from './schema.ts';

/**
 * The year-by-year arithmetic. For an outcome that started `k` years ago (k = 0 in its first year),
 * its contribution in year y is
 *
 *   people × (1 − deadweight) × attribution × (1 − dropOff)^k × (savedBenefits(y) + extraTax(y))
 *
 * and every amount in year y is weighted by 1 / (1 + discountRate)^(y − baseYear).
 */

/** The four assumptions the sensitivity analysis moves; everything else is fixed input. */
export type ModelAssumptions = {
  deadweight: number;
  attribution: number;
  dropOff: number;
  discountRate: number;
};

export type SroiYear = {
  year: number;
  discountFactor: number;
  costs: number;
  /** People counted after deadweight, attribution and drop-off (may be fractional). */
  netPeople: number;
  savedBenefits: number;
  extraTax: number;
  benefits: number;
  presentValueCosts: number;
  presentValueBenefits: number;
  /** Running NPV up to and including this year; the year it turns positive is the payback year. */
  cumulativeNetPresentValue: number;
};

export type SroiFigures = {
  presentValueBenefits: number;
  presentValueCosts: number;
  netPresentValue: number;
  /** Present value of benefits per krone of present-value cost; null when there are no costs. */
  returnPerKrone: number | null;
};

export function assumptionsOf(params: SroiParams): ModelAssumptions {
  return {
    deadweight: params.deadweight,
    attribution: params.attribution,
    dropOff: params.dropOff,
    discountRate: params.discountRate,
  };
}

export function computeYears(params: SroiParams, assumptions: ModelAssumptions = assumptionsOf(params)): SroiYear[] {
  const { deadweight, attribution, dropOff, discountRate } = assumptions;
  const years: SroiYear[] = [];
  let cumulative = 0;

  for (let t = 0; t < params.horizonYears; t++) {
    const year = params.baseYear + t;
    const discountFactor = 1 / (1 + discountRate) ** t;
    const costs = params.costs.filter((c) => c.year === year).reduce((sum, c) => sum + c.amount, 0);

    let netPeople = 0;
    let savedBenefits = 0;
    let extraTax = 0;
    for (const outcome of params.outcomes) {
      const k = year - outcome.startYear;
      if (k < 0 || k >= outcome.durationYears) continue;
      const value = findValue(params.values, outcome.kind, year);
      if (value === undefined) continue; // unreachable after validation
      const people = outcome.people * (1 - deadweight) * attribution * (1 - dropOff) ** k;
      netPeople += people;
      savedBenefits += people * value.savedBenefitsPerYear;
      extraTax += people * value.extraTaxPerYear;
    }

    const benefits = savedBenefits + extraTax;
    const presentValueCosts = costs * discountFactor;
    const presentValueBenefits = benefits * discountFactor;
    cumulative += presentValueBenefits - presentValueCosts;
    years.push({
      year,
      discountFactor,
      costs,
      netPeople,
      savedBenefits,
      extraTax,
      benefits,
      presentValueCosts,
      presentValueBenefits,
      cumulativeNetPresentValue: cumulative,
    });
  }
  return years;
}

export function summarise(years: readonly SroiYear[]): SroiFigures {
  const presentValueBenefits = years.reduce((sum, y) => sum + y.presentValueBenefits, 0);
  const presentValueCosts = years.reduce((sum, y) => sum + y.presentValueCosts, 0);
  return {
    presentValueBenefits,
    presentValueCosts,
    netPresentValue: presentValueBenefits - presentValueCosts,
    returnPerKrone: presentValueCosts > 0 ? presentValueBenefits / presentValueCosts : null,
  };
}

export function computeFigures(params: SroiParams, assumptions?: ModelAssumptions): SroiFigures {
  return summarise(computeYears(params, assumptions));
}
