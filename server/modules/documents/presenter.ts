import { loadPostalCodes } from '../../lib/postal-codes.ts';
import { flagsOf } from '../openings/index.ts';
import type { PlacementDocumentData, Slot } from './content.ts';
import type { DocumentFactsRow } from './repository.ts';

export interface DocumentExtras {
  today: string;
  /** Whether the reader may see the person's last name and address (staff, or a consent sharing contact details). */
  showContact: boolean;
  guardians: readonly string[];
  notices: PlacementDocumentData['notices'];
}

function postal(code: string): string {
  const found = loadPostalCodes().get(code);
  return found ? `${code} ${found.name}` : code;
}

/**
 * The document data for one placement: the agreed terms when there are any, else the opening's
 * plan (a parent letter may go out before the agreement). Never spreads the row.
 */
export function documentData(r: DocumentFactsRow, x: DocumentExtras): PlacementDocumentData {
  const agreed = r.starts_on !== null && r.hours_per_week !== null;
  return {
    programme: r.programme_name,
    today: x.today,
    employer: {
      name: r.employer_name,
      cvr: r.cvr,
      workplaceName: r.workplace_name,
      workplaceAddress: r.workplace_address,
      postalCode: postal(r.postal_code),
      pNumber: r.p_number,
    },
    employee: {
      firstName: r.first_name,
      lastName: x.showContact ? r.last_name : null,
      address: x.showContact ? r.address : null,
      birthDate: r.birth_date,
    },
    job: { title: r.title, tasks: r.tasks, kind: r.kind },
    terms: agreed
      ? {
          agreed,
          startsOn: r.starts_on,
          endsOn: r.ends_on,
          hoursPerWeek: Number(r.hours_per_week),
          weeklySchedule: r.weekly_schedule as Slot[],
          wagePerHour: r.wage_per_hour === null ? null : Number(r.wage_per_hour),
          wagePayer: r.wage_payer,
          mentorName: r.mentor_name,
        }
      : {
          agreed,
          startsOn: r.opening_starts_on,
          endsOn: r.opening_ends_on,
          hoursPerWeek: Number(r.opening_hours_per_week),
          weeklySchedule: r.opening_weekly_schedule as Slot[],
          wagePerHour: r.opening_wage_per_hour === null ? null : Number(r.opening_wage_per_hour),
          wagePayer: r.opening_wage_payer,
          mentorName: r.mentor_name,
        },
    flags: flagsOf(r),
    adultStaffPresent: r.adult_staff_present,
    collectiveAgreement: null,
    probation: null,
    training: null,
    guardians: x.guardians,
    notices: x.notices,
  };
}
