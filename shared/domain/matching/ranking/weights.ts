import { FACTOR_NAMES, type FactorName, type WeightSet } from './types.ts';

/**
 * Weight sets are named and versioned so every ranked list can say which weights produced it, and
 * an old list can be reproduced after the weights are tuned. Change a weight = publish a new version;
 * never edit a published one.
 */

/**
 * The default: interests and distance matter most for whether a young person shows up and stays;
 * skills and schedule next; language and the employer's wishes refine. The weights sum to 100, so
 * each weight reads as the most points its factor can give.
 */
export const DEFAULT_WEIGHT_SET: WeightSet = Object.freeze({
  name: 'jobbro-default',
  version: 1,
  weights: Object.freeze({
    interests: 30,
    skills: 15,
    language: 10,
    distance: 20,
    schedule: 15,
    employerPreferences: 10,
  }),
  congestion: 0.5,
});

/** Throws a RangeError unless every weight is finite and ≥ 0, their sum is > 0, and β is in [0, 1]. */
export function validateWeightSet(set: WeightSet): void {
  if (typeof set.name !== 'string' || set.name.trim() === '') throw new RangeError('weight set needs a name');
  if (!Number.isInteger(set.version) || set.version < 1) throw new RangeError('weight set version must be a whole number ≥ 1');
  let sum = 0;
  for (const f of FACTOR_NAMES) {
    const w = set.weights[f];
    if (typeof w !== 'number' || !Number.isFinite(w) || w < 0) throw new RangeError(`weight for ${f} must be a finite number ≥ 0`);
    sum += w;
  }
  if (sum <= 0) throw new RangeError('weights must not all be zero');
  if (!Number.isFinite(set.congestion) || set.congestion < 0 || set.congestion > 1) {
    throw new RangeError('congestion blend must be between 0 and 1');
  }
}

/** Weights in FACTOR_NAMES order, normalised to sum 1 (the hot loop multiplies by these). */
export function normalisedWeights(set: WeightSet): Float64Array {
  const out = new Float64Array(FACTOR_NAMES.length);
  let sum = 0;
  for (const f of FACTOR_NAMES) sum += set.weights[f];
  FACTOR_NAMES.forEach((f: FactorName, i) => {
    out[i] = set.weights[f] / sum;
  });
  return out;
}
