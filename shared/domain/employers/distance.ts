import type { TravelEstimator } from '../geo/distance.ts';

/**
 * Kilometres between a participant's and a workplace's postal codes, for the matching issue. Pure:
 * the caller passes the estimator (server code binds `postalCentroidEstimator(loadPostalCodes())`),
 * so a routing source can replace it without touching callers. Null when a code is unknown.
 */
export function distanceKm(estimator: TravelEstimator, fromPostalCode: string, toPostalCode: string): number | null {
  return estimator.estimate({ postalCode: fromPostalCode }, { postalCode: toPostalCode })?.km ?? null;
}
