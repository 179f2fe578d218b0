import type { TravelEstimator } from '../../geo/distance.ts';
import { AVAILABILITY_SLOTS } from '../../participants/constants.ts';
import { NO_RISK_FLAGS } from '../../youth-rules/opening.ts';
import { explainPair } from './explain.ts';
import type { RankingIndex } from './compiled.ts';
import { prepareRanking, type RankingOptions } from './prepare.ts';
import type { Override, PairExplanation, RankingConsent, RankingOpening, RankingParticipant, WeightSet } from './types.ts';

/**
 * Shared test data. The ranking date is Monday 2 March 2026 (a school week, rules `dk-2025-07`).
 * Postal codes lie on a line: '1000' at 0 km, '1005' at 5 km, '1010' at 10 km …, so distances in
 * tests are exact: the estimator below reads the kilometre from the code.
 */

export const ON = '2026-03-02';

/** Postal codes '1000'–'1999' sit at (code − 1000) km on a straight line; others are unknown. */
export const LINE_ESTIMATOR: TravelEstimator = {
  estimate(from, to) {
    if (!('postalCode' in from) || !('postalCode' in to)) return null;
    const a = Number(from.postalCode) - 1000;
    const b = Number(to.postalCode) - 1000;
    if (!(a >= 0 && a < 1000 && b >= 0 && b < 1000)) return null;
    return { km: Math.abs(a - b), minutes: null, source: 'postal-centroid' };
  },
};

export const SHARE_ALL: RankingConsent = {
  purpose: 'share_employer',
  organisationIds: [],
  givenOn: '2026-01-10',
  givenBy: 'participant',
  revokedAt: null,
};

export const NO_FLAGS: RankingOpening['flags'] = { ...NO_RISK_FLAGS, lightWorkOnly: true };

/** 16 on the ranking date, out of compulsory school, on step 2, available all week, lives at 0 km. */
export const YOUTH: RankingParticipant = {
  id: 'p-youth',
  kind: 'youth',
  birthDate: '2009-09-15',
  compulsorySchool: false,
  compulsorySchoolEndsOn: null,
  step: 2,
  interests: ['kitchen'],
  skills: ['hygiejnebevis'],
  languages: ['dansk'],
  availability: [...AVAILABILITY_SLOTS],
  travelKm: 10,
  postalCode: '1000',
  priority: false,
  consents: [SHARE_ALL],
};

/** 40, on the job track. */
export const ADULT: RankingParticipant = {
  ...YOUTH,
  id: 'p-adult',
  kind: 'adult',
  birthDate: '1986-05-20',
  compulsorySchool: null,
  step: null,
  track: 'job',
};

/** A step-2 leisure job for 15–17-year-olds, Tuesday and Thursday 15–17, 5 km away. */
export const LEISURE: RankingOpening = {
  id: 'o-leisure',
  organisationId: 'org-1',
  kind: 'municipal_leisure',
  ladderStep: 2,
  minAge: 15,
  maxAge: 17,
  startsOn: ON,
  endsOn: '2026-08-31',
  hoursPerWeek: 4,
  weeklySchedule: [
    { weekday: 2, start: '15:00', end: '17:00', breakMinutes: 0 },
    { weekday: 4, start: '15:00', end: '17:00', breakMinutes: 0 },
  ],
  places: 1,
  postalCode: '1005',
  taskTags: ['kitchen'],
  skills: ['hygiejnebevis'],
  languages: ['dansk'],
  flags: NO_FLAGS,
  adultStaffPresent: true,
};

/** An ordinary adult job, weekdays 08–15:30. */
export const JOB: RankingOpening = {
  ...LEISURE,
  id: 'o-job',
  kind: 'ordinary_job',
  ladderStep: null,
  minAge: 18,
  maxAge: null,
  hoursPerWeek: 37,
  weeklySchedule: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '08:00', end: '15:30', breakMinutes: 30 })),
};

export const person = (patch: Partial<RankingParticipant>, base: RankingParticipant = YOUTH): RankingParticipant => ({ ...base, ...patch });
export const opening = (patch: Partial<RankingOpening>, base: RankingOpening = LEISURE): RankingOpening => ({ ...base, ...patch });

export interface Setup {
  onDate?: string;
  options?: RankingOptions;
  weightSet?: WeightSet;
}

export function index(participants: readonly RankingParticipant[], openings: readonly RankingOpening[], setup: Setup = {}): RankingIndex {
  return prepareRanking({
    onDate: setup.onDate ?? ON,
    participants,
    openings,
    estimator: LINE_ESTIMATOR,
    ...(setup.weightSet ? { weightSet: setup.weightSet } : {}),
    ...(setup.options ? { options: setup.options } : {}),
  });
}

/** Explains one pair on its own. */
export function judge(p: RankingParticipant, o: RankingOpening, setup: Setup = {}, override?: Override): PairExplanation {
  return explainPair(index([p], [o], setup), p.id, o.id, override);
}

/** The first failing rule's code ('age.too-young' …), or 'ok'. */
export function verdict(p: RankingParticipant, o: RankingOpening, setup: Setup = {}): string {
  return judge(p, o, setup).whyNot?.code ?? 'ok';
}
