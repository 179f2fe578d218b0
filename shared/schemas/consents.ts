import { z } from 'zod';
import { CONSENT_GIVERS, CONSENT_METHODS, DATA_CATEGORIES } from '../domain/participants/constants.ts';
import { isoDate, uuid } from './common.ts';
import { consentPurpose, dataCategory, shortText } from './people.ts';

/** Consents with purpose and scope, and their revocation (server/modules/consents). */

export const consentMethod = z.enum(CONSENT_METHODS, { error: 'consent_method_unknown' });

export const consent = z.object({
  id: uuid,
  participantId: uuid,
  purpose: consentPurpose,
  /** Partner organisations the consent covers; empty = every partner of the programme (given as `allPartners`). */
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
export type Consent = z.infer<typeof consent>;

export const createConsentBody = z
  .object({
    purpose: consentPurpose,
    organisationIds: z.array(uuid).max(50).default([]),
    /** Every partner of the programme, now and later: an explicit choice, never what an empty list means. */
    allPartners: z.boolean().default(false),
    dataCategories: z.array(dataCategory).min(1, { error: 'data_categories_required' }).max(DATA_CATEGORIES.length),
    givenOn: isoDate,
    givenBy: z.enum(CONSENT_GIVERS),
    guardianId: uuid.nullable().optional(),
    method: consentMethod,
  })
  .refine((c) => c.givenBy !== 'guardian' || !!c.guardianId, { path: ['guardianId'], error: 'guardian_required' })
  // The least effort (ticking nothing) must never share with everyone: "all" is a choice of its own.
  .refine((c) => c.allPartners || c.organisationIds.length > 0, { path: ['organisationIds'], error: 'consent_partners_required' })
  .refine((c) => !c.allPartners || c.organisationIds.length === 0, { path: ['organisationIds'], error: 'consent_partners_all_or_some' });
export const revokeConsentBody = z.object({ reason: shortText(500).optional() });
