import { z } from 'zod';
import { EVALUATION_TABLES } from '../domain/evaluation/codebook.ts';

/** Request and response shapes of evaluation export keys and the pseudonymised dataset (server/modules/evaluation). */

export const createKeyBody = z.object({ name: z.string().trim().min(1).max(120) });

/** A key as listed: never its secret. */
export const evaluationKey = z.object({ id: z.uuid(), name: z.string(), createdAt: z.string() });
export const evaluationKeyList = z.object({ items: z.array(evaluationKey) });

export const datasetQuery = z
  .object({
    format: z.enum(['xlsx', 'csv']).default('xlsx'),
    /** CSV is one table per file. */
    table: z.enum(EVALUATION_TABLES).optional(),
  })
  .refine((q) => q.format !== 'csv' || q.table !== undefined, { path: ['table'], error: 'table_required' });
