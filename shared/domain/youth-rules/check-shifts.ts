import { buildContext } from './context.ts';
import { dayHourViolations, weekHourViolations } from './hour-rules.ts';
import { breakViolations, dailyRestViolations, nightViolations, weeklyRestViolations } from './time-rules.ts';
import { categoryOn } from './category.ts';
import { RULE_CODES, type CheckShiftsInput, type CheckShiftsResult, type Violation } from './types.ts';

const RULE_ORDER = new Map(RULE_CODES.map((code, i) => [code, i]));

function compareViolations(a: Violation, b: Violation): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  const byRule = (RULE_ORDER.get(a.rule) ?? 0) - (RULE_ORDER.get(b.rule) ?? 0);
  if (byRule !== 0) return byRule;
  if (a.limit !== b.limit) return a.limit - b.limit;
  if (a.actual !== b.actual) return a.actual - b.actual;
  const idsA = (a.shiftIds ?? []).join('\u0000');
  const idsB = (b.shiftIds ?? []).join('\u0000');
  if (idsA !== idsB) return idsA < idsB ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

/**
 * Judges one person's shifts — across all employers — against the Danish young-worker rules in
 * force on each shift's date (or on `ruleSetDate`). Pure: the same input always yields the same
 * violations, ordered by date, then rule (RULE_CODES order). Adults get no youth rules. Malformed
 * input (bad dates, end not after start, a shift over 24 hours, a break not shorter than the shift)
 * throws a RangeError; there is no clock, so the result category needs a shift or `ruleSetDate`.
 */
export function checkShifts(input: CheckShiftsInput): CheckShiftsResult {
  const ctx = buildContext(input);
  const first = ctx.shifts[0];
  const categoryDate = first?.date ?? input.ruleSetDate;
  if (categoryDate === undefined) {
    throw new RangeError('checkShifts needs at least one shift or a ruleSetDate to decide the category');
  }
  const violations = [
    ...dayHourViolations(ctx),
    ...weekHourViolations(ctx),
    ...nightViolations(ctx),
    ...dailyRestViolations(ctx),
    ...weeklyRestViolations(ctx),
    ...breakViolations(ctx),
  ].sort(compareViolations);
  return { category: categoryOn(input.person, categoryDate), ok: violations.length === 0, violations };
}
