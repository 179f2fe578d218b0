import { openingRefusals } from '../../../shared/domain/employers/legality.ts';
import type { OpeningKind, OpeningStatus, WagePayer } from '../../../shared/domain/employers/openings.ts';
import type { WorkArea } from '../../../shared/domain/employers/work-areas.ts';
import type { OpeningRow, OpeningValues } from './repository.ts';
import { valuesOf } from './repository.ts';

/** Why the opening may not be open, judged on its stored values (drafts and proposals carry them). */
export function refusalsOf(v: OpeningValues) {
  return openingRefusals({
    kind: v.kind as OpeningKind,
    minAge: v.minAge,
    maxAge: v.maxAge,
    hoursPerWeek: v.hoursPerWeek,
    weeklySchedule: v.weeklySchedule,
    adultStaffPresent: v.adultStaffPresent,
    flags: v.flags,
    onlyOutOfCompulsorySchool: v.onlyOutOfCompulsorySchool,
    startsOn: v.startsOn,
  });
}

export function presentOpening(o: OpeningRow) {
  const v = valuesOf(o);
  return {
    id: o.id,
    programmeId: o.programme_id,
    organisationId: o.organisation_id,
    organisationName: o.organisation_name,
    companyId: o.company_id,
    workplaceId: o.workplace_id,
    workplaceName: o.workplace_name,
    workplacePostalCode: o.workplace_postal_code,
    kind: o.kind as OpeningKind,
    ladderStep: o.ladder_step,
    title: o.title,
    tasks: o.tasks,
    taskTags: o.task_tags as WorkArea[],
    requirements: o.requirements,
    minAge: o.min_age,
    maxAge: o.max_age,
    hoursPerWeek: o.hours_per_week,
    weeklySchedule: v.weeklySchedule.map((e) => ({ weekday: e.weekday, start: e.start, end: e.end, breakMinutes: e.breakMinutes })),
    places: o.places,
    startsOn: o.starts_on,
    endsOn: o.ends_on,
    wagePerHour: o.wage_per_hour,
    wagePayer: o.wage_payer as WagePayer | null,
    adultStaffPresent: o.adult_staff_present,
    onlyOutOfCompulsorySchool: v.onlyOutOfCompulsorySchool,
    flags: v.flags,
    status: o.status as OpeningStatus,
    refusals: refusalsOf(v),
    rejectionReason: o.rejection_reason,
    proposedBy: o.proposed_by,
    version: o.version,
    createdAt: new Date(o.created_at).toISOString(),
    updatedAt: new Date(o.updated_at).toISOString(),
  };
}
