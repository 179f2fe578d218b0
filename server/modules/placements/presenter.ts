import type { z } from 'zod';
import type { placement } from '../../../shared/schemas/placements.ts';
import type { DataCategory } from '../../../shared/domain/participants/constants.ts';
import type { PlacementAction } from '../../../shared/domain/placements/machine.ts';
import type {
  DecliningParty,
  EndReason,
  Outcome,
  Party,
  Payer,
  PlacementStatus,
  DeclineReason,
} from '../../../shared/domain/placements/states.ts';
import { ageOn } from '../../../shared/domain/youth-rules/category.ts';
import type { FollowUpRow } from './follow-ups-repository.ts';
import { presentJobFacts } from './job-facts.ts';
import type { EventRow, PlacementRow } from './repository.ts';

type PlacementResponse = z.infer<typeof placement>;

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

type Shareable = 'contact' | 'education' | 'profile' | 'employment';

/**
 * The person as an employer contact or mentor sees them: first name, age, step/track, and only
 * the categories a share_employer consent in force covers for this organisation.
 */
export function presentCandidate(r: PlacementRow, categories: readonly DataCategory[], today: string) {
  const shared = categories.filter((c): c is Shareable => c === 'contact' || c === 'education' || c === 'profile' || c === 'employment');
  return {
    firstName: r.first_name,
    age: ageOn(r.birth_date, today),
    kind: r.participant_kind,
    step: r.step,
    track: r.track as never,
    sharedCategories: shared,
    coordinator: r.coordinator_name ? { name: r.coordinator_name, email: r.coordinator_email || null } : null,
    ...(shared.includes('contact') ? { contact: { email: r.email, phone: r.phone, address: r.address } } : {}),
    ...(shared.includes('education')
      ? { education: { school: r.school, educationStatus: r.education_status as never, compulsorySchool: r.compulsory_school } }
      : {}),
    ...(shared.includes('profile')
      ? { profile: { interests: r.interests, skills: r.skills, languages: r.languages, availability: r.availability } }
      : {}),
    ...(shared.includes('employment') ? { employment: { maxWeeklyHours: r.max_weekly_hours, flexJobApproved: r.flex_job_approved } } : {}),
  };
}

export function presentAgreement(r: PlacementRow) {
  if (r.starts_on === null || r.ends_on === null || r.hours_per_week === null) return null;
  return {
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    hoursPerWeek: r.hours_per_week,
    weeklySchedule: r.weekly_schedule,
    wagePerHour: r.wage_per_hour,
    wagePayer: r.wage_payer as Payer | null,
    mentor: r.mentor_id && r.mentor_name ? { id: r.mentor_id, name: r.mentor_name } : null,
    agreedAt: iso(r.agreed_at),
  };
}

export interface Viewing {
  party: Party;
  actions: PlacementAction[];
  /** For employers and mentors: the consented categories. Staff see the person, not a candidate, so they pass none. */
  categories?: readonly DataCategory[];
  today: string;
}

/** Staff and the person see who it is; employers and mentors see the minimised candidate. */
export function presentPlacement(r: PlacementRow, v: Viewing): PlacementResponse {
  const outside = v.party === 'employer' || v.party === 'mentor';
  return {
    id: r.id,
    programmeId: r.programme_id,
    status: r.status as PlacementStatus,
    version: r.version,
    opening: {
      id: r.opening_id,
      title: r.opening_title,
      kind: r.opening_kind,
      organisationId: r.organisation_id,
      organisationName: r.organisation_name,
      workplaceName: r.workplace_name,
    },
    job: presentJobFacts(r, !outside),
    ...(outside
      ? { candidate: presentCandidate(r, v.categories ?? [], v.today) }
      : { participant: { id: r.participant_id, firstName: r.first_name, lastName: r.last_name } }),
    // Why the matcher suggested the person (round, scores, distance) is the programme's reasoning about
    // them, not the employer's; the coordinator's own words with the proposal ("note") are for the employer.
    matchReasons: outside ? r.match_reasons.filter((m) => m.code === 'note') : r.match_reasons,
    participantAcceptedAt: iso(r.participant_accepted_at),
    statusChangedAt: new Date(r.status_changed_at).toISOString(),
    staleFlaggedAt: iso(r.stale_flagged_at),
    agreement: presentAgreement(r),
    activatedAt: iso(r.activated_at),
    endedOn: r.ended_on,
    endReason: r.end_reason as EndReason | null,
    declineReason: r.decline_reason as DeclineReason | null,
    declinedBy: r.declined_by as DecliningParty | null,
    outcome: r.outcome as Outcome | null,
    suggestedStep: r.suggested_step,
    actingAs: v.party,
    allowedActions: v.actions,
    createdAt: new Date(r.created_at).toISOString(),
  };
}

export function presentEvent(e: EventRow) {
  return {
    id: e.id,
    action: e.action,
    fromStatus: e.from_status as PlacementStatus | null,
    toStatus: e.to_status as PlacementStatus,
    party: e.party as Party,
    actorUserId: e.actor_user_id,
    reason: e.reason,
    note: e.note,
    version: e.version,
    at: new Date(e.at).toISOString(),
  };
}

export function presentFollowUp(f: FollowUpRow, today: string) {
  return {
    id: f.id,
    placementId: f.placement_id,
    code: f.code,
    dueOn: f.due_on,
    talkId: f.talk_id,
    completedAt: iso(f.completed_at),
    cancelledAt: iso(f.cancelled_at),
    overdue: f.completed_at === null && f.cancelled_at === null && f.due_on < today,
  };
}
