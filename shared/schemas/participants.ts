import { z } from 'zod';
import {
  AGE_BANDS,
  BENEFIT_TYPES,
  EDUCATION_AREAS,
  EDUCATION_STATUSES,
  PARTICIPANT_STATUSES,
  TRAVEL_MODES,
} from '../domain/participants/constants.ts';
import { cprIssues, kindFieldIssues, type FieldIssue } from '../domain/participants/validation.ts';
import { email, isoDate, uuid } from './common.ts';
import { consent } from './consents.ts';
import { guardian, guardianNotice } from './guardians.ts';
import { adultTrack, availabilitySlot, dataCategory, interestCode, participantKind, phone, shortText } from './people.ts';
import { talk } from './talks.ts';

/**
 * Participants (youth on the Jobplaneten ladder, adults on a Jobløft track): intake, profile, the
 * ladder, the list and CPR (server/modules/participants). The profile gathers the person's talks,
 * consents and guardians, whose shapes live with their own modules.
 *
 * Errors: every field problem is `validation_failed` with `details.issues[] = { path, code }`; the
 * codes are the snake_case strings below (and in shared/domain/participants/validation.ts).
 * Dates are 'YYYY-MM-DD'; timestamps are ISO strings.
 */

// ---------------------------------------------------------------------------------------------
// Vocabularies
export const youthStep = z
  .number({ error: 'step_range' })
  .int({ error: 'step_range' })
  .min(1, { error: 'step_range' })
  .max(4, { error: 'step_range' });
export const participantStatus = z.enum(PARTICIPANT_STATUSES, { error: 'status_unknown' });
export const travelMode = z.enum(TRAVEL_MODES, { error: 'travel_mode_unknown' });
export const educationStatus = z.enum(EDUCATION_STATUSES, { error: 'education_status_unknown' });
export const benefitType = z.enum(BENEFIT_TYPES, { error: 'benefit_type_unknown' });

export const workArea = z.object({
  code: z.string(),
  nameDa: z.string(),
  nameEn: z.string(),
  educationArea: z.enum(EDUCATION_AREAS),
});
export type WorkArea = z.infer<typeof workArea>;
export const workAreaList = z.object({ workAreas: z.array(workArea) });

const name = z.string().trim().min(1, { error: 'required' }).max(100, { error: 'too_long' });
const textList = z.array(z.string().trim().min(1).max(60)).max(30);
/** Accepted as DDMMYYSSSS, DDMMYY-SSSS or DDMMYY SSSS; never echoed back in errors or logs. */
const cprInput = z.string().trim().max(20);

function addIssues(ctx: z.RefinementCtx, issues: FieldIssue[]): void {
  for (const i of issues) ctx.addIssue({ code: 'custom', path: i.path, message: i.code });
}

// ---------------------------------------------------------------------------------------------
// Participant: create, update, ladder
/** The editable profile. Youth-only: step, compulsorySchool(EndsOn). Adult-only: track, benefitType, maxWeeklyHours, flexJobApproved. */
const profileFields = {
  firstName: name,
  lastName: name,
  birthDate: isoDate,
  email: email.nullable(),
  phone: phone.nullable(),
  address: shortText(300).nullable(),
  siteId: uuid,
  school: shortText(200).nullable(),
  educationStatus: educationStatus.nullable(),
  compulsorySchool: z.boolean().nullable(),
  compulsorySchoolEndsOn: isoDate.nullable(),
  interests: z.array(interestCode).max(30),
  skills: textList,
  languages: textList,
  availability: z.array(availabilitySlot).max(21),
  travelKm: z.number().int().min(0, { error: 'travel_km_range' }).max(300, { error: 'travel_km_range' }).nullable(),
  travelModes: z.array(travelMode).max(4),
  goals: shortText(2000).nullable(),
  benefitType: benefitType.nullable(),
  maxWeeklyHours: z.number().min(0, { error: 'weekly_hours_range' }).max(48, { error: 'weekly_hours_range' }).nullable(),
  flexJobApproved: z.boolean().nullable(),
  readinessNotes: shortText(4000).nullable(),
  /** "Most vulnerable": favoured in matching. Only coordinators and administrators see it. */
  priority: z.boolean(),
  priorityNote: shortText(1000).nullable(),
  status: participantStatus,
  cpr: cprInput.nullable(),
  /** Required whenever a CPR number is given (payroll, referral to a job centre …). */
  cprReason: shortText(300).nullable(),
};

export const createParticipantBody = z
  .object({
    kind: participantKind,
    ...profileFields,
    email: profileFields.email.optional(),
    phone: profileFields.phone.optional(),
    address: profileFields.address.optional(),
    school: profileFields.school.optional(),
    educationStatus: profileFields.educationStatus.optional(),
    compulsorySchool: profileFields.compulsorySchool.optional(),
    compulsorySchoolEndsOn: profileFields.compulsorySchoolEndsOn.optional(),
    interests: profileFields.interests.default([]),
    skills: profileFields.skills.default([]),
    languages: profileFields.languages.default([]),
    availability: profileFields.availability.default([]),
    travelKm: profileFields.travelKm.optional(),
    travelModes: profileFields.travelModes.default([]),
    goals: profileFields.goals.optional(),
    benefitType: profileFields.benefitType.optional(),
    maxWeeklyHours: profileFields.maxWeeklyHours.optional(),
    flexJobApproved: profileFields.flexJobApproved.optional(),
    readinessNotes: profileFields.readinessNotes.optional(),
    priority: profileFields.priority.default(false),
    priorityNote: profileFields.priorityNote.optional(),
    status: profileFields.status.default('active'),
    cpr: profileFields.cpr.optional(),
    cprReason: profileFields.cprReason.optional(),
    /** Youth start on step 1 unless told otherwise. */
    step: youthStep.optional(),
    /** Adults may start without a track. */
    track: adultTrack.nullable().optional(),
    /** Set after a `possible_duplicate` answer, when the coordinator has checked the candidates. */
    confirmNotDuplicate: z.boolean().default(false),
  })
  .superRefine((v, ctx) => {
    addIssues(ctx, kindFieldIssues(v.kind, v, true));
    addIssues(ctx, cprIssues(v.cpr, v.cprReason, v.birthDate));
  });
export type CreateParticipantBody = z.infer<typeof createParticipantBody>;

/** Every field optional; `version` is the one read, and a stale one answers 409 `version_conflict`. */
export const updateParticipantBody = z
  .object({ ...profileFields, version: z.number().int().min(1) })
  .partial()
  .required({ version: true })
  .superRefine((v, ctx) => {
    if (v.cpr !== undefined && v.cpr !== null) addIssues(ctx, cprIssues(v.cpr, v.cprReason, undefined));
  });
export type UpdateParticipantBody = z.infer<typeof updateParticipantBody>;

/** A change of step (youth) or track (adults), dated, with a reason. */
export const ladderChangeBody = z.object({
  step: youthStep.optional(),
  track: adultTrack.nullable().optional(),
  onDate: isoDate,
  reason: z.string().trim().min(1, { error: 'reason_required' }).max(1000, { error: 'too_long' }),
  version: z.number().int().min(1).optional(),
});

// ---------------------------------------------------------------------------------------------
// Participant: responses
export const ladderEvent = z.object({
  id: uuid,
  onDate: isoDate,
  kind: z.enum(['step', 'track']),
  fromStep: z.number().nullable(),
  toStep: z.number().nullable(),
  fromTrack: adultTrack.nullable(),
  toTrack: adultTrack.nullable(),
  reason: z.string(),
  /** Age in whole years on the date: kept when the person is anonymised, for statistics. */
  ageOnDate: z.number(),
  createdBy: uuid.nullable(),
  createdAt: z.string(),
});
export type LadderEvent = z.infer<typeof ladderEvent>;

export const cprSummary = z.object({ masked: z.string(), reason: z.string() });

/**
 * A participant as staff see them. Coordinators and administrators see every field. A consented
 * job-centre caseworker sees identity plus the data categories listed in `visibleCategories`;
 * fields outside them are absent. `priority` is absent for every other role.
 */
export const participant = z.object({
  id: uuid,
  programmeId: uuid,
  kind: participantKind,
  firstName: z.string(),
  lastName: z.string(),
  birthDate: isoDate,
  siteId: uuid,
  status: participantStatus,
  step: z.number().nullable(),
  track: adultTrack.nullable(),
  email: z.string().nullable().optional(),
  phone: z.string().nullable().optional(),
  address: z.string().nullable().optional(),
  school: z.string().nullable().optional(),
  educationStatus: educationStatus.nullable().optional(),
  compulsorySchool: z.boolean().nullable().optional(),
  compulsorySchoolEndsOn: isoDate.nullable().optional(),
  interests: z.array(z.string()).optional(),
  skills: z.array(z.string()).optional(),
  languages: z.array(z.string()).optional(),
  availability: z.array(availabilitySlot).optional(),
  travelKm: z.number().nullable().optional(),
  travelModes: z.array(travelMode).optional(),
  goals: z.string().nullable().optional(),
  benefitType: benefitType.nullable().optional(),
  maxWeeklyHours: z.number().nullable().optional(),
  flexJobApproved: z.boolean().nullable().optional(),
  readinessNotes: z.string().nullable().optional(),
  priority: z.object({ flagged: z.boolean(), note: z.string().nullable() }).optional(),
  /** Masked (DDMMYY-XXXX); the full number only through POST …/cpr/reveal. Absent for caseworkers. */
  cpr: cprSummary.nullable().optional(),
  hasPortalAccount: z.boolean(),
  visibleCategories: z.array(dataCategory),
  version: z.number(),
  mergedInto: uuid.nullable(),
  anonymisedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** One dated entry of the journey; `ref` is the id of the ladder event, talk, consent, guardian or notice. */
export const timelineItem = z.object({
  date: isoDate,
  type: z.enum(['ladder', 'talk', 'consent_given', 'consent_revoked', 'guardian_added', 'guardian_notice', 'guardian_cosigned']),
  ref: uuid,
  /** A short machine-readable label: the step/track, talk kind, consent purpose or guardian relation. */
  label: z.string(),
});
export type TimelineItem = z.infer<typeof timelineItem>;

export const participantProfile = participant.extend({
  ladder: z.array(ladderEvent),
  talks: z.array(talk),
  consents: z.array(consent),
  guardians: z.array(guardian),
  guardianNotices: z.array(guardianNotice),
  timeline: z.array(timelineItem),
});

export const ATTENTION_REASONS = ['overdue_next_step', 'consent_due', 'no_contact'] as const;

export const participantListItem = z.object({
  id: uuid,
  kind: participantKind,
  firstName: z.string(),
  lastName: z.string(),
  birthDate: isoDate,
  age: z.number(),
  siteId: uuid,
  status: participantStatus,
  step: z.number().nullable(),
  track: adultTrack.nullable(),
  interests: z.array(z.string()),
  lastContactOn: isoDate.nullable(),
  attention: z.array(z.enum(ATTENTION_REASONS)),
  priority: z.boolean().optional(),
  /** 0–1 when searching with `q`, best first; null otherwise. */
  score: z.number().nullable(),
});
export type ParticipantListItem = z.infer<typeof participantListItem>;

const boolParam = z.enum(['true', 'false'], { error: 'boolean_format' }).transform((v) => v === 'true');
export const participantListQuery = z.object({
  site: uuid.optional(),
  kind: participantKind.optional(),
  step: z.coerce.number<number | string>().int().min(1, { error: 'step_range' }).max(4, { error: 'step_range' }).optional(),
  track: adultTrack.optional(),
  status: participantStatus.optional(),
  interest: interestCode.optional(),
  ageBand: z.enum(AGE_BANDS, { error: 'age_band_unknown' }).optional(),
  needsAttention: boolParam.optional(),
  /** Name search; tolerates typos and Danish letters (æ/ae, ø/oe, å/aa). */
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number<number | string>().int().min(1).max(500).default(100),
  offset: z.coerce.number<number | string>().int().min(0).default(0),
});
export const participantList = z.object({
  participants: z.array(participantListItem),
  total: z.number(),
  limit: z.number(),
  offset: z.number(),
});

export const cprRevealResponse = z.object({ cpr: z.string() });
