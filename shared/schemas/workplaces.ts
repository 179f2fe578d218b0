import { z } from 'zod';
import { ORGANISATION_KINDS } from '../domain/access/roles.ts';
import { postalCode, uuid } from './common.ts';
import { wagePayer } from './openings.ts';

/**
 * Workplaces of partner organisations and their mentors: the workplace routes (`workplaces`, split
 * out of `companies`). A company's profile embeds both.
 *
 * Validation issue codes (in `details.issues[].code`, translated by the UI under `validation.<code>`):
 * `postal_code_format`, `postal_code_unknown` (postalCode; the latter from the server, which holds the
 * postal-code table), `p_number_format`, `mentor_user_unknown`, `text_required`.
 */

const text = (max: number) => z.string().trim().max(max);
const required = (max: number) => text(max).min(1, { error: 'text_required' });

export const pNumber = z
  .string()
  .trim()
  .regex(/^\d{10}$/, { error: 'p_number_format' });

// --- Workplaces ----------------------------------------------------------------------------------

export const createWorkplaceBody = z.object({
  organisationId: uuid,
  name: required(200),
  address: required(300),
  postalCode,
  pNumber: pNumber.nullable().optional(),
});
export const updateWorkplaceBody = createWorkplaceBody.omit({ organisationId: true }).partial();
export const workplacesQuery = z.object({ organisationId: uuid.optional() });

export const workplace = z.object({
  id: uuid,
  programmeId: uuid,
  organisationId: uuid,
  organisationName: z.string(),
  organisationKind: z.enum(ORGANISATION_KINDS),
  name: z.string(),
  address: z.string(),
  postalCode: z.string(),
  /** The place name of the postal code (from the shipped table). */
  city: z.string().nullable(),
  pNumber: z.string().nullable(),
});
export type Workplace = z.infer<typeof workplace>;

// --- Mentors -------------------------------------------------------------------------------------

export const createMentorBody = z.object({
  organisationId: uuid,
  workplaceId: uuid.nullable().optional(),
  userId: uuid.nullable().optional(),
  name: required(200),
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()).nullable().optional(),
  phone: text(40).nullable().optional(),
  hoursPerWeek: z.number().min(0).max(40),
  ratePerHour: z.number().min(0).max(10_000),
  payer: wagePayer,
});
export const updateMentorBody = createMentorBody.omit({ organisationId: true }).partial();
export const mentorsQuery = z.object({ organisationId: uuid.optional() });

export const mentor = z.object({
  id: uuid,
  programmeId: uuid,
  organisationId: uuid,
  organisationName: z.string(),
  workplaceId: uuid.nullable(),
  userId: uuid.nullable(),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  hoursPerWeek: z.number(),
  ratePerHour: z.number(),
  /** hoursPerWeek × ratePerHour: what the bought-out hours cost a week. */
  weeklyCost: z.number(),
  payer: wagePayer,
});
