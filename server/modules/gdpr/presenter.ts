import type { GuardianRow, NoticeRow } from '../guardians/index.ts';
import type { LadderEventRow } from '../people/index.ts';
import { maskedCprFor } from '../people/index.ts';
import type { NextStepRow, TalkRow } from '../talks/index.ts';
import type {
  ExportFollowUpRow,
  ExportMentorHoursRow,
  ExportPlacementEventRow,
  ExportPlacementRow,
  ExportSupportRequestRow,
} from './placements-repository.ts';
import type { ExportActivityRow, ExportShiftRow } from './hours-activities-repository.ts';
import type { ExportConsentRow, ExportRow } from './repository.ts';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export interface ExportParts {
  row: ExportRow;
  ladder: LadderEventRow[];
  talks: TalkRow[];
  nextSteps: NextStepRow[];
  consents: ExportConsentRow[];
  guardians: GuardianRow[];
  notices: NoticeRow[];
  placements: {
    rows: ExportPlacementRow[];
    events: ExportPlacementEventRow[];
    followUps: ExportFollowUpRow[];
    mentorHours: ExportMentorHoursRow[];
    supportRequests: ExportSupportRequestRow[];
  };
  shifts: ExportShiftRow[];
  activities: ExportActivityRow[];
  events: Array<{ at: Date; actor_role: string | null; action: string; subject_type: string }>;
  organisationNames: Map<string, string>;
  workAreaNames: Map<string, string>;
}

/**
 * The complete record for a data-subject access request: every field, every history row, and the
 * audit events about the person with roles but without staff identities (no names, no user ids).
 * The CPR number is masked.
 */
export function presentExport(x: ExportParts, generatedAt: Date) {
  const p = x.row;
  const guardianName = (id: string | null) => x.guardians.find((g) => g.id === id)?.name ?? null;
  return {
    generatedAt: generatedAt.toISOString(),
    programme: p.programme_name,
    participant: {
      id: p.id,
      kind: p.kind,
      firstName: p.first_name,
      lastName: p.last_name,
      birthDate: p.birth_date,
      cpr: p.cpr_enc ? maskedCprFor(p.birth_date) : null,
      cprReason: p.cpr_reason,
      site: p.site_name,
      email: p.email,
      phone: p.phone,
      address: p.address,
      school: p.school,
      educationStatus: p.education_status,
      compulsorySchool: p.compulsory_school,
      compulsorySchoolEndsOn: p.compulsory_school_ends_on,
      interests: p.interests.map((code) => ({ code, name: x.workAreaNames.get(code) ?? code })),
      skills: p.skills,
      languages: p.languages,
      availability: p.availability,
      travelKm: p.travel_km,
      travelModes: p.travel_modes,
      goals: p.goals,
      benefitType: p.benefit_type,
      maxWeeklyHours: p.max_weekly_hours,
      flexJobApproved: p.flex_job_approved,
      readinessNotes: p.readiness_notes,
      priority: { flagged: p.priority, note: p.priority_note },
      status: p.status,
      step: p.step,
      track: p.track,
      anonymisedAt: iso(p.anonymised_at),
      createdAt: iso(p.created_at),
    },
    ladder: x.ladder.map((e) => ({
      onDate: e.on_date,
      kind: e.kind,
      fromStep: e.from_step,
      toStep: e.to_step,
      fromTrack: e.from_track,
      toTrack: e.to_track,
      reason: e.reason,
      ageOnDate: e.age_on_date,
    })),
    talks: x.talks.map((t) => ({
      heldOn: t.held_on,
      kind: t.kind,
      summary: t.summary,
      visibility: t.visibility,
      nextSteps: x.nextSteps
        .filter((s) => s.talk_id === t.id)
        .map((s) => ({ description: s.description, dueOn: s.due_on, completedAt: iso(s.completed_at) })),
    })),
    consents: x.consents.map((c) => ({
      purpose: c.purpose,
      organisations: c.organisation_ids.map((id) => x.organisationNames.get(id) ?? id),
      dataCategories: c.data_categories,
      givenOn: c.given_on,
      givenBy: c.given_by,
      guardianName: guardianName(c.guardian_id),
      method: c.method,
      revokedAt: iso(c.revoked_at),
      revokeReason: c.revoke_reason,
    })),
    guardians: x.guardians.map((g) => ({
      name: g.name,
      relation: g.relation,
      email: g.email,
      phone: g.phone,
      address: g.address,
      removedAt: iso(g.removed_at),
    })),
    guardianNotices: x.notices.map((n) => ({
      guardianName: guardianName(n.guardian_id),
      jobDescription: n.job_description,
      hours: n.hours,
      risks: n.risks,
      precautions: n.precautions,
      informedOn: n.informed_on,
      cosignedOn: n.cosigned_on,
    })),
    placements: presentPlacements(x.placements),
    shifts: x.shifts.map((s) => ({
      job: s.opening_title,
      workDate: s.work_date,
      start: s.start_time.slice(0, 5),
      end: s.end_time.slice(0, 5),
      breakMinutes: s.break_minutes,
      status: s.status,
      recordedAs: s.recorded_as,
      isCorrection: s.corrects_shift_id !== null,
      reason: s.reason,
      rejectedReason: s.rejected_reason,
    })),
    activities: x.activities.map((a) => ({
      kind: a.kind,
      title: a.title,
      place: a.place,
      status: a.status,
      invitedAt: iso(a.invited_at),
      registeredAt: iso(a.registered_at),
      sessionsAttended: Number(a.attended ?? 0),
    })),
    auditEvents: x.events.map((e) => ({
      at: new Date(e.at).toISOString(),
      action: e.action,
      actorRole: e.actor_role,
      subjectType: e.subject_type,
    })),
  };
}
export type ParticipantExport = ReturnType<typeof presentExport>;

/**
 * Each placement with its opening and company, the agreement, its history (the party who acted,
 * never the staff member), follow-ups, mentor hours and the support requests about it.
 */
function presentPlacements(x: ExportParts['placements']) {
  return x.rows.map((p) => ({
    openingTitle: p.opening_title,
    company: p.company_name,
    status: p.status,
    proposedAt: iso(p.created_at),
    acceptedAt: iso(p.participant_accepted_at),
    matchReasons: p.match_reasons,
    agreement:
      p.starts_on === null
        ? null
        : {
            startsOn: p.starts_on,
            endsOn: p.ends_on,
            hoursPerWeek: p.hours_per_week,
            weeklySchedule: p.weekly_schedule,
            wagePerHour: p.wage_per_hour,
            wagePayer: p.wage_payer,
            mentor: p.mentor_name,
            agreedAt: iso(p.agreed_at),
          },
    activatedAt: iso(p.activated_at),
    endedOn: p.ended_on,
    endReason: p.end_reason,
    declineReason: p.decline_reason,
    declinedBy: p.declined_by,
    outcome: p.outcome,
    history: x.events
      .filter((e) => e.placement_id === p.id)
      .map((e) => ({
        at: iso(e.at)!,
        action: e.action,
        fromStatus: e.from_status,
        toStatus: e.to_status,
        party: e.party,
        reason: e.reason,
        note: e.note,
      })),
    followUps: x.followUps
      .filter((f) => f.placement_id === p.id)
      .map((f) => ({
        code: f.code,
        dueOn: f.due_on,
        completedAt: iso(f.completed_at),
        cancelledAt: iso(f.cancelled_at),
      })),
    mentorHours: x.mentorHours
      .filter((h) => h.placement_id === p.id)
      .map((h) => ({ workedOn: h.worked_on, mentor: h.mentor_name, hours: h.hours, note: h.note })),
    supportRequests: x.supportRequests
      .filter((r) => r.placement_id === p.id)
      .map((r) => ({
        raisedAt: iso(r.raised_at)!,
        raisedAs: r.raised_as,
        category: r.category,
        severity: r.severity,
        status: r.status,
        description: r.description,
        resolution: r.resolution,
        resolvedAt: iso(r.resolved_at),
        notes: r.notes.map((n) => ({ at: iso(n.created_at)!, text: n.text })),
      })),
  }));
}
