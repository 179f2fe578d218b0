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
import type { AttentionReason } from '../../../shared/domain/participants/todo.ts';
import { ageOn } from '../../../shared/domain/youth-rules/category.ts';
import type { PresentedConsent } from '../consents/presenter.ts';
import { presentGuardian, presentNotice } from '../guardians/presenter.ts';
import type { GuardianRow, NoticeRow } from '../guardians/repository.ts';
import { presentTalk } from '../talks/presenter.ts';
import type { NextStepRow, TalkRow } from '../talks/repository.ts';
import type { z } from 'zod';
import type { participant } from '../../../shared/schemas/participants.ts';
import type { Viewer } from '../../lib/access/index.ts';
import type { LadderEventRow, ListRow, ParticipantRow, WorkAreaRow } from './repository.ts';

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

export interface ProfileParts {
  ladder: LadderEventRow[];
  talks: TalkRow[];
  nextSteps: NextStepRow[];
  consents: PresentedConsent[];
  guardians: GuardianRow[];
  notices: NoticeRow[];
}

type TimelineType = 'ladder' | 'talk' | 'consent_given' | 'consent_revoked' | 'guardian_added' | 'guardian_notice' | 'guardian_cosigned';

/** The journey: every dated thing that happened, oldest first (ties keep a stable type order). */
export function timeline(parts: ProfileParts, dateOf: (d: Date | string) => string) {
  const items: Array<{ date: string; type: TimelineType; ref: string; label: string }> = [];
  for (const e of parts.ladder)
    items.push({
      date: e.on_date,
      type: 'ladder',
      ref: e.id,
      label: e.kind === 'step' ? `step:${e.to_step}` : `track:${e.to_track ?? 'none'}`,
    });
  for (const t of parts.talks) items.push({ date: t.held_on, type: 'talk', ref: t.id, label: t.kind });
  for (const c of parts.consents) {
    items.push({ date: c.givenOn, type: 'consent_given', ref: c.id, label: c.purpose });
    if (c.revokedAt) items.push({ date: dateOf(c.revokedAt), type: 'consent_revoked', ref: c.id, label: c.purpose });
  }
  for (const g of parts.guardians) items.push({ date: dateOf(g.created_at), type: 'guardian_added', ref: g.id, label: g.relation });
  for (const n of parts.notices) {
    items.push({ date: n.informed_on, type: 'guardian_notice', ref: n.id, label: 'informed' });
    if (n.cosigned_on) items.push({ date: n.cosigned_on, type: 'guardian_cosigned', ref: n.id, label: 'cosigned' });
  }
  return items.sort((a, b) => a.date.localeCompare(b.date));
}

export function presentProfile(
  p: ParticipantRow,
  v: Viewer,
  categories: readonly DataCategory[],
  parts: ProfileParts,
  dateOf: (d: Date | string) => string,
) {
  return {
    ...presentParticipant(p, v, categories),
    ladder: parts.ladder.map(presentLadderEvent),
    talks: parts.talks.map((t) => presentTalk(t, parts.nextSteps)),
    consents: parts.consents,
    guardians: parts.guardians.map(presentGuardian),
    guardianNotices: parts.notices.map(presentNotice),
    timeline: timeline(parts, dateOf),
  };
}

export function presentListItem(
  r: ListRow,
  v: Viewer,
  today: string,
  extra: { attention: AttentionReason[]; score: number | null; showInterests: boolean },
) {
  return {
    id: r.id,
    kind: r.kind,
    firstName: r.first_name,
    lastName: r.last_name,
    birthDate: r.birth_date,
    age: ageOn(r.birth_date, today),
    siteId: r.site_id,
    status: r.status as ParticipantStatus,
    step: r.step,
    track: r.track as AdultTrack | null,
    interests: extra.showInterests ? r.interests : [],
    lastContactOn: v.full ? (r.last_talk_on ?? null) : null,
    attention: extra.attention,
    ...(v.seesPriority ? { priority: r.priority } : {}),
    score: extra.score,
  };
}

export function presentWorkArea(w: WorkAreaRow) {
  return { code: w.code, nameDa: w.name_da, nameEn: w.name_en, educationArea: w.education_area as never };
}
