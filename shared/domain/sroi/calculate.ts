import { describeAssumptions } from './assumptions.ts';
import type { SroiAssumption } from './assumptions.ts';
import { assumptionsOf, computeYears, summarise } from './model.ts';
import type { ModelAssumptions, SroiFigures, SroiYear } from './model.ts';
import { SroiInputError, validateSroiInput } from './schema.ts';
import type { SroiInput } from './schema.ts';
import { sensitivityAnalysis } from './sensitivity.ts';
import type { SroiSensitivity } from './sensitivity.ts';

export type SroiResult = SroiFigures & {
  /** The assumptions actually used, defaults included. */
  parameters: ModelAssumptions & { baseYear: number; horizonYears: number };
  years: SroiYear[];
  sensitivity: SroiSensitivity;
  assumptions: SroiAssumption[];
};

/**
 * The social return of a programme: present values, NPV, return per krone, a yearly breakdown, a
 * sensitivity range and the assumptions in words. Nothing here is calibrated to a target ratio; the
 * result is only as good as the values and shares passed in, which is why they travel with it.
 * Throws `SroiInputError` (with field paths) on invalid input; call `validateSroiInput` first to get
 * the issues as data instead.
 */
export function calculateSroi(input: SroiInput): SroiResult {
  const validation = validateSroiInput(input);
  if (!validation.ok) throw new SroiInputError(validation.issues);
  const params = validation.value;

  const years = computeYears(params);
  return {
    ...summarise(years),
    parameters: { ...assumptionsOf(params), baseYear: params.baseYear, horizonYears: params.horizonYears },
    years,
    sensitivity: sensitivityAnalysis(params),
    assumptions: describeAssumptions(params),
  };
}
