import { dayNumber } from '../../../shared/domain/calendar/local-time.ts';
import { postalCentroidEstimator, type TravelEstimator } from '../../../shared/domain/geo/index.ts';
import { loadPostalCodes } from '../../lib/postal-codes.ts';
import { flagsOf } from '../openings/index.ts';
import {
  prepareRanking,
  type RankingIndex,
  type RankingOpening,
  type RankingParticipant,
  type WeightSet,
} from '../../../shared/domain/matching/ranking/index.ts';
import type { OpeningKind } from '../../../shared/domain/employers/openings.ts';
import type { AdultTrack } from '../../../shared/domain/participants/constants.ts';
import type { Tx } from '../../../db/tenant.ts';
import * as repo from './repository.ts';

/**
 * The ranking index of one programme on one date, built from its rows and kept in memory until the
 * programme's data version changes. Building is the expensive part (tens of thousands of people at L
 * scale); a ranking on a built index takes milliseconds, so the lists stay fast on repeated use.
 * The key holds the programme, so a cached index is only ever handed to a caller whose access to
 * that programme was checked first.
 */

export interface ParticipantInfo {
  id: string;
  name: string;
  kind: 'youth' | 'adult';
  birthDate: string;
  siteId: string;
  siteName: string;
  /** Has a pending or running placement (left out of rounds). */
  busy: boolean;
}

export interface OpeningInfo {
  id: string;
  title: string;
  kind: string;
  status: string;
  organisationId: string;
  companyName: string | null;
  places: number;
  /** Places not yet held by a pending or running placement. */
  free: number;
  startsOn: string;
}

export interface PreparedRanking {
  ix: RankingIndex;
  version: string;
  participants: Map<string, ParticipantInfo>;
  openings: Map<string, OpeningInfo>;
  /** Eligible candidates per opening, filled lazily (competition counts). */
  eligible: Map<string, number>;
}

const MAX_ENTRIES = 24;
const cache = new Map<string, PreparedRanking>();
let estimator: TravelEstimator | undefined;

/** For tests and tooling: forget every cached index. */
export function clearRankingCache(): void {
  cache.clear();
}

export async function preparedRanking(trx: Tx, programmeId: string, onDate: string, weightSet: WeightSet): Promise<PreparedRanking> {
  const key = `${programmeId}|${onDate}|${weightSet.name}@${weightSet.version}`;
  const version = await repo.dataVersion(trx, programmeId);
  const hit = cache.get(key);
  if (hit && hit.version === version) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const [pRows, consents, oRows] = await Promise.all([
    repo.participantsForRanking(trx, programmeId),
    repo.employerConsents(trx, programmeId),
    repo.openingsForRanking(trx, programmeId),
  ]);
  estimator ??= postalCentroidEstimator(loadPostalCodes());
  const consentsOf = new Map<string, RankingParticipant['consents'] & unknown[]>();
  for (const c of consents) {
    const list = consentsOf.get(c.participant_id) ?? [];
    list.push({
      purpose: c.purpose,
      organisationIds: c.organisation_ids,
      givenOn: c.given_on,
      givenBy: c.given_by,
      revokedAt: c.revoked_at,
    });
    consentsOf.set(c.participant_id, list);
  }
  const ix = prepareRanking({
    onDate,
    estimator,
    weightSet,
    participants: pRows.map((p) => toRankingParticipant(p, consentsOf.get(p.id) ?? [])),
    openings: oRows.map(toRankingOpening),
  });
  const prepared: PreparedRanking = {
    ix,
    version,
    participants: new Map(
      pRows.map((p) => [
        p.id,
        {
          id: p.id,
          name: `${p.first_name} ${p.last_name}`,
          kind: p.kind,
          birthDate: p.birth_date,
          siteId: p.site_id,
          siteName: p.site_name,
          busy: Boolean(p.busy),
        },
      ]),
    ),
    openings: new Map(
      oRows.map((o) => [
        o.id,
        {
          id: o.id,
          title: o.title,
          kind: o.kind,
          status: o.status,
          organisationId: o.organisation_id,
          companyName: o.company_name ?? null,
          places: o.places,
          free: Math.max(0, o.places - Number(o.taken ?? 0)),
          startsOn: o.starts_on,
        },
      ]),
    ),
    eligible: new Map(),
  };
  cache.delete(key);
  cache.set(key, prepared);
  while (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  return prepared;
}

function toRankingParticipant(p: repo.RankingParticipantRow, consents: NonNullable<RankingParticipant['consents']>): RankingParticipant {
  const waitingSince = p.last_ended_on && dayNumber(p.last_ended_on) > dayNumber(p.intake_on) ? p.last_ended_on : p.intake_on;
  return {
    id: p.id,
    kind: p.kind,
    birthDate: p.birth_date,
    compulsorySchool: p.compulsory_school,
    compulsorySchoolEndsOn: p.compulsory_school_ends_on,
    step: p.step,
    track: p.track as AdultTrack | null,
    interests: p.interests,
    skills: p.skills,
    languages: p.languages,
    availability: p.availability,
    travelKm: p.travel_km,
    postalCode: p.postal_code,
    flexJobApproved: p.flex_job_approved,
    priority: p.priority,
    waitingSince,
    consents,
  };
}

function toRankingOpening(o: repo.RankingOpeningRow): RankingOpening {
  return {
    id: o.id,
    organisationId: o.organisation_id,
    kind: o.kind as OpeningKind,
    ladderStep: o.ladder_step,
    minAge: o.min_age,
    maxAge: o.max_age,
    startsOn: o.starts_on,
    endsOn: o.ends_on,
    hoursPerWeek: Number(o.hours_per_week),
    weeklySchedule: o.weekly_schedule,
    places: o.places,
    postalCode: o.postal_code,
    taskTags: o.task_tags,
    flags: flagsOf(o),
    adultStaffPresent: o.adult_staff_present,
    onlyOutOfCompulsorySchool: o.only_out_of_compulsory_school,
  };
}
