import { assumptionsOf, computeFigures } from './model.ts';
import type { ModelAssumptions, SroiFigures } from './model.ts';
import type { SroiParams } from './schema.ts';

/**
 * How much the result depends on the four judgement calls. The low/high range is the minimum and
 * maximum over every combination of each assumption at its lower or upper value (16 scenarios) plus
 * the base case. Taking min/max, rather than assuming "more deadweight is worse", keeps the range
 * right when values are negative or when costs fall later than benefits (then a higher discount
 * rate raises NPV).
 */

export type SensitivityParameter = keyof ModelAssumptions;

export const SENSITIVITY_PARAMETERS = [
  'deadweight',
  'attribution',
  'dropOff',
  'discountRate',
] as const satisfies readonly SensitivityParameter[];

export type SensitivityPoint = { netPresentValue: number; returnPerKrone: number | null };

export type OneWaySensitivity = {
  parameter: SensitivityParameter;
  lowerValue: number;
  upperValue: number;
  atLower: SensitivityPoint;
  atUpper: SensitivityPoint;
};

export type SroiSensitivity = {
  deltas: ModelAssumptions;
  low: SensitivityPoint;
  high: SensitivityPoint;
  /** One assumption moved at a time, the others at base: shows which one matters most. */
  oneWay: OneWaySensitivity[];
};

const clamp = (x: number, min: number, max: number): number => Math.min(max, Math.max(min, x));

/** Shares stay within 0–1; the discount rate stays within 0–100 %. */
export function sensitivityBounds(base: number, delta: number): [number, number] {
  return [clamp(base - delta, 0, 1), clamp(base + delta, 0, 1)];
}

function point(figures: SroiFigures): SensitivityPoint {
  return { netPresentValue: figures.netPresentValue, returnPerKrone: figures.returnPerKrone };
}

function extreme(values: (number | null)[], pick: (a: number, b: number) => number): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length === 0 ? null : present.reduce((a, b) => pick(a, b));
}

export function sensitivityAnalysis(params: SroiParams): SroiSensitivity {
  const base = assumptionsOf(params);
  const deltas: ModelAssumptions = { ...params.sensitivity };
  const bounds = Object.fromEntries(SENSITIVITY_PARAMETERS.map((p) => [p, sensitivityBounds(base[p], deltas[p])])) as Record<
    SensitivityParameter,
    [number, number]
  >;

  const oneWay = SENSITIVITY_PARAMETERS.map((parameter): OneWaySensitivity => {
    const [lowerValue, upperValue] = bounds[parameter];
    return {
      parameter,
      lowerValue,
      upperValue,
      atLower: point(computeFigures(params, { ...base, [parameter]: lowerValue })),
      atUpper: point(computeFigures(params, { ...base, [parameter]: upperValue })),
    };
  });

  const scenarios: SensitivityPoint[] = [point(computeFigures(params, base))];
  for (let mask = 0; mask < 2 ** SENSITIVITY_PARAMETERS.length; mask++) {
    const corner = { ...base };
    SENSITIVITY_PARAMETERS.forEach((p, bit) => {
      corner[p] = bounds[p][(mask >> bit) & 1] ?? base[p];
    });
    scenarios.push(point(computeFigures(params, corner)));
  }

  const npvs = scenarios.map((s) => s.netPresentValue);
  const ratios = scenarios.map((s) => s.returnPerKrone);
  return {
    deltas,
    low: { netPresentValue: Math.min(...npvs), returnPerKrone: extreme(ratios, Math.min) },
    high: { netPresentValue: Math.max(...npvs), returnPerKrone: extreme(ratios, Math.max) },
    oneWay,
  };
}
