import { z } from 'zod';

/**
 * Request and response shapes live in one file per server module, `shared/schemas/<module>.ts`, so a
 * module's contract changes in one place and its importers say which module they depend on. Building
 * blocks more than one module validates with live here (ids, dates, e-mail, postal codes) and in
 * people.ts (person fields and vocabularies). A module's file imports another module's file only for
 * a resource its response embeds (a participant profile its consents, guardians and talks; a company
 * profile its workplaces, mentors and openings; the funder report the dashboard query) or that
 * resource's own vocabulary (an opening's kinds, wage payers and weekly schedule). There is
 * deliberately no index that re-exports them all.
 */

export const uuid = z.uuid();
/** Calendar dates travel as 'YYYY-MM-DD' strings so no time zone can shift them. */
export const isoDate = z.iso.date();
export const email = z.string().trim().toLowerCase().max(254).pipe(z.email());
export const postalCode = z
  .string()
  .trim()
  .regex(/^\d{4}$/, { error: 'postal_code_format' });
/** Path parameters of most endpoints: nearly all of the API lives under /api/programmes/:programmeId. */
export const programmeParams = z.object({ programmeId: z.uuid() });
/** …and a participant's records under /participants/:participantId, by several modules. */
export const participantParams = programmeParams.extend({ participantId: z.uuid() });
export const password = z.string().min(12, { error: 'password_too_short' }).max(256);

export const errorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBody>;
