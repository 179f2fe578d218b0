import { z } from 'zod';
import { DATA_CATEGORIES } from '../domain/participants/constants.ts';
import { email, isoDate, uuid } from './common.ts';
import { consent } from './consents.ts';
import { ACTIVITY_PARTICIPANT_STATUSES } from './activities.ts';
import { ACTIVITY_KINDS } from '../domain/activities/funnel.ts';
import { openingKind } from './openings.ts';
import { payer, placementStatus } from './placements.ts';
import { adultTrack, availabilitySlot, consentPurpose, dataCategory, interestCode, participantKind, phone, shortText } from './people.ts';

/** The participant and guardian portal: invitation codes, accounts, their own data and consents (server/modules/portal). */

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
export type PortalCode = z.infer<typeof portalCode>;

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
/** Someone the person can call about a job: a mentor, or the employer's contact (phone only where recorded). */
export const portalContact = z.object({ name: z.string(), phone: z.string().nullable(), email: z.string().nullable() });

/** A job the person has or had (agreed, running or ended), as they need to know it. */
export const portalJob = z.object({
  id: uuid,
  status: placementStatus,
  title: z.string(),
  kind: openingKind,
  /** The step on the ladder the job belongs to (youth), when the opening states one. */
  step: z.number().nullable(),
  employer: z.string(),
  workplace: z.object({ name: z.string(), address: z.string(), postalCode: z.string() }),
  /** The employer's contact people in the programme (no phone: the data model records none for them). */
  /** The employer's contact people are user accounts, which hold no phone number: name and e-mail only. */
  contacts: z.array(portalContact.omit({ phone: true })),
  mentor: portalContact.nullable(),
  weeklySchedule: z.array(z.object({ weekday: z.number().int(), start: z.string(), end: z.string(), breakMinutes: z.number().int() })),
  hoursPerWeek: z.number().nullable(),
  wagePerHour: z.number().nullable(),
  wagePayer: payer.nullable(),
  startsOn: isoDate.nullable(),
  endsOn: isoDate.nullable(),
  /** Set when the job ended (early or as planned). */
  endedOn: isoDate.nullable(),
  /** The PDFs the person and their guardians can read (the statement above 3 hours a week; the letter under 18). */
  documents: z.array(z.enum(['employment_statement', 'parent_letter'])),
});

/** A shift the agreed weekly schedule plans ahead (times are Copenhagen wall-clock). */
export const portalPlannedShift = z.object({
  placementId: uuid,
  title: z.string(),
  employer: z.string(),
  date: isoDate,
  startTime: z.string(),
  endTime: z.string(),
  breakMinutes: z.number(),
  hours: z.number(),
});

/** A recorded shift of this week or month, with what became of it. */
export const portalHoursEntry = z.object({
  id: uuid,
  placementId: uuid,
  title: z.string(),
  date: isoDate,
  startTime: z.string(),
  endTime: z.string(),
  breakMinutes: z.number(),
  hours: z.number(),
  status: z.enum(['submitted', 'approved', 'rejected']),
  rejectedReason: z.string().nullable(),
});

const hoursByStatus = z.object({ from: isoDate, to: isoDate, submitted: z.number(), approved: z.number(), rejected: z.number() });
export const portalHoursTotals = z.object({ week: hoursByStatus, month: hoursByStatus });

/** What approved hours earned in a month: hours × the agreed rate, with holiday pay (payroll's rule). */
export const portalEarning = z.object({
  month: z.string(),
  hours: z.number(),
  gross: z.number(),
  holidayPay: z.number(),
  total: z.number(),
});

/** An activity the person is invited to or registered for, at its next session. */
export const portalActivity = z.object({
  id: uuid,
  kind: z.enum(ACTIVITY_KINDS),
  title: z.string(),
  place: z.string().nullable(),
  address: z.string().nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  registration: z.enum(ACTIVITY_PARTICIPANT_STATUSES),
});

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
  /** Current and past jobs (agreed, running, ended), newest first. */
  jobs: z.array(portalJob),
  /** The next planned shifts of agreed and running jobs. */
  shifts: z.array(portalPlannedShift),
  /** Shifts recorded this week and this month. */
  hours: z.array(portalHoursEntry),
  hoursTotals: portalHoursTotals,
  /** Approved earnings per month, newest first. */
  earnings: z.array(portalEarning),
  /** Upcoming activities the person is invited to or registered for. */
  activities: z.array(portalActivity),
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
/**
 * A guardian's consent for their child. As with staff (`createConsentBody`), sharing with every
 * partner is a choice of its own (`allPartners`); an empty list of partners shares with nobody and
 * is refused, never read as "everyone" (issue #16, item 2).
 */
export const portalConsentBody = z
  .object({
    purpose: consentPurpose,
    organisationIds: z.array(uuid).max(50).default([]),
    allPartners: z.boolean().default(false),
    dataCategories: z.array(dataCategory).min(1, { error: 'data_categories_required' }).max(DATA_CATEGORIES.length),
  })
  .refine((c) => c.allPartners || c.organisationIds.length > 0, { path: ['organisationIds'], error: 'consent_partners_required' })
  .refine((c) => !c.allPartners || c.organisationIds.length === 0, { path: ['organisationIds'], error: 'consent_partners_all_or_some' });
