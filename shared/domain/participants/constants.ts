/**
 * The vocabularies of a participant record. They are code lists, not free text, so statistics can
 * count them, anonymisation can keep them, and the UI translates them (Danish first).
 */

/** Youth (13–18) climb the Jobplaneten ladder; unemployed adult residents are on a Jobløft track. */
export const PARTICIPANT_KINDS = ['youth', 'adult'] as const;
export type ParticipantKind = (typeof PARTICIPANT_KINDS)[number];

/** Jobplaneten's four steps. */
export const YOUTH_STEPS = [1, 2, 3, 4] as const;
export type YouthStep = (typeof YOUTH_STEPS)[number];

/** Jobløft tracks: ordinary job, apprenticeship/internship, flex job, few-hours job, training. */
export const ADULT_TRACKS = ['job', 'apprenticeship_internship', 'flex_job', 'few_hours_job', 'training'] as const;
export type AdultTrack = (typeof ADULT_TRACKS)[number];

export const PARTICIPANT_STATUSES = ['active', 'paused', 'completed', 'withdrawn'] as const;
export type ParticipantStatus = (typeof PARTICIPANT_STATUSES)[number];

export const EDUCATION_STATUSES = [
  'compulsory_school',
  'tenth_grade',
  'upper_secondary',
  'vocational',
  'higher_education',
  'preparatory',
  'none',
  'completed_vocational',
  'completed_higher',
  'other',
] as const;
export type EducationStatus = (typeof EDUCATION_STATUSES)[number];

/** Danish benefit types for adults (kontanthjælp, uddannelseshjælp, dagpenge, ledighedsydelse …). */
export const BENEFIT_TYPES = [
  'cash_benefit',
  'education_benefit',
  'unemployment_benefit',
  'flex_job_benefit',
  'resource_programme',
  'sickness_benefit',
  'disability_pension',
  'self_supporting',
  'other',
] as const;
export type BenefitType = (typeof BENEFIT_TYPES)[number];

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const DAY_PARTS = ['am', 'pm', 'eve'] as const;
/** Weekly availability as a grid of half-days plus evening: 'mon-am' … 'sun-eve'. */
export const AVAILABILITY_SLOTS = WEEKDAYS.flatMap((d) => DAY_PARTS.map((p) => `${d}-${p}` as const));
export type AvailabilitySlot = (typeof AVAILABILITY_SLOTS)[number];

export const TRAVEL_MODES = ['walk', 'bike', 'public_transport', 'car'] as const;
export type TravelMode = (typeof TRAVEL_MODES)[number];

/** The four main areas of Danish vocational education (EUD hovedområder) the work areas map to. */
export const EDUCATION_AREAS = [
  'care_health_pedagogy',
  'office_trade_business',
  'food_agriculture_hospitality',
  'technology_construction_transport',
] as const;
export type EducationArea = (typeof EDUCATION_AREAS)[number];

export const GUARDIAN_RELATIONS = ['mother', 'father', 'custodian', 'foster_parent', 'other'] as const;
export type GuardianRelation = (typeof GUARDIAN_RELATIONS)[number];

export const CONSENT_PURPOSES = ['data_processing', 'share_employer', 'share_job_centre', 'photos', 'evaluation'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

export const CONSENT_METHODS = ['paper', 'portal', 'verbal'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

export const CONSENT_GIVERS = ['participant', 'guardian'] as const;
export type ConsentGiver = (typeof CONSENT_GIVERS)[number];

/**
 * What a sharing consent lets a partner see. Identity (name, birth date, site, kind) is implied by
 * any sharing; the CPR number is never shared through a consent.
 */
export const DATA_CATEGORIES = ['contact', 'education', 'profile', 'ladder', 'talks', 'employment', 'guardians'] as const;
export type DataCategory = (typeof DATA_CATEGORIES)[number];

export const TALK_KINDS = ['intake', 'follow_up', 'employer', 'school'] as const;
export type TalkKind = (typeof TALK_KINDS)[number];

/** 'coordinators': the programme's coordinators only; 'job_centre': also consented caseworkers. */
export const TALK_VISIBILITIES = ['coordinators', 'job_centre'] as const;
export type TalkVisibility = (typeof TALK_VISIBILITIES)[number];

export const AGE_BANDS = ['13-14', '15-17', '18+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** Youth are 13–18 (an 18-year-old may finish the ladder); adults are 18 or older. */
export const YOUTH_MIN_AGE = 13;
export const YOUTH_MAX_AGE = 18;
export const ADULT_MIN_AGE = 18;

export const DEFAULT_PROGRAMME_SETTINGS = { noContactWeeks: 4, retentionMonths: 24 } as const;
