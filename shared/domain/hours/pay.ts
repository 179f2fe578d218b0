import { addDays } from '../calendar/local-time.ts';
import { PAYERS, type Payer } from '../placements/states.ts';
import { copenhagenInstant } from '../placements/time.ts';

/**
 * Pay maths for worked shifts. Pure: no clock, no I/O. Money is computed in øre (integers) and
 * returned in kroner with two decimals, so sums never drift by a floating-point øre.
 */

// Who pays a wage: the placements module's list (mirrors the CHECK on placements.wage_payer).
export { PAYERS, type Payer };

/** Feriepenge for hourly-paid work (ferieloven § 16: 12.5 % of the pay earned). */
export const HOLIDAY_PAY_RATE = 0.125;

/** Payers that run a payroll themselves and so receive CPR numbers in the export. */
export const PAYROLL_PAYERS: readonly Payer[] = ['company', 'municipality'];

export type WorkedLine = {
  /** 'YYYY-MM-DD'. */
  date: string;
  /** Worked minutes (after breaks). */
  minutes: number;
  ratePerHour: number;
  payer: Payer;
  /** Hourly-paid work earns holiday pay on top (every wage in Jobbro is an hourly rate today). */
  hourly: boolean;
};

export type PayTotals = { hours: number; gross: number; holidayPay: number; total: number };

const toKroner = (ore: number) => ore / 100;
const round2 = (n: number) => Math.round(n * 100) / 100;

/** Worked minutes of a shift given as 'HH:MM' times; an end not after the start ends next day. */
export function shiftMinutes(start: string, end: string, breakMinutes: number): number {
  const m = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  let duration = m(end) - m(start);
  if (duration <= 0) duration += 1440;
  return duration - breakMinutes;
}

/**
 * Real elapsed working minutes of a shift on `workDate` in Europe/Copenhagen: a shift across the
 * autumn clock change (03:00 → 02:00) lasts an hour longer than its wall clock says, one across the
 * spring change an hour shorter, and people are paid for the time they actually worked.
 */
export function workedMinutes(workDate: string, start: string, end: string, breakMinutes: number): number {
  const hhmm = (t: string) => t.slice(0, 5);
  const endDate = hhmm(end) > hhmm(start) ? workDate : addDays(workDate, 1);
  const ms = copenhagenInstant(`${endDate}T${hhmm(end)}`).getTime() - copenhagenInstant(`${workDate}T${hhmm(start)}`).getTime();
  return Math.round(ms / 60_000) - breakMinutes;
}

function oreOf(line: WorkedLine): number {
  return Math.round((line.minutes * Math.round(line.ratePerHour * 100)) / 60);
}

/** Hours, gross, holiday pay (12.5 % of hourly-paid gross) and their total for a set of lines. */
export function payTotals(lines: readonly WorkedLine[]): PayTotals {
  let minutes = 0;
  let gross = 0;
  let hourlyGross = 0;
  for (const l of lines) {
    const ore = oreOf(l);
    minutes += l.minutes;
    gross += ore;
    if (l.hourly) hourlyGross += ore;
  }
  const holiday = Math.round(hourlyGross * HOLIDAY_PAY_RATE);
  return { hours: round2(minutes / 60), gross: toKroner(gross), holidayPay: toKroner(holiday), total: toKroner(gross + holiday) };
}

/** Totals per payer, payers in PAYERS order, only payers with lines. */
export function payByPayer(lines: readonly WorkedLine[]): Array<{ payer: Payer } & PayTotals> {
  return PAYERS.map((payer) => ({ payer, lines: lines.filter((l) => l.payer === payer) }))
    .filter((g) => g.lines.length > 0)
    .map((g) => ({ payer: g.payer, ...payTotals(g.lines) }));
}

export type BudgetMonth = { month: string; budget: number; spent: number; remaining: number; overBudget: boolean };

/**
 * Pocket-money wages paid from the project's own funds (payer `project_funds`), gross plus holiday
 * pay, against a monthly budget, for every month that has spending. Other payers do not count.
 */
export function budgetByMonth(lines: readonly WorkedLine[], budgetMonthly: number): BudgetMonth[] {
  const months = new Map<string, WorkedLine[]>();
  for (const l of lines) {
    if (l.payer !== 'project_funds') continue;
    const key = l.date.slice(0, 7);
    months.set(key, [...(months.get(key) ?? []), l]);
  }
  return [...months.keys()].sort().map((month) => {
    const spent = payTotals(months.get(month)!).total;
    const remaining = round2(budgetMonthly - spent);
    return { month, budget: budgetMonthly, spent, remaining, overBudget: remaining < 0 };
  });
}
