import { copenhagenLocal } from '../../../shared/domain/placements/time.ts';
import {
  RESPONSE_TARGETS,
  slaState,
  type SupportCategory,
  type SupportSeverity,
  type SupportStatus,
} from '../../../shared/domain/placements/sla.ts';
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

/** An urgent request or a safety matter: it goes out by every channel and comes with a number to call now. */
export function needsCallNow(r: Pick<RequestRow, 'category' | 'severity'>): boolean {
  return r.category === 'safety' || r.severity === 'urgent';
}

/**
 * A request with where it stands against its response-time target, the company and the contact
 * person who asked (with their number, so the hotline can call back), and for urgent and safety
 * requests the programme's hotline number to call now. It names no participant.
 */
export function presentRequest(r: RequestRow, notes: readonly NoteRow[], now: Date, hotlinePhone: string | null) {
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
    minutesLeft: sla.minutesLeft,
    targetCounted: RESPONSE_TARGETS[r.severity as SupportSeverity].counted,
    organisationName: r.organisation_name,
    contactName: r.raiser_name,
    contactPhone: r.contact_phone,
    callNowPhone: needsCallNow(r) ? hotlinePhone : null,
    notes: notes
      .filter((n) => n.request_id === r.id)
      .map((n) => ({ id: n.id, authorUserId: n.author_user_id, text: n.text, createdAt: new Date(n.created_at).toISOString() })),
  };
}
