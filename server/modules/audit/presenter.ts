import type { AuditRow } from './repository.ts';
import type { SubjectName } from './subjects-repository.ts';

export function presentAuditEvent(row: AuditRow, subject: SubjectName | null) {
  return {
    id: String(row.id),
    at: new Date(row.at).toISOString(),
    actorUserId: row.actor_user_id,
    actorName: row.actor_name ?? null,
    actorRole: row.actor_role,
    action: row.action as never,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    subject,
    programmeId: row.programme_id,
    requestId: row.request_id,
    ip: row.ip,
    details: row.details ?? {},
  };
}

/** For a data subject: what happened to their data and in which role, never which staff member. */
export function presentEventForSubject(row: {
  at: Date;
  actor_role: string | null;
  action: string;
  subject_type: string;
  programme_id: string | null;
}) {
  return {
    at: new Date(row.at).toISOString(),
    actorRole: row.actor_role,
    action: row.action,
    subjectType: row.subject_type,
    programmeId: row.programme_id,
  };
}
