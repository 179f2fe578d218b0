import { ageOn, isInCompulsorySchool } from '../youth-rules/category.ts';

export interface ClearancePerson {
  birthDate: string;
  /** Stored, never inferred from age. Null for adults. */
  compulsorySchool: boolean | null;
  compulsorySchoolEndsOn: string | null;
}

export interface ClearanceNotice {
  informedOn: string;
  cosignedOn: string | null;
}

export interface GuardianClearance {
  required: boolean;
  informed: boolean;
  cosigned: boolean;
  ok: boolean;
  missing: Array<'guardian_informed' | 'guardian_cosigned'>;
  requiredBecause: Array<'under_15' | 'compulsory_school'>;
}

/**
 * Before someone under 15 or still in compulsory school starts a job, the employer must have told a
 * guardian about the job, its hours, risks and precautions, and the guardian co-signs the
 * agreement. "A placement cannot start until both are recorded": the placements module calls this
 * with the start date and that placement's notices. A record dated after `onDate` does not count.
 */
export function guardianClearance(person: ClearancePerson, onDate: string, notices: readonly ClearanceNotice[]): GuardianClearance {
  const requiredBecause: GuardianClearance['requiredBecause'] = [];
  if (ageOn(person.birthDate, onDate) < 15) requiredBecause.push('under_15');
  const school = {
    birthDate: person.birthDate,
    compulsorySchool: person.compulsorySchool === true,
    compulsorySchoolEndsOn: person.compulsorySchoolEndsOn,
  };
  if (isInCompulsorySchool(school, onDate)) requiredBecause.push('compulsory_school');
  const informed = notices.some((n) => n.informedOn <= onDate);
  const cosigned = notices.some((n) => n.cosignedOn !== null && n.cosignedOn <= onDate);
  const required = requiredBecause.length > 0;
  const missing: GuardianClearance['missing'] = [];
  if (required && !informed) missing.push('guardian_informed');
  if (required && !cosigned) missing.push('guardian_cosigned');
  return { required, informed, cosigned, ok: missing.length === 0, missing, requiredBecause };
}
