import { z } from 'zod';

export const uuid = z.uuid();
/** Calendar dates travel as 'YYYY-MM-DD' strings so no time zone can shift them. */
export const isoDate = z.iso.date();
export const email = z.string().trim().toLowerCase().max(254).pipe(z.email());
export const password = z.string().min(12, { error: 'password_too_short' }).max(256);

export const errorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBody>;
