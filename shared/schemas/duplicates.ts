import { z } from 'zod';
import { isoDate, uuid } from './common.ts';

/** Possible duplicates of a participant and merging two records (server/modules/duplicates). */

export const duplicateCandidate = z.object({
  id: uuid,
  firstName: z.string(),
  lastName: z.string(),
  birthDate: isoDate,
  siteId: uuid,
  reasons: z.array(z.enum(['cpr', 'name_birth_date'])),
});
export type DuplicateCandidate = z.infer<typeof duplicateCandidate>;
/** Also the `details` of a 409 `possible_duplicate`. */
export const duplicateList = z.object({ candidates: z.array(duplicateCandidate) });

export const mergeBody = z.object({
  /** The record to fold into this one; it is kept, marked `mergedInto`, and hidden from lists. */
  otherId: uuid,
  version: z.number().int().min(1).optional(),
});
