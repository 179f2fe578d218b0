import { ageOn } from '../youth-rules/category.ts';
import { parseCpr } from '../identifiers/cpr.ts';
import { ADULT_MIN_AGE, YOUTH_MAX_AGE, YOUTH_MIN_AGE, type ParticipantKind } from './constants.ts';

/** A field-level problem: the same shape as `details.issues[]` in an API error. */
export interface FieldIssue {
  path: (string | number)[];
  code: string;
}

/** Fields that only make sense for one kind of participant. */
export const YOUTH_ONLY_FIELDS = ['step', 'compulsorySchool', 'compulsorySchoolEndsOn'] as const;
export const ADULT_ONLY_FIELDS = ['track', 'benefitType', 'maxWeeklyHours', 'flexJobApproved'] as const;

/**
 * Cross-field rules that depend on the kind of participant. Shared by the zod schema (create) and
 * the service (update, where the kind comes from the stored record), so both say the same thing.
 * `requireSchoolStatus` is true on create: a youth's school status is recorded, never inferred.
 */
export function kindFieldIssues(kind: ParticipantKind, v: Record<string, unknown>, requireSchoolStatus: boolean): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const given = (k: string) => v[k] !== undefined && v[k] !== null;
  if (kind === 'youth') {
    for (const k of ADULT_ONLY_FIELDS) if (given(k)) issues.push({ path: [k], code: 'adult_only_field' });
    if (requireSchoolStatus && typeof v.compulsorySchool !== 'boolean')
      issues.push({ path: ['compulsorySchool'], code: 'compulsory_school_required' });
  } else {
    for (const k of YOUTH_ONLY_FIELDS) if (given(k)) issues.push({ path: [k], code: 'youth_only_field' });
  }
  return issues;
}

/**
 * Birth date against today: not in the future, and within the age range of the kind. Needs the
 * date, so it runs in the service (the schema has no clock).
 */
export function ageIssues(kind: ParticipantKind, birthDate: string, today: string): FieldIssue[] {
  if (birthDate > today) return [{ path: ['birthDate'], code: 'birth_date_future' }];
  const age = ageOn(birthDate, today);
  if (kind === 'youth' && (age < YOUTH_MIN_AGE || age > YOUTH_MAX_AGE)) return [{ path: ['birthDate'], code: 'youth_age_range' }];
  if (kind === 'adult' && age < ADULT_MIN_AGE) return [{ path: ['birthDate'], code: 'adult_age_range' }];
  return [];
}

/**
 * A CPR number must parse (format, real date, century) and carry the birth date recorded for the
 * person; a modulus-11 failure is accepted (numbers issued since 2007 may fail it). A reason is
 * required whenever one is recorded: CPR numbers are kept only where needed.
 */
export function cprIssues(cpr: string | null | undefined, reason: string | null | undefined, birthDate: string | undefined): FieldIssue[] {
  if (cpr === null || cpr === undefined) return [];
  const issues: FieldIssue[] = [];
  const parsed = parseCpr(cpr);
  if (!parsed.ok) issues.push({ path: ['cpr'], code: parsed.code });
  else if (birthDate !== undefined && parsed.birthDate !== birthDate) issues.push({ path: ['cpr'], code: 'cpr_birth_date_mismatch' });
  if (!reason || reason.trim() === '') issues.push({ path: ['cprReason'], code: 'cpr_reason_required' });
  return issues;
}
