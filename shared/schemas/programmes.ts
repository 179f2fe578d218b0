import { z } from 'zod';
import { ORGANISATION_KINDS, ROLES } from '../domain/access/roles.ts';
import { email, isoDate, uuid } from './common.ts';

export const organisation = z.object({
  id: uuid,
  name: z.string(),
  kind: z.enum(ORGANISATION_KINDS),
});
export const createOrganisationBody = z.object({
  name: z.string().trim().min(1).max(200),
  kind: z.enum(ORGANISATION_KINDS),
});

export const site = z.object({
  id: uuid,
  programmeId: uuid,
  name: z.string(),
  address: z.string(),
  postalCode: z.string(),
});
export const createSiteBody = z.object({
  name: z.string().trim().min(1).max(200),
  address: z.string().trim().min(1).max(300),
  postalCode: z
    .string()
    .trim()
    .regex(/^\d{4}$/, { error: 'postal_code_format' }),
});

export const programme = z.object({
  id: uuid,
  name: z.string(),
  startsOn: isoDate,
  endsOn: isoDate.nullable(),
  partners: z.array(organisation),
  sites: z.array(site),
});
export const programmeSummary = programme.omit({ partners: true, sites: true });
export const createProgrammeBody = z
  .object({
    name: z.string().trim().min(1).max(200),
    startsOn: isoDate,
    endsOn: isoDate.nullable().optional(),
    partnerOrganisationIds: z.array(uuid).max(50).default([]),
  })
  .refine((p) => !p.endsOn || p.endsOn >= p.startsOn, { path: ['endsOn'], error: 'end_before_start' });

export const member = z.object({
  userId: uuid,
  name: z.string(),
  email: z.string(),
  role: z.enum(ROLES),
  organisationId: uuid.nullable(),
});

export const createInvitationBody = z.object({
  email,
  role: z.enum(ROLES),
  organisationId: uuid.nullable().optional(),
});
export const invitation = z.object({
  id: uuid,
  email: z.string(),
  role: z.enum(ROLES),
  expiresAt: z.string(),
  acceptedAt: z.string().nullable(),
});
export const invitationTokenBody = z.object({ token: z.string().min(20).max(200) });
export const invitationLookupResponse = z.object({
  email: z.string(),
  role: z.enum(ROLES),
  programmeName: z.string(),
  existingUser: z.boolean(),
});
export const acceptInvitationBody = z.object({
  token: z.string().min(20).max(200),
  /** Required when the invitation creates a new account; ignored for an existing user. */
  name: z.string().trim().min(1).max(200).optional(),
  password: z.string().max(256),
});
