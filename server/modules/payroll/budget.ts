import type { z } from 'zod';
import { budgetByMonth, workedMinutes, type Payer } from '../../../shared/domain/hours/pay.ts';
import type { budgetQuery } from '../../../shared/schemas/payroll.ts';
import type { Ctx } from '../../http/context.ts';
import { requireProgrammeAction } from '../../lib/access/index.ts';
import * as repo from './repository.ts';

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Pocket-money spending against the programme's monthly budget for each month of a year: approved
 * wages paid from project funds, gross plus holiday pay. Aggregates only: no person appears.
 */
export async function budgetForYear(ctx: Ctx, programmeId: string, q: z.output<typeof budgetQuery>) {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'payroll.export');
  return tx(async (trx) => {
    const shifts = await repo.approvedShifts(trx, programmeId, `${q.year}-01-01`, `${q.year}-12-31`, false);
    const budget = await repo.budgetMonthly(trx, programmeId);
    const spentByMonth = new Map(
      budgetByMonth(
        shifts.map((s) => ({
          date: s.work_date,
          minutes: workedMinutes(s.work_date, s.start_time, s.end_time, s.break_minutes),
          ratePerHour: s.wage_per_hour ?? 0,
          payer: (s.wage_payer ?? 'project_funds') as Payer,
          hourly: true,
        })),
        budget ?? 0,
      ).map((m) => [m.month, m.spent]),
    );
    const months = Array.from({ length: 12 }, (_, i) => `${q.year}-${String(i + 1).padStart(2, '0')}`).map((month) => {
      const spent = spentByMonth.get(month) ?? 0;
      const remaining = budget === null ? null : round2(budget - spent);
      return { month, budget, spent, remaining, overBudget: remaining !== null && remaining < 0 };
    });
    return {
      year: q.year,
      budgetMonthly: budget,
      months,
      totals: { budget: budget === null ? null : round2(budget * 12), spent: round2(months.reduce((t, m) => t + m.spent, 0)) },
    };
  });
}
