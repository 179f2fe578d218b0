/** Server-side entry point: `postal-codes.ts` reads a file. Web code imports `distance.ts` directly. */
export { DETOUR_FACTOR, EARTH_RADIUS_KM, TRAVEL_SPEED_KMH, haversineKm, postalCentroidEstimator, roughTravelMinutes } from './distance.ts';
export type { LatLon, Place, TravelEstimate, TravelEstimateSource, TravelEstimator, TravelMode } from './distance.ts';
export { loadPostalCodes, parsePostalCodes } from './postal-codes.ts';
export type { PostalCode } from './postal-codes.ts';
