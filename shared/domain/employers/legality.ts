import { checkOpeningLegality, type OpeningFlags, type OpeningRefusal, type OpeningScheduleEntry } from '../youth-rules/index.ts';
import { OPENING_REFUSAL_CODES } from '../youth-rules/types.ts';
import { STAFF_REQUIRED_KINDS, type OpeningKind } from './openings.ts';

/**
 * Why an opening cannot be opened: the young-worker rules for its youngest admitted age
 * (`checkOpeningLegality`) plus the programme's own rule that step-2 jobs in municipal
 * institutions have an adult staff member present.
 */

export const STAFF_PRESENCE_REQUIRED = 'staff_presence_required';
export const OPENING_LEGALITY_CODES = [...OPENING_REFUSAL_CODES, STAFF_PRESENCE_REQUIRED] as const;
export type OpeningLegalityCode = (typeof OPENING_LEGALITY_CODES)[number];

export type OpeningLegalityRefusal = { code: OpeningLegalityCode; message: string; messageEn: string };

export type OpeningForLegality = {
  kind: OpeningKind;
  minAge: number;
  maxAge: number | null;
  hoursPerWeek: number;
  weeklySchedule: readonly OpeningScheduleEntry[];
  adultStaffPresent: boolean;
  flags: OpeningFlags;
  /** Admits only young people who have left compulsory school (see `checkOpeningLegality`). Omitted: false. */
  onlyOutOfCompulsorySchool?: boolean;
  /** The opening is judged by the rules in force on its first day. */
  startsOn: string;
};

export function openingRefusals(o: OpeningForLegality): OpeningLegalityRefusal[] {
  const refusals: OpeningLegalityRefusal[] = checkOpeningLegality({
    minAge: o.minAge,
    maxAge: o.maxAge,
    flags: o.flags,
    adultStaffPresent: o.adultStaffPresent,
    weeklySchedule: o.weeklySchedule,
    hoursPerWeek: o.hoursPerWeek,
    onDate: o.startsOn,
    onlyOutOfCompulsorySchool: o.onlyOutOfCompulsorySchool === true,
  }) satisfies OpeningRefusal[];
  if (STAFF_REQUIRED_KINDS.includes(o.kind) && !o.adultStaffPresent) {
    refusals.push({
      code: STAFF_PRESENCE_REQUIRED,
      message: 'Fritidsjob i kommunale institutioner (trin 2) kræver, at en voksen medarbejder er til stede, mens den unge arbejder.',
      messageEn:
        'Leisure jobs in municipal institutions (step 2) require an adult staff member to be present while the young person works.',
    });
  }
  return refusals;
}
