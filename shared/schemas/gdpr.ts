import { z } from 'zod';
import { isoDate, uuid } from './common.ts';

/** Data-subject rights: the access-request export, anonymisation and retention with its dry run (server/modules/gdpr). */

export const exportQuery = z.object({ format: z.enum(['html', 'json']).default('html') });

export const anonymiseResponse = z.object({ id: uuid, anonymisedAt: z.string() });

export const retentionPreview = z.object({
  retentionMonths: z.number(),
  /** Participants whose last activity is before this date would be anonymised. */
  cutoff: isoDate,
  candidates: z.array(z.object({ id: uuid, firstName: z.string(), lastActivityOn: isoDate, monthsInactive: z.number() })),
});
export const retentionRunResult = z.object({ anonymised: z.number(), ids: z.array(uuid) });
