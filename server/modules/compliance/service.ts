import type { z } from 'zod';
import type { complianceCheckBody } from '../../../shared/schemas/compliance.ts';
import { roleAllows } from '../../../shared/domain/access/permissions.ts';
import { checkShifts, defaultSchoolDays } from '../../../shared/domain/youth-rules/index.ts';
import type { Ctx } from '../../http/context.ts';
import { errors } from '../../http/errors.ts';
import { requireActor } from '../../lib/access/index.ts';

type CheckBody = z.infer<typeof complianceCheckBody>;

/**
 * Checks planned or worked shifts against the dated young-worker rules. Pure computation on the
 * caller's input (no stored person data is read), so any staff role in any programme may call it.
 * Without `schoolDays`, school days are weekdays that are not Danish public holidays; the
 * municipal school calendars arrive with time registration.
 */
export function checkCompliance(ctx: Ctx, body: CheckBody) {
  const { actor } = requireActor(ctx);
  if (!actor.isPlatformAdmin && !actor.memberships.some((m) => roleAllows(m.role, 'compliance.check'))) {
    throw errors.forbidden('compliance.check');
  }
  const dates = body.shifts.map((s) => s.start.slice(0, 10)).sort();
  const schoolDays = body.schoolDays ?? defaultSchoolDays(dates[0]!, dates[dates.length - 1]!);
  const result = checkShifts({ person: body.person, shifts: body.shifts, schoolDays });
  return {
    category: result.category,
    ok: result.ok,
    violations: result.violations.map((v) => ({
      rule: v.rule,
      date: v.date,
      limit: v.limit,
      actual: v.actual,
      unit: v.unit,
      message: v.message,
    })),
  };
}
