export { describeAssumptions } from './assumptions.ts';
export type { SroiAssumption } from './assumptions.ts';
export { calculateSroi } from './calculate.ts';
export type { SroiResult } from './calculate.ts';
export { computeFigures, computeYears, summarise } from './model.ts';
export type { ModelAssumptions, SroiFigures, SroiYear } from './model.ts';
export {
  DEFAULT_DISCOUNT_RATE,
  DEFAULT_SENSITIVITY_DELTAS,
  OUTCOME_KINDS,
  SroiInputError,
  sroiInputSchema,
  validateSroiInput,
} from './schema.ts';
export type { OutcomeKind, SroiInput, SroiIssue, SroiParams, SroiValidation, SroiValue } from './schema.ts';
export { SENSITIVITY_PARAMETERS, sensitivityAnalysis, sensitivityBounds } from './sensitivity.ts';
export type { OneWaySensitivity, SensitivityParameter, SensitivityPoint, SroiSensitivity } from './sensitivity.ts';
export { DEFAULT_SROI_PARAMETERS, sroiParameters, sroiValueRow, sroiCostRow } from './parameters.ts';
export type { SroiParameters, SroiParametersInput } from './parameters.ts';
export { deriveOutcomes } from './outcomes.ts';
export type { DerivedOutcome, PlacementFacts } from './outcomes.ts';
export { buildSroiInput, dataAssumptions, periodFitsHorizon } from './from-data.ts';
