import { z } from 'zod';
import { ROLES } from '../domain/access/roles.ts';
import { email, uuid } from './common.ts';

/** Invitations into a programme by one-time link, and accepting them (server/modules/invitations). */

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
