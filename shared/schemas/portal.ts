import { z } from 'zod';
import { DATA_CATEGORIES } from '../domain/participants/constants.ts';
import { email, isoDate, uuid } from './common.ts';
import { consent } from './consents.ts';
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
