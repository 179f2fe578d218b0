import { z } from 'zod';

/** Place names from the shipped postal-code table (server/modules/postal-codes); the code's format is `postalCode` in common.ts. */

export const postalCodeInfo = z.object({ code: z.string(), name: z.string(), municipalityCode: z.string() });
export type PostalCodeInfo = z.infer<typeof postalCodeInfo>;
