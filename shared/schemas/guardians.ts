import { z } from 'zod';
import { GUARDIAN_RELATIONS } from '../domain/participants/constants.ts';
import { email, isoDate, uuid } from './common.ts';
import { phone, shortText } from './people.ts';

/** Guardians of youth, the job information notice and co-signature, and the clearance that gates a start (server/modules/guardians). */

export const guardianRelation = z.enum(GUARDIAN_RELATIONS, { error: 'guardian_relation_unknown' });

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
export type Guardian = z.infer<typeof guardian>;

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
export type GuardianNotice = z.infer<typeof guardianNotice>;

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
