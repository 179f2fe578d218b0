import { distanceKm } from '../../../shared/domain/employers/distance.ts';
import { postalCentroidEstimator, type TravelEstimator } from '../../../shared/domain/geo/index.ts';
import { loadPostalCodes } from '../../lib/postal-codes.ts';

let estimator: TravelEstimator | undefined;

/**
 * Kilometres between a participant's and a workplace's postal codes with the shipped table, for the
 * matching issue. The pure `distanceKm` takes any TravelEstimator; this binds the default one.
 */
export function workplaceDistanceKm(fromPostalCode: string, toPostalCode: string): number | null {
  estimator ??= postalCentroidEstimator(loadPostalCodes());
  return distanceKm(estimator, fromPostalCode, toPostalCode);
}
