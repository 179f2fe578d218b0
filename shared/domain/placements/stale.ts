import { daysBetween } from '../calendar/local-time.ts';

export interface StaleSettings {
  /** A proposal nobody moved for this many days is flagged on the coordinator's to-do list. */
  staleFlagDays: number;
  /** …and after this many it is closed (declined with reason `stale`). */
  staleCloseDays: number;
}

export const DEFAULT_STALE_SETTINGS: StaleSettings = { staleFlagDays: 14, staleCloseDays: 30 };

/**
 * How stale a proposal is, counted in Copenhagen calendar days since it was proposed (or last
 * moved). Close wins over flag when both thresholds have passed.
 */
export function proposalStaleness(proposedOn: string, today: string, s: StaleSettings): 'fresh' | 'flagged' | 'close' {
  if (s.staleCloseDays < s.staleFlagDays) throw new RangeError('staleCloseDays must be ≥ staleFlagDays');
  const age = daysBetween(proposedOn, today);
  if (age >= s.staleCloseDays) return 'close';
  if (age >= s.staleFlagDays) return 'flagged';
  return 'fresh';
}
