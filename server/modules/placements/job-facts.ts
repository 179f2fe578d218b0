import { distanceKm } from '../../../shared/domain/employers/distance.ts';
import { postalCentroidEstimator, type TravelEstimator } from '../../../shared/domain/geo/index.ts';
import type { Payer } from '../../../shared/domain/placements/states.ts';
import { loadPostalCodes } from '../../lib/postal-codes.ts';
import type { PlacementRow } from './repository.ts';

let estimator: TravelEstimator | undefined;

/**
 * What the job is, where, when and for what pay: the opening's own facts, so the person (or their
 * guardian) can decide on a proposal before answering it (issue #13). The distance is the one the
 * matching uses (the person's site's postal code to the workplace's), shown only to the person's
 * side and staff: it says where the person belongs.
 */
export function presentJobFacts(r: PlacementRow, inside: boolean) {
  estimator ??= postalCentroidEstimator(loadPostalCodes());
  const km = inside && r.site_postal_code ? distanceKm(estimator, r.site_postal_code, r.workplace_postal_code) : null;
  return {
    tasks: r.opening_tasks,
    address: r.workplace_address,
    postalCode: r.workplace_postal_code,
    hoursPerWeek: r.opening_hours_per_week,
    weeklySchedule: r.opening_weekly_schedule.map((e) => ({
      weekday: e.weekday,
      start: e.start,
      end: e.end,
      breakMinutes: e.breakMinutes,
    })),
    wagePerHour: r.opening_wage_per_hour,
    wagePayer: r.opening_wage_payer as Payer | null,
    startsOn: r.opening_starts_on,
    endsOn: r.opening_ends_on,
    distance: km === null ? null : { km: Math.round(km), from: r.site_name! },
  };
}
