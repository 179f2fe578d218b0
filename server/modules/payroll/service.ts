import type { z } from 'zod';
import { addDays } from '../../../shared/domain/calendar/local-time.ts';
import {
  budgetByMonth,
  payByPayer,
  payTotals,
  PAYROLL_PAYERS,
  workedMinutes,
  type Payer,
  type WorkedLine,
} from '../../../shared/domain/hours/pay.ts';
import { mentorCosts } from '../../../shared/domain/placements/mentor-costs.ts';
import type { payrollQuery } from '../../../shared/schemas/payroll.ts';
import type { Ctx } from '../../http/context.ts';
import { errors } from '../../http/errors.ts';
import { requireProgrammeAction } from '../../lib/access/index.ts';
import { recordAudit } from '../audit/index.ts';
import { openCpr } from '../people/index.ts';
import * as mentorRepo from '../placements/index.ts';
import { toCsv, toXlsx, type PayrollReport, type PayrollRow } from './presenter.ts';
import * as repo from './repository.ts';

function lastDayOf(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return addDays(next, -1);
}

const formatCpr = (digits: string) => `${digits.slice(0, 6)}-${digits.slice(6)}`;

/**
 * The month's payroll for one payer: per person and placement, approved hours × the agreed hourly
 * rate, with 12.5 % holiday pay. CPR numbers leave the system only here, only for payers that run a
 * payroll themselves (company, municipality), only with a stated reason, and each person's export
 * is audited. Mentor hours and their cost per funder, and pocket-money spending against the
 * programme's monthly budget, come alongside.
 */
export async function payrollExport(
  ctx: Ctx,
  programmeId: string,
  q: z.output<typeof payrollQuery>,
): Promise<{ kind: 'json'; report: PayrollReport } | { kind: 'file'; contentType: string; filename: string; body: string | Buffer }> {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'payroll.export');
  const withCpr = PAYROLL_PAYERS.includes(q.payer);
  if (withCpr && !q.reason) throw errors.invalidFields([{ path: ['reason'], code: 'reason_required' }]);
  const from = `${q.month}-01`;
  const to = lastDayOf(q.month);
  return tx(async (trx) => {
    const all = (await repo.approvedShifts(trx, programmeId, from, to, withCpr)) as repo.PayrollShiftRow[];
    const lineOf = (s: repo.PayrollShiftRow): WorkedLine => ({
      date: s.work_date,
      minutes: workedMinutes(s.work_date, s.start_time, s.end_time, s.break_minutes),
      ratePerHour: s.wage_per_hour ?? 0,
      payer: (s.wage_payer ?? 'project_funds') as Payer,
      hourly: true,
    });
    const mine = all.filter((s) => (s.wage_payer ?? 'project_funds') === q.payer);
    const groups = new Map<string, repo.PayrollShiftRow[]>();
    for (const s of mine) groups.set(s.placement_id, [...(groups.get(s.placement_id) ?? []), s]);
    const rows = [...groups.values()].map((shifts): PayrollRow => {
      const s = shifts[0]!;
      const t = payTotals(shifts.map(lineOf));
      return {
        participantId: s.participant_id,
        placementId: s.placement_id,
        name: `${s.first_name} ${s.last_name}`.trim(),
        employer: s.employer_name,
        cpr: withCpr && s.cpr_enc ? formatCpr(openCpr(ctx, s.cpr_enc)) : null,
        hours: t.hours,
        ratePerHour: s.wage_per_hour ?? 0,
        gross: t.gross,
        holidayPay: t.holidayPay,
        total: t.total,
      };
    });
    const mentors = mentorCosts(
      (await mentorRepo.listHours(trx, programmeId, { from, to })).map((e) => ({
        workedOn: e.worked_on,
        hours: e.hours,
        ratePerHour: e.rate_per_hour,
        payer: e.payer as Payer,
      })),
    );
    const budget = await repo.budgetMonthly(trx, programmeId);
    await recordAudit(trx, ctx, {
      action: 'export',
      subjectType: 'payroll',
      programmeId,
      details: { month: q.month, payer: q.payer, reason: q.reason ?? null, rows: rows.length, cpr: withCpr, format: q.format },
    });
    if (withCpr) {
      for (const r of rows) {
        await recordAudit(trx, ctx, {
          action: 'export',
          subjectType: 'participant_cpr',
          subjectId: r.participantId,
          subjectPersonId: r.participantId,
          programmeId,
          details: { payroll: q.month, payer: q.payer, reason: q.reason },
        });
      }
    }
    const report: PayrollReport = {
      month: q.month,
      payer: q.payer,
      rows,
      totals: payTotals(mine.map(lineOf)),
      wagesByPayer: payByPayer(all.map(lineOf)),
      mentorCostsByPayer: mentors.byPayer,
      budget:
        budget === null
          ? null
          : (budgetByMonth(all.map(lineOf), budget)[0] ?? { month: q.month, budget, spent: 0, remaining: budget, overBudget: false }),
    };
    const filename = `jobbro-loen-${q.month}-${q.payer}.${q.format}`;
    if (q.format === 'json') return { kind: 'json', report };
    if (q.format === 'xlsx')
      return {
        kind: 'file',
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        filename,
        body: await toXlsx(report),
      };
    return { kind: 'file', contentType: 'text/csv; charset=utf-8', filename, body: toCsv(report) };
  });
}
