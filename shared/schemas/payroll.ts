import { z } from 'zod';

/** Request and response shapes of payroll exports and the pocket-money budget (server/modules/payroll). */

export const budgetQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
export const budgetYear = z.object({
  year: z.number(),
  /** `settings.budgetMonthly` in kroner, or null when the programme has none. */
  budgetMonthly: z.number().nullable(),
  months: z.array(
    z.object({
      month: z.string(),
      budget: z.number().nullable(),
      /** Approved pocket-money wages paid from project funds, gross plus holiday pay. */
      spent: z.number(),
      remaining: z.number().nullable(),
      overBudget: z.boolean(),
    }),
  ),
  totals: z.object({ budget: z.number().nullable(), spent: z.number() }),
});
export type BudgetYear = z.infer<typeof budgetYear>;

export const payrollQuery = z.object({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'month_format' }),
  payer: z.enum(['project_funds', 'municipality', 'company', 'job_centre']),
  /** Why CPR numbers leave the system (audited); required when the payer runs payroll. */
  reason: z.string().trim().min(3).max(300).optional(),
  format: z.enum(['csv', 'xlsx', 'json']).default('csv'),
});
