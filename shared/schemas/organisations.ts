import { z } from 'zod';
import { ORGANISATION_KINDS } from '../domain/access/roles.ts';
import { uuid } from './common.ts';

/** Organisations: partners, housing associations, employers (server/modules/organisations). */

export const organisation = z.object({
  id: uuid,
  name: z.string(),
  kind: z.enum(ORGANISATION_KINDS),
});
export const createOrganisationBody = z.object({
  name: z.string().trim().min(1).max(200),
  kind: z.enum(ORGANISATION_KINDS),
});
