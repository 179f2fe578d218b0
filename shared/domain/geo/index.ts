/** Geography without I/O; the server loads the shipped postal-code table with server/lib/postal-codes.ts. */
export { DETOUR_FACTOR, EARTH_RADIUS_KM, TRAVEL_SPEED_KMH, haversineKm, postalCentroidEstimator, roughTravelMinutes } from './distance.ts';
export type { LatLon, Place, TravelEstimate, TravelEstimateSource, TravelEstimator, TravelMode } from './distance.ts';
export { parsePostalCodes } from './postal-codes.ts';
export type { PostalCode } from './postal-codes.ts';
