import type { Category } from '../../youth-rules/types.ts';
import type { DateRange } from '../../youth-rules/school-days.ts';
import type { RankingOpening, RankingParticipant, WeightSet } from './types.ts';
import {
  ageClass,
  workConditionsFailure,
  workConditionsKey,
  workingTimeFailure,
  workingTimeKey,
  type LegalFailure,
} from './working-time.ts';

/**
 * The compiled records the hot loop reads (built by `prepareRanking`) and the per-pair facts derived
 * from them. Numbers and bit masks instead of strings and arrays, so judging a pair allocates nothing;
 * the youth-rule checks are memoised per opening and, by a key of everything they read, across
 * openings with equal patterns.
 */

export interface CParticipant {
  src: RankingParticipant;
  id: string;
  youth: boolean;
  birthYear: number;
  /** month × 100 + day. */
  birthMD: number;
  /** In compulsory school on d iff d <= schoolUntil ('' = never). */
  schoolUntil: string;
  step: number;
  track: number;
  avail: number;
  travelKm: number;
  postal: number;
  interests: number;
  areas: number;
  skills: ReadonlySet<number>;
  languages: ReadonlySet<number>;
  consentAll: boolean;
  consentOrgs: ReadonlySet<string>;
  flexApproved: boolean;
}

export interface COpening {
  src: RankingOpening;
  id: string;
  org: string;
  kindBit: number;
  youthKind: boolean;
  isFlex: boolean;
  /** Admits only people out of compulsory school (see RankingOpening.onlyOutOfCompulsorySchool). */
  outOfSchoolOnly: boolean;
  step: number;
  minAge: number;
  maxAge: number;
  date: string;
  dateYear: number;
  dateMD: number;
  schoolWeek: boolean;
  slotMin: Int32Array;
  needMask: number;
  totalMin: number;
  postal: number;
  tags: number;
  areas: number;
  skills: readonly number[];
  languages: readonly number[];
  prefLanguages: readonly number[];
  prefSkills: readonly number[];
  places: number;
  schedule: string;
  /** Per category (CATEGORY_BY_INDEX order): -1 unknown, 0 legal, 1 fails. */
  wt: number[];
  /** Per age class: -1 unknown, 0 fine, 1 fails. */
  wc: number[];
}

export interface RankingIndex {
  onDate: string;
  onDay: number;
  participants: CParticipant[];
  openings: COpening[];
  participantAt: ReadonlyMap<string, number>;
  openingAt: ReadonlyMap<string, number>;
  weightSet: WeightSet;
  weights: Float64Array;
  stepBelow: number;
  stepAbove: number;
  minCoverage: number;
  defaultTravelKm: number;
  holidays: readonly DateRange[];
  km(pPostal: number, oPostal: number): number;
  wtMemo: Map<string, LegalFailure | null>;
  wcMemo: Map<string, LegalFailure | null>;
}

// --- per-pair facts (no allocation) -------------------------------------------------------------------

/** Age in whole years on the opening's judged date, from precomputed parts (same convention as `ageOn`). */
export function ageAt(p: CParticipant, o: COpening): number {
  return o.dateYear - p.birthYear - (o.dateMD < p.birthMD ? 1 : 0);
}

/** Youth-rules categories by the small index the memo arrays use. */
export const CATEGORY_BY_INDEX: readonly Category[] = ['under-13', 'child', 'pupil-15-17', 'young-15-17', 'adult'];

/** The youth-rules category on the opening's judged date (an index into CATEGORY_BY_INDEX). */
export function categoryAt(p: CParticipant, o: COpening, age: number): number {
  if (age < 13) return 0;
  if (age >= 18) return 4;
  if (age < 15) return 1;
  return o.date <= p.schoolUntil ? 2 : 3;
}

/** Memoised working-time failure of the opening for a category index. */
export function workingTime(ix: RankingIndex, o: COpening, cat: number): LegalFailure | null {
  if (o.wt[cat] === 0) return null;
  const category = CATEGORY_BY_INDEX[cat]!;
  const key = workingTimeKey(o.src, category, o.date, o.schoolWeek, o.schedule);
  let failure = ix.wtMemo.get(key);
  if (failure === undefined) {
    failure = workingTimeFailure(o.src, category, o.date, o.schoolWeek);
    ix.wtMemo.set(key, failure);
  }
  o.wt[cat] = failure === null ? 0 : 1;
  return failure;
}

/** Hot-path form of `workingTime`: reads the per-opening memo first, adults never fail. */
export function workingTimeFails(ix: RankingIndex, o: COpening, cat: number): boolean {
  if (cat === 4) return false;
  const known = o.wt[cat]!;
  return known >= 0 ? known === 1 : workingTime(ix, o, cat) !== null;
}

/** Memoised task-condition failure of the opening for an age. */
export function workConditions(ix: RankingIndex, o: COpening, age: number): LegalFailure | null {
  const cls = ageClass(age);
  if (o.wc[cls] === 0) return null;
  const key = workConditionsKey(o.src, cls, o.date, o.schedule);
  let failure = ix.wcMemo.get(key);
  if (failure === undefined) {
    failure = workConditionsFailure(o.src, cls, o.date);
    ix.wcMemo.set(key, failure);
  }
  o.wc[cls] = failure === null ? 0 : 1;
  return failure;
}

/** Hot-path form of `workConditions`: reads the per-opening memo first. */
export function workConditionsFail(ix: RankingIndex, o: COpening, age: number): boolean {
  const known = o.wc[ageClass(age)]!;
  return known >= 0 ? known === 1 : workConditions(ix, o, age) !== null;
}
