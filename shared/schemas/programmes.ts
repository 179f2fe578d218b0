import { z } from 'zod';
import { ROLES } from '../domain/access/roles.ts';
import { isoDate, uuid } from './common.ts';
import { organisation } from './organisations.ts';

/** Programmes, their partners, sites and members (server/modules/programmes). */

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
