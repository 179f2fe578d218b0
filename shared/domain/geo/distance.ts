/**
 * Travel distance and rough travel time between places. Everything here is an estimate: places are
 * reduced to one representative point (a postal-district centroid or a given coordinate), so two
 * addresses in the same postal code are 0 km apart, and large rural districts can be 5–10 km off.
 * The `TravelEstimator` interface exists so a real routing or journey-planner source can replace
 * `postalCentroidEstimator` later without touching callers.
 */

export type LatLon = { lat: number; lon: number };

export type Place = { postalCode: string } | LatLon;

export type TravelMode = 'walk' | 'bike' | 'public-transport' | 'car';

/**
 * Where an estimate came from, so the UI can say how much to trust it. New estimators add their own
 * value here.
 */
export type TravelEstimateSource = 'postal-centroid' | 'coordinates';

export type TravelEstimate = {
  /** Straight-line (great-circle) distance between the two representative points. */
  km: number;
  /** Door-to-door minutes for the requested mode; null when no mode was given. */
  minutes: number | null;
  source: TravelEstimateSource;
};

export type TravelEstimator = {
  /** Null when either place cannot be resolved (unknown postal code, invalid coordinate). */
  estimate(from: Place, to: Place, mode?: TravelMode): TravelEstimate | null;
};

/** Mean Earth radius (IUGG), km. */
export const EARTH_RADIUS_KM = 6371.0088;

/**
 * Average door-to-door speeds in km/h used for the rough time estimate. Public transport includes
 * waiting and changes. Deliberately round numbers: they are placeholders for a real journey planner.
 */
export const TRAVEL_SPEED_KMH = {
  walk: 5,
  bike: 15,
  'public-transport': 25,
  car: 50,
} as const satisfies Record<TravelMode, number>;

/** Roads and routes are longer than the straight line; 1.3 is a common rule of thumb. */
export const DETOUR_FACTOR = 1.3;

const toRadians = (degrees: number): number => (degrees * Math.PI) / 180;

/** Great-circle distance on a spherical Earth; error against the ellipsoid is below 0.5 %. */
export function haversineKm(a: LatLon, b: LatLon): number {
  const dLat = toRadians(b.lat - a.lat);
  const dLon = toRadians(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLon / 2) ** 2;
  const clamped = Math.min(1, Math.max(0, h));
  return 2 * EARTH_RADIUS_KM * Math.atan2(Math.sqrt(clamped), Math.sqrt(1 - clamped));
}

/** Straight-line km × detour factor ÷ mode speed, in minutes. */
export function roughTravelMinutes(straightLineKm: number, mode: TravelMode): number {
  return ((straightLineKm * DETOUR_FACTOR) / TRAVEL_SPEED_KMH[mode]) * 60;
}

function isValidLatLon(point: LatLon): boolean {
  return Number.isFinite(point.lat) && Number.isFinite(point.lon) && Math.abs(point.lat) <= 90 && Math.abs(point.lon) <= 180;
}

/**
 * The default estimator: postal codes resolve to their representative coordinate, coordinates are
 * used as given. The source is 'postal-centroid' when either end was a postal code.
 */
export function postalCentroidEstimator(postalCodes: ReadonlyMap<string, LatLon>): TravelEstimator {
  const resolve = (place: Place): LatLon | null => {
    if ('postalCode' in place) {
      const found = postalCodes.get(place.postalCode.trim());
      return found ? { lat: found.lat, lon: found.lon } : null;
    }
    return isValidLatLon(place) ? place : null;
  };

  return {
    estimate(from, to, mode) {
      const a = resolve(from);
      const b = resolve(to);
      if (a === null || b === null) return null;
      const km = haversineKm(a, b);
      return {
        km,
        minutes: mode === undefined ? null : roughTravelMinutes(km, mode),
        source: 'postalCode' in from || 'postalCode' in to ? 'postal-centroid' : 'coordinates',
      };
    },
  };
}
