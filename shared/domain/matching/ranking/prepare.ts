import { daysInMonth } from '../../calendar/civil.ts';
import { dayNumber, parseLocalDate } from '../../calendar/local-time.ts';
import { OPENING_KINDS, type OpeningKind } from '../../employers/openings.ts';
import { WORK_AREA_EDUCATION_AREA, VOCATIONAL_EDUCATION_AREAS, WORK_AREAS } from '../../employers/work-areas.ts';
import type { TravelEstimator } from '../../geo/distance.ts';
import { consentInForce } from '../../participants/consent.ts';
import { ADULT_TRACKS, type AdultTrack } from '../../participants/constants.ts';
import type { DateRange } from '../../youth-rules/school-days.ts';
import type { COpening, CParticipant, RankingIndex } from './compiled.ts';
import { availabilityMask, neededMask, slotMinutes } from './schedule.ts';
import { languageKey, textKey } from './text.ts';
import type { RankingOpening, RankingParticipant, WeightSet } from './types.ts';
import { normalisedWeights, validateWeightSet, DEFAULT_WEIGHT_SET } from './weights.ts';
import { isSchoolWeek, judgedDate, scheduleKey } from './working-time.ts';

/**
 * Compiles participants and openings once into compact records (bit masks, interned strings,
 * numeric dates) so that ranking a pair allocates nothing. The index is tied to one ranking date:
 * consents are judged in force on it, ages on each opening's judged date. Build a new index when the
 * date or the data changes; per-opening legal checks are memoised inside it across calls.
 */

/**
 * Which opening kinds fit which Jobløft track. Explicit because the two vocabularies differ; youth
 * kinds (pocket money, leisure jobs) fit no adult track.
 */
export const TRACK_OPENING_KINDS: Readonly<Record<AdultTrack, readonly OpeningKind[]>> = {
  job: ['ordinary_job'],
  apprenticeship_internship: ['apprenticeship', 'internship'],
  flex_job: ['flex_job'],
  few_hours_job: ['few_hour_job'],
  training: ['training_track'],
};

export interface RankingOptions {
  /** Youth: how many steps below / above the person's step an opening may be. Default 0 / 0. */
  stepTolerance?: { below: number; above: number };
  /** Share (0–1] of the scheduled minutes the person must be available for; default 0 = any overlap. */
  minScheduleCoverage?: number;
  /** The distance factor's reference when the person states no limit, km. Default 20. */
  defaultTravelKm?: number;
  /** The municipality's school holidays (not school days in the working-time rule). */
  schoolHolidays?: readonly DateRange[];
}

export interface RankingInput {
  /** The ranking date ('YYYY-MM-DD'): consents in force, waiting time; the clock is the caller's. */
  onDate: string;
  participants: readonly RankingParticipant[];
  openings: readonly RankingOpening[];
  /** Postal code → km; without one every distance is missing (neutral, unchecked). */
  estimator?: TravelEstimator;
  weightSet?: WeightSet;
  options?: RankingOptions;
}

const EMPTY_SET: ReadonlySet<never> = new Set();
const AREA_BIT = new Map<string, number>(VOCATIONAL_EDUCATION_AREAS.map((a, i) => [a, 1 << i]));
const TAG_BIT = new Map<string, number>(WORK_AREAS.map((a, i) => [a, 1 << i]));
const KIND_BIT = new Map<string, number>(OPENING_KINDS.map((k, i) => [k, 1 << i]));
const YOUTH_KINDS = new Set<string>(['pocket_money', 'municipal_leisure', 'private_leisure']);
export const TRACK_KIND_MASK: readonly number[] = ADULT_TRACKS.map((t) =>
  TRACK_OPENING_KINDS[t].reduce((mask, k) => mask | KIND_BIT.get(k)!, 0),
);

const digit = (s: string, i: number): number => {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : Number.NaN;
};

/** 'YYYY-MM-DD' → parts without a regex (60,000 birth dates); anything unusual goes to parseLocalDate, which throws. */
function dateParts(date: string): { year: number; month: number; day: number } {
  if (date.length === 10 && date[4] === '-' && date[7] === '-') {
    const year = digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3);
    const month = digit(date, 5) * 10 + digit(date, 6);
    const day = digit(date, 8) * 10 + digit(date, 9);
    if (year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) return { year, month, day };
  }
  return parseLocalDate(date);
}

function tagMasks(codes: readonly string[] | undefined): { tags: number; areas: number } {
  let tags = 0;
  let areas = 0;
  for (const c of codes ?? []) {
    const bit = TAG_BIT.get(c);
    if (bit === undefined) continue;
    tags |= bit;
    areas |= AREA_BIT.get(WORK_AREA_EDUCATION_AREA[c as keyof typeof WORK_AREA_EDUCATION_AREA])!;
  }
  return { tags, areas };
}

function validateOptions(o: RankingOptions): void {
  const t = o.stepTolerance;
  if (t && !(Number.isInteger(t.below) && Number.isInteger(t.above) && t.below >= 0 && t.above >= 0)) {
    throw new RangeError('stepTolerance must be whole numbers ≥ 0');
  }
  const c = o.minScheduleCoverage;
  if (c !== undefined && !(c >= 0 && c <= 1)) throw new RangeError('minScheduleCoverage must be between 0 and 1');
  const km = o.defaultTravelKm;
  if (km !== undefined && !(km > 0 && Number.isFinite(km))) throw new RangeError('defaultTravelKm must be a positive number');
}

/** Builds the index. Throws a RangeError on duplicate ids, bad dates, a malformed schedule or bad options. */
export function prepareRanking(input: RankingInput): RankingIndex {
  const { onDate, estimator } = input;
  const weightSet = input.weightSet ?? DEFAULT_WEIGHT_SET;
  validateWeightSet(weightSet);
  const options = input.options ?? {};
  validateOptions(options);
  const onDay = dayNumber(onDate);
  const vocab = new Map<string, number>();
  const intern = (key: string): number => {
    let id = vocab.get(key);
    if (id === undefined) vocab.set(key, (id = vocab.size));
    return id;
  };
  const internSet = (list: readonly string[] | undefined, norm: (s: string) => string): ReadonlySet<number> => {
    if (!list || list.length === 0) return EMPTY_SET;
    const out = new Set<number>();
    for (const item of list) {
      const key = norm(item);
      if (key !== '') out.add(intern(key));
    }
    return out.size > 0 ? out : EMPTY_SET;
  };
  const internAll = (list: readonly string[] | undefined, norm: (s: string) => string): number[] =>
    [...internSet(list, norm)].sort((a, b) => a - b);

  // Postal codes the estimator can place; unknown ones get -1 (distance missing).
  const postalAt = new Map<string, number>();
  const postalCodes: string[] = [];
  const postal = (code: string | null | undefined): number => {
    if (!estimator || code === null || code === undefined) return -1;
    const key = code.trim();
    let at = postalAt.get(key);
    if (at === undefined) {
      at = estimator.estimate({ postalCode: key }, { postalCode: key }) === null ? -1 : postalCodes.push(key) - 1;
      postalAt.set(key, at);
    }
    return at;
  };

  const participantAt = new Map<string, number>();
  const participants = input.participants.map((p, i): CParticipant => {
    if (participantAt.has(p.id)) throw new RangeError(`duplicate participant id ${p.id}`);
    participantAt.set(p.id, i);
    const b = dateParts(p.birthDate);
    const person = { kind: p.kind, birthDate: p.birthDate };
    let consentAll = false;
    let orgs: Set<string> | null = null;
    for (const c of p.consents ?? []) {
      if (c.purpose !== 'share_employer' || !consentInForce(c, person, onDate)) continue;
      if (c.organisationIds.length === 0) consentAll = true;
      for (const o of c.organisationIds) (orgs ??= new Set()).add(o);
    }
    const { tags, areas } = tagMasks(p.interests);
    const trackAt = p.track ? ADULT_TRACKS.indexOf(p.track) : -1;
    const school = p.compulsorySchool;
    return {
      src: p,
      id: p.id,
      youth: p.kind === 'youth',
      birthYear: b.year,
      birthMD: b.month * 100 + b.day,
      schoolUntil: school === false ? '' : (p.compulsorySchoolEndsOn ?? '9999-12-31'),
      step: typeof p.step === 'number' ? p.step : 0,
      track: trackAt,
      avail: availabilityMask(p.availability),
      travelKm: typeof p.travelKm === 'number' ? p.travelKm : Number.NaN,
      postal: postal(p.postalCode),
      interests: tags,
      areas,
      skills: internSet(p.skills, textKey),
      languages: internSet(p.languages, languageKey),
      consentAll,
      consentOrgs: orgs ?? EMPTY_SET,
      flexApproved: p.flexJobApproved === true,
    };
  });

  const holidays = options.schoolHolidays ?? [];
  const schoolWeeks = new Map<string, boolean>();
  const schoolWeek = (o: RankingOpening, date: string): boolean => {
    if (o.minAge >= 18) return true;
    const key = `${date}|${o.endsOn ?? `+${o.startsOn}`}`;
    let known = schoolWeeks.get(key);
    if (known === undefined) schoolWeeks.set(key, (known = isSchoolWeek(o, date, holidays)));
    return known;
  };
  const openingAt = new Map<string, number>();
  const openings = input.openings.map((o, i): COpening => {
    if (openingAt.has(o.id)) throw new RangeError(`duplicate opening id ${o.id}`);
    openingAt.set(o.id, i);
    let slotMin: Int32Array;
    try {
      slotMin = slotMinutes(o.weeklySchedule);
    } catch (e) {
      throw new RangeError(`opening ${o.id}: ${(e as Error).message}`, { cause: e });
    }
    const date = judgedDate(o, onDate);
    const d = dateParts(date);
    const needMask = neededMask(slotMin);
    const { tags, areas } = tagMasks(o.taskTags);
    return {
      src: o,
      id: o.id,
      org: o.organisationId,
      kindBit: KIND_BIT.get(o.kind) ?? 0,
      youthKind: YOUTH_KINDS.has(o.kind),
      isFlex: o.kind === 'flex_job',
      outOfSchoolOnly: o.onlyOutOfCompulsorySchool === true,
      step: typeof o.ladderStep === 'number' ? o.ladderStep : 0,
      minAge: o.minAge,
      maxAge: typeof o.maxAge === 'number' ? o.maxAge : Number.POSITIVE_INFINITY,
      date,
      dateYear: d.year,
      dateMD: d.month * 100 + d.day,
      schoolWeek: schoolWeek(o, date),
      slotMin,
      needMask,
      totalMin: slotMin.reduce((a, b) => a + b, 0),
      postal: postal(o.postalCode),
      tags,
      areas,
      skills: internAll(o.skills, textKey),
      languages: internAll(o.languages, languageKey),
      prefLanguages: internAll(o.preferences?.languages, languageKey),
      prefSkills: internAll(o.preferences?.skills, textKey),
      places: o.places,
      schedule: scheduleKey(o),
      wt: [-1, -1, -1, -1, -1],
      wc: [-1, -1, -1],
    };
  });

  // Lazily filled distance rows between placeable postal codes (symmetric estimator assumed).
  const rows: Array<Float64Array | undefined> = [];
  const n = postalCodes.length;
  const km = (a: number, b: number): number => {
    if (a < 0 || b < 0 || !estimator) return Number.NaN;
    let row = rows[a];
    if (!row) rows[a] = row = new Float64Array(n).fill(-1);
    let v = row[b]!;
    if (v < 0) {
      v = estimator.estimate({ postalCode: postalCodes[a]! }, { postalCode: postalCodes[b]! })?.km ?? Number.NaN;
      row[b] = v;
    }
    return v;
  };

  const tolerance = options.stepTolerance ?? { below: 0, above: 0 };
  return {
    onDate,
    onDay,
    participants,
    openings,
    participantAt,
    openingAt,
    weightSet,
    weights: normalisedWeights(weightSet),
    stepBelow: tolerance.below,
    stepAbove: tolerance.above,
    minCoverage: options.minScheduleCoverage ?? 0,
    defaultTravelKm: options.defaultTravelKm ?? 20,
    holidays,
    km,
    wtMemo: new Map(),
    wcMemo: new Map(),
  };
}
