import { z } from 'zod';
import {
  ADULT_TRACKS,
  AGE_BANDS,
  AVAILABILITY_SLOTS,
  BENEFIT_TYPES,
  CONSENT_GIVERS,
  CONSENT_METHODS,
  CONSENT_PURPOSES,
  DATA_CATEGORIES,
  EDUCATION_AREAS,
  EDUCATION_STATUSES,
  GUARDIAN_RELATIONS,
  PARTICIPANT_KINDS,
  PARTICIPANT_STATUSES,
  TALK_KINDS,
  TALK_VISIBILITIES,
  TRAVEL_MODES,
} from '../domain/participants/constants.ts';
import { cprIssues, kindFieldIssues, type FieldIssue } from '../domain/participants/validation.ts';
import { email, isoDate, uuid } from './common.ts';

/**
 * Participants (youth on the Jobplaneten ladder, adults on a Jobløft track), their guardians,
 * consents, follow-up talks, the coordinator's to-do list, data-subject rights and the portal.
 *
 * Errors: every field problem is `validation_failed` with `details.issues[] = { path, code }`; the
 * codes are the snake_case strings below (and in shared/domain/participants/validation.ts).
 * Dates are 'YYYY-MM-DD'; timestamps are ISO strings.
 */

// ---------------------------------------------------------------------------------------------
// Vocabularies
export const participantKind = z.enum(PARTICIPANT_KINDS);
export const youthStep = z
  .number({ error: 'step_range' })
  .int({ error: 'step_range' })
  .min(1, { error: 'step_range' })
  .max(4, { error: 'step_range' });
export const adultTrack = z.enum(ADULT_TRACKS, { error: 'track_unknown' });
export const participantStatus = z.enum(PARTICIPANT_STATUSES, { error: 'status_unknown' });
export const availabilitySlot = z.enum(AVAILABILITY_SLOTS, { error: 'availability_slot' });
export const travelMode = z.enum(TRAVEL_MODES, { error: 'travel_mode_unknown' });
export const educationStatus = z.enum(EDUCATION_STATUSES, { error: 'education_status_unknown' });
export const benefitType = z.enum(BENEFIT_TYPES, { error: 'benefit_type_unknown' });
export const consentPurpose = z.enum(CONSENT_PURPOSES, { error: 'consent_purpose_unknown' });
export const consentMethod = z.enum(CONSENT_METHODS, { error: 'consent_method_unknown' });
export const dataCategory = z.enum(DATA_CATEGORIES, { error: 'data_category_unknown' });
export const talkKind = z.enum(TALK_KINDS, { error: 'talk_kind_unknown' });
export const talkVisibility = z.enum(TALK_VISIBILITIES, { error: 'talk_visibility_unknown' });
export const guardianRelation = z.enum(GUARDIAN_RELATIONS, { error: 'guardian_relation_unknown' });
/** A work-area code from GET /api/work-areas; unknown codes fail in the service as `interest_unknown`. */
export const interestCode = z.string().regex(/^[a-z][a-z0-9_]{1,39}$/, { error: 'interest_unknown' });

export const workArea = z.object({
  code: z.string(),
  nameDa: z.string(),
  nameEn: z.string(),
  educationArea: z.enum(EDUCATION_AREAS),
});
export const workAreaList = z.object({ workAreas: z.array(workArea) });

const name = z.string().trim().min(1, { error: 'required' }).max(100, { error: 'too_long' });
const shortText = (max: number) => z.string().trim().max(max, { error: 'too_long' });
const phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 ]{6,18}$/, { error: 'phone_format' });
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

export const guardian = z.object({
  id: uuid,
  participantId: uuid,
  name: z.string(),
  relation: guardianRelation,
  email: z.string().nullable(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  hasPortalAccount: z.boolean(),
  removedAt: z.string().nullable(),
  createdAt: z.string(),
});

export const consent = z.object({
  id: uuid,
  participantId: uuid,
  purpose: consentPurpose,
  /** Partner organisations the consent covers; empty = every partner of the programme. */
  organisationIds: z.array(uuid),
  dataCategories: z.array(dataCategory),
  givenOn: isoDate,
  givenBy: z.enum(CONSENT_GIVERS),
  guardianId: uuid.nullable(),
  method: consentMethod,
  revokedAt: z.string().nullable(),
  /** Whether sharing may rely on it today (not revoked; a guardian's consent ends at 18). */
  inForce: z.boolean(),
  /** When it must be renewed (turning 15 or 18, a new step); null if never. */
  renewalDueOn: isoDate.nullable(),
  renewalReason: z.enum(['turns_15', 'turns_18', 'new_step']).nullable(),
  createdAt: z.string(),
});

export const guardianNotice = z.object({
  id: uuid,
  participantId: uuid,
  guardianId: uuid,
  /** Placements arrive in a later issue; until then notices describe the job in text. */
  placementId: uuid.nullable(),
  jobDescription: z.string(),
  hours: z.string(),
  risks: z.string(),
  precautions: z.string(),
  informedOn: isoDate,
  cosignedOn: isoDate.nullable(),
  createdAt: z.string(),
});

export const nextStep = z.object({
  id: uuid,
  talkId: uuid,
  description: z.string(),
  dueOn: isoDate,
  ownerUserId: uuid,
  completedAt: z.string().nullable(),
});

export const talk = z.object({
  id: uuid,
  participantId: uuid,
  heldOn: isoDate,
  kind: talkKind,
  summary: z.string(),
  visibility: talkVisibility,
  nextSteps: z.array(nextStep),
  createdAt: z.string(),
});

/** One dated entry of the journey; `ref` is the id of the ladder event, talk, consent, guardian or notice. */
export const timelineItem = z.object({
  date: isoDate,
  type: z.enum(['ladder', 'talk', 'consent_given', 'consent_revoked', 'guardian_added', 'guardian_notice', 'guardian_cosigned']),
  ref: uuid,
  /** A short machine-readable label: the step/track, talk kind, consent purpose or guardian relation. */
  label: z.string(),
});

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

export const duplicateCandidate = z.object({
  id: uuid,
  firstName: z.string(),
  lastName: z.string(),
  birthDate: isoDate,
  siteId: uuid,
  reasons: z.array(z.enum(['cpr', 'name_birth_date'])),
});
/** Also the `details` of a 409 `possible_duplicate`. */
export const duplicateList = z.object({ candidates: z.array(duplicateCandidate) });

export const mergeBody = z.object({
  /** The record to fold into this one; it is kept, marked `mergedInto`, and hidden from lists. */
  otherId: uuid,
  version: z.number().int().min(1).optional(),
});

export const cprRevealResponse = z.object({ cpr: z.string() });

// ---------------------------------------------------------------------------------------------
// Guardians, guardian job notices, consents
export const createGuardianBody = z
  .object({
    name: z.string().trim().min(1, { error: 'required' }).max(200),
    relation: guardianRelation,
    email: email.nullable().optional(),
    phone: phone.nullable().optional(),
    address: shortText(300).nullable().optional(),
  })
  .refine((g) => !!g.email || !!g.phone, { path: ['phone'], error: 'guardian_contact_required' });
export const updateGuardianBody = z.object({
  name: z.string().trim().min(1, { error: 'required' }).max(200).optional(),
  relation: guardianRelation.optional(),
  email: email.nullable().optional(),
  phone: phone.nullable().optional(),
  address: shortText(300).nullable().optional(),
});

export const createGuardianNoticeBody = z
  .object({
    guardianId: uuid,
    placementId: uuid.nullable().optional(),
    jobDescription: z.string().trim().min(1, { error: 'required' }).max(2000),
    hours: z.string().trim().min(1, { error: 'required' }).max(500),
    risks: z.string().trim().min(1, { error: 'required' }).max(2000),
    precautions: z.string().trim().min(1, { error: 'required' }).max(2000),
    informedOn: isoDate,
    cosignedOn: isoDate.nullable().optional(),
  })
  .refine((n) => !n.cosignedOn || n.cosignedOn >= n.informedOn, { path: ['cosignedOn'], error: 'cosigned_before_informed' });
export const cosignNoticeBody = z.object({ cosignedOn: isoDate });

/**
 * "A placement cannot start until both are recorded": for someone under 15 or in compulsory school
 * on `on`, a guardian must have been informed of the job and have co-signed the agreement.
 */
export const guardianClearance = z.object({
  required: z.boolean(),
  informed: z.boolean(),
  cosigned: z.boolean(),
  ok: z.boolean(),
  missing: z.array(z.enum(['guardian_informed', 'guardian_cosigned'])),
  requiredBecause: z.array(z.enum(['under_15', 'compulsory_school'])),
});
export const guardianClearanceQuery = z.object({ on: isoDate, placementId: uuid.optional() });

export const createConsentBody = z
  .object({
    purpose: consentPurpose,
    organisationIds: z.array(uuid).max(50).default([]),
    dataCategories: z.array(dataCategory).min(1, { error: 'data_categories_required' }).max(DATA_CATEGORIES.length),
    givenOn: isoDate,
    givenBy: z.enum(CONSENT_GIVERS),
    guardianId: uuid.nullable().optional(),
    method: consentMethod,
  })
  .refine((c) => c.givenBy !== 'guardian' || !!c.guardianId, { path: ['guardianId'], error: 'guardian_required' });
export const revokeConsentBody = z.object({ reason: shortText(500).optional() });

// ---------------------------------------------------------------------------------------------
// Talks and the to-do list
export const nextStepInput = z.object({
  description: z.string().trim().min(1, { error: 'required' }).max(1000),
  dueOn: isoDate,
  /** A member of the programme (staff); checked as `owner_not_member`. */
  ownerUserId: uuid,
});
export const createTalkBody = z.object({
  heldOn: isoDate,
  kind: talkKind,
  summary: z.string().trim().min(1, { error: 'required' }).max(5000),
  visibility: talkVisibility.default('coordinators'),
  nextSteps: z.array(nextStepInput).max(20).default([]),
});

export const todoList = z.object({
  today: isoDate,
  noContactWeeks: z.number(),
  overdueNextSteps: z.array(
    z.object({
      participantId: uuid,
      firstName: z.string(),
      lastName: z.string(),
      nextStepId: uuid,
      talkId: uuid,
      description: z.string(),
      dueOn: isoDate,
      ownerUserId: uuid,
    }),
  ),
  consentsDue: z.array(
    z.object({
      participantId: uuid,
      firstName: z.string(),
      lastName: z.string(),
      consentId: uuid,
      purpose: consentPurpose,
      dueOn: isoDate,
      reason: z.enum(['turns_15', 'turns_18', 'new_step']),
    }),
  ),
  notContacted: z.array(
    z.object({
      participantId: uuid,
      firstName: z.string(),
      lastName: z.string(),
      /** The last talk, or null if there has never been one (then counted from intake). */
      lastContactOn: isoDate.nullable(),
      weeksSinceContact: z.number(),
    }),
  ),
});

// ---------------------------------------------------------------------------------------------
// Programme settings, data-subject rights, retention
export const programmeSettings = z.object({
  /** The to-do list flags participants without a talk for this many weeks. */
  noContactWeeks: z.number().int().min(1).max(52),
  /** Participants inactive this long are anonymised by the retention job. */
  retentionMonths: z.number().int().min(6).max(120),
});
export const updateProgrammeSettingsBody = programmeSettings.partial();

export const exportQuery = z.object({ format: z.enum(['html', 'json']).default('html') });

export const anonymiseResponse = z.object({ id: uuid, anonymisedAt: z.string() });

export const retentionPreview = z.object({
  retentionMonths: z.number(),
  /** Participants whose last activity is before this date would be anonymised. */
  cutoff: isoDate,
  candidates: z.array(z.object({ id: uuid, firstName: z.string(), lastActivityOn: isoDate, monthsInactive: z.number() })),
});
export const retentionRunResult = z.object({ anonymised: z.number(), ids: z.array(uuid) });

// ---------------------------------------------------------------------------------------------
// Participant and guardian portal
export const createPortalCodeBody = z.object({
  for: z.union([z.literal('participant'), z.object({ guardianId: uuid })]),
});
export const portalCode = z.object({
  /** Shown once, e.g. 'K7PX-M2QD'; stored only as a hash. */
  code: z.string(),
  expiresAt: z.string(),
  for: z.enum(['participant', 'guardian']),
  guardianId: uuid.nullable(),
});

/** Login names for portal accounts (youth often have no e-mail): 3–40 of a–z, 0–9, '.', '_', '-'. */
export const username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,39}$/, { error: 'username_format' });
export const redeemPortalCodeBody = z.object({
  code: z.string().trim().min(8).max(12),
  /** Optional: one is generated from the first name if left out. */
  username: username.optional(),
  email: email.optional(),
  /** Required unless already logged in (then the code links the existing account). */
  password: z.string().max(256).optional(),
});
export const redeemPortalCodeResponse = z.object({
  stage: z.enum(['full', 'totp_required', 'totp_setup_required']),
  username: z.string().nullable(),
});

export const portalConsent = consent.omit({ organisationIds: true }).extend({ organisationNames: z.array(z.string()) });
export const portalPerson = z.object({
  id: uuid,
  programmeId: uuid,
  programmeName: z.string(),
  kind: participantKind,
  firstName: z.string(),
  lastName: z.string(),
  birthDate: isoDate,
  step: z.number().nullable(),
  track: adultTrack.nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  availability: z.array(availabilitySlot),
  interests: z.array(z.string()),
  /** Placements, shifts, hours and activities arrive in later issues: empty for now. */
  jobs: z.array(z.unknown()),
  shifts: z.array(z.unknown()),
  hours: z.array(z.unknown()),
  activities: z.array(z.unknown()),
  consents: z.array(portalConsent),
});
export const portalMe = z.object({
  user: z.object({ id: uuid, name: z.string(), username: z.string().nullable(), email: z.string().nullable() }),
  /** The caller's own participant record(s). */
  self: z.array(portalPerson),
  /** For guardians: their children. */
  children: z.array(portalPerson),
});
export const updatePortalMeBody = z.object({
  email: email.nullable().optional(),
  phone: phone.nullable().optional(),
  address: shortText(300).nullable().optional(),
  availability: z.array(availabilitySlot).max(21).optional(),
  interests: z.array(interestCode).max(30).optional(),
});
export const portalConsentBody = z.object({
  purpose: consentPurpose,
  organisationIds: z.array(uuid).max(50).default([]),
  dataCategories: z.array(dataCategory).min(1, { error: 'data_categories_required' }).max(DATA_CATEGORIES.length),
});
