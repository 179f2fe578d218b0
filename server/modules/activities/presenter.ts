import type { z } from 'zod';
import type { ActivityKind } from '../../../shared/domain/activities/funnel.ts';
import type { activityParticipant } from '../../../shared/schemas/activities.ts';
import type { ActivityParticipantRow, ActivityRow, SessionRow, SheetRow } from './repository.ts';

type Status = z.infer<typeof activityParticipant>['status'];
const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);
/** Names as staff see them; the anonymisation job already blanked them, this keeps the shape stable. */
const nameOf = (r: { first_name: string; last_name: string }) => `${r.first_name} ${r.last_name}`.trim();

export function presentSummary(a: ActivityRow) {
  return {
    id: a.id,
    kind: a.kind as ActivityKind,
    title: a.title,
    place: a.place,
    siteId: a.site_id,
    siteName: a.site_name ?? null,
    hostCompanyId: a.host_company_id,
    hostCompanyName: a.host_company_name ?? null,
    capacity: a.capacity,
    cancelled: a.cancelled_at !== null,
    firstStartsAt: a.first_starts_at,
    lastEndsAt: a.last_ends_at,
    sessionCount: a.session_count,
    registeredCount: a.registered_count,
    invitedCount: a.invited_count,
  };
}

export function presentSession(s: SessionRow) {
  return { id: s.id, startsAt: s.starts_at, endsAt: s.ends_at, presentCount: s.present_count, recordedCount: s.recorded_count };
}

export function presentActivityParticipant(p: ActivityParticipantRow) {
  return {
    participantId: p.participant_id,
    name: nameOf(p),
    status: p.status as Status,
    invitedAt: iso(p.invited_at)!,
    registeredAt: iso(p.registered_at),
  };
}

export function presentDetail(a: ActivityRow, sessions: readonly SessionRow[], people: readonly ActivityParticipantRow[]) {
  return {
    ...presentSummary(a),
    description: a.description,
    sessions: sessions.map(presentSession),
    participants: people.map(presentActivityParticipant),
  };
}

export function presentSheetRow(r: SheetRow) {
  return { participantId: r.participant_id, name: nameOf(r), status: r.status as Status, present: r.present ?? null };
}
