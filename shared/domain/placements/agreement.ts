import { addMonths } from '../participants/dates.ts';
import { DEFAULT_AGREEMENT_MONTHS } from './states.ts';

/** An agreement without an end date runs six months from its start (as openings do). */
export function defaultAgreementEnd(startsOn: string): string {
  return addMonths(startsOn, DEFAULT_AGREEMENT_MONTHS);
}

/**
 * The date guardian clearance is judged on when a placement goes active: its start, or today when
 * it is started late (a notice recorded after the planned start still precedes the real one).
 */
export function clearanceDate(startsOn: string, today: string): string {
  return startsOn > today ? startsOn : today;
}
