import { copenhagenLocal } from '../../../shared/domain/placements/time.ts';
import { slaState, type SupportCategory, type SupportSeverity, type SupportStatus } from '../../../shared/domain/placements/sla.ts';
import type { NoteRow, RequestRow } from './repository.ts';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

/** The facts the SLA maths needs, as Copenhagen wall-clock minutes. */
export function slaFacts(r: RequestRow) {
  return {
    raisedAt: copenhagenLocal(r.raised_at),
    severity: r.severity as SupportSeverity,
    firstResponseAt: r.first_response_at === null ? null : copenhagenLocal(r.first_response_at),
  };
}

/** A request with where it stands against its response-time target. It names no person. */
export function presentRequest(r: RequestRow, notes: readonly NoteRow[], now: Date) {
  const sla = slaState(slaFacts(r), copenhagenLocal(now));
  return {
    id: r.id,
    programmeId: r.programme_id,
    placementId: r.placement_id,
    raisedBy: r.raised_by,
    raisedAs: r.raised_as as 'employer' | 'mentor' | 'coordinator',
    category: r.category as SupportCategory,
    severity: r.severity as SupportSeverity,
    description: r.description,
    status: r.status as SupportStatus,
    raisedAt: new Date(r.raised_at).toISOString(),
    dueAt: new Date(r.due_at).toISOString(),
    firstResponseAt: iso(r.first_response_at),
    acknowledgedAt: iso(r.acknowledged_at),
    resolvedAt: iso(r.resolved_at),
    resolution: r.resolution,
    escalatedAt: iso(r.escalated_at),
    breached: sla.breached,
    workingMinutesLeft: sla.workingMinutesLeft,
    notes: notes
      .filter((n) => n.request_id === r.id)
      .map((n) => ({ id: n.id, authorUserId: n.author_user_id, text: n.text, createdAt: new Date(n.created_at).toISOString() })),
  };
}
