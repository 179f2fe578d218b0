import { z } from 'zod';
import { email, password } from './common.ts';

/** The first-run link that creates the first (platform) administrator (server/modules/setup). */

export const setupStatusResponse = z.object({ needed: z.boolean() });
export const setupBody = z.object({
  token: z.string().min(20).max(200),
  name: z.string().trim().min(1).max(200),
  email,
  password,
});
