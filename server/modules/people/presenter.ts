import { maskCpr } from '../../../shared/domain/identifiers/cpr.ts';
import type {
  AdultTrack,
  AvailabilitySlot,
  BenefitType,
  DataCategory,
  EducationStatus,
  ParticipantStatus,
  TravelMode,
} from '../../../shared/domain/participants/constants.ts';
import type { z } from 'zod';
import type { participant } from '../../../shared/schemas/participants.ts';
import type { Viewer } from './access.ts';
import type { LadderEventRow, ParticipantRow } from './repository.ts';

type ParticipantResponse = z.infer<typeof participant>;

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

/**
 * The masked CPR number needs no decryption: its date part is the birth date (the two must match),
 * and the serial is never shown here.
 */
export function maskedCprFor(birthDate: string): string {
  const [y, m, d] = birthDate.split('-');
  return maskCpr(`${d}${m}${y!.slice(2)}0000`);
}

/** Fields grouped by the data category a consent shares them under. */
const CATEGORY_FIELDS: Partial<Record<DataCategory, (p: ParticipantRow) => Record<string, unknown>>> = {
  contact: (p) => ({ email: p.email, phone: p.phone, address: p.address }),
  education: (p) => ({
    school: p.school,
    educationStatus: p.education_status as EducationStatus | null,
    compulsorySchool: p.compulsory_school,
    compulsorySchoolEndsOn: p.compulsory_school_ends_on,
  }),
  profile: (p) => ({
    interests: p.interests,
    skills: p.skills,
    languages: p.languages,
    availability: p.availability as AvailabilitySlot[],
    travelKm: p.travel_km,
    travelModes: p.travel_modes as TravelMode[],
    goals: p.goals,
  }),
  employment: (p) => ({
    benefitType: p.benefit_type as BenefitType | null,
    maxWeeklyHours: p.max_weekly_hours,
    flexJobApproved: p.flex_job_approved,
    readinessNotes: p.readiness_notes,
  }),
};

/**
 * A participant as this viewer may see them: identity always; other fields by data category; the
 * priority flag only for roles that need it; the masked CPR only for coordinators and administrators.
 */
export function presentParticipant(p: ParticipantRow, v: Viewer, categories: readonly DataCategory[]) {
  const out: Record<string, unknown> = {
    id: p.id,
    programmeId: p.programme_id,
    kind: p.kind,
    firstName: p.first_name,
    lastName: p.last_name,
    birthDate: p.birth_date,
    siteId: p.site_id,
    status: p.status as ParticipantStatus,
    step: p.step,
    track: p.track as AdultTrack | null,
    hasPortalAccount: p.user_id !== null,
    visibleCategories: [...categories],
    version: p.version,
    mergedInto: p.merged_into,
    anonymisedAt: iso(p.anonymised_at),
    createdAt: new Date(p.created_at).toISOString(),
    updatedAt: new Date(p.updated_at).toISOString(),
  };
  for (const c of categories) Object.assign(out, CATEGORY_FIELDS[c]?.(p) ?? {});
  if (v.seesPriority) out.priority = { flagged: p.priority, note: p.priority_note };
  if (v.full) out.cpr = p.has_cpr ? { masked: maskedCprFor(p.birth_date), reason: p.cpr_reason ?? '' } : null;
  // Which keys exist depends on the viewer; the response schema (shared/schemas) checks the shape.
  return out as ParticipantResponse;
}

export function presentLadderEvent(e: LadderEventRow) {
  return {
    id: e.id,
    onDate: e.on_date,
    kind: e.kind,
    fromStep: e.from_step,
    toStep: e.to_step,
    fromTrack: e.from_track as AdultTrack | null,
    toTrack: e.to_track as AdultTrack | null,
    reason: e.reason,
    ageOnDate: e.age_on_date,
    createdBy: e.created_by,
    createdAt: new Date(e.created_at).toISOString(),
  };
}
