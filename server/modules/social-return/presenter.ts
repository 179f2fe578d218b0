import type { SroiResult } from '../../../shared/domain/sroi/calculate.ts';
import type { DerivedOutcome } from '../../../shared/domain/sroi/outcomes.ts';
import { sroiParameters } from '../../../shared/domain/sroi/parameters.ts';
import type { SroiAssumption } from '../../../shared/domain/sroi/assumptions.ts';
import type { SetRow, VersionRow } from './repository.ts';

const iso = (d: Date | string) => new Date(d).toISOString();

export function presentVersion(v: VersionRow) {
  return {
    id: v.id,
    parameterSetId: v.parameter_set_id,
    version: v.version,
    parameters: sroiParameters.parse(v.parameters),
    reason: v.reason,
    createdBy: v.created_by_name ?? null,
    createdAt: iso(v.created_at),
  };
}

export function presentSet(s: SetRow, latest: VersionRow) {
  return {
    id: s.id,
    name: s.name,
    createdAt: iso(s.created_at),
    latest: presentVersion(latest),
    versionCount: Number(s.version_count ?? 0),
  };
}

export function presentResult(
  r: SroiResult,
  extra: SroiAssumption[],
  outcomes: DerivedOutcome[],
  meta: { parameterSetId: string; version: number; from: string; to: string },
) {
  return {
    ...meta,
    presentValueBenefits: r.presentValueBenefits,
    presentValueCosts: r.presentValueCosts,
    netPresentValue: r.netPresentValue,
    returnPerKrone: r.returnPerKrone,
    sensitivity: { low: r.sensitivity.low, high: r.sensitivity.high, oneWay: r.sensitivity.oneWay },
    years: r.years.map((y) => ({
      year: y.year,
      costs: y.costs,
      benefits: y.benefits,
      netPeople: y.netPeople,
      presentValueCosts: y.presentValueCosts,
      presentValueBenefits: y.presentValueBenefits,
    })),
    outcomes: outcomes.map((o) => ({ source: o.source, kind: o.kind, year: o.year, people: o.people, personYears: o.personYears })),
    assumptions: [...extra, ...r.assumptions],
  };
}
