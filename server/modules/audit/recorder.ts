import type { Tx } from '../../../db/tenant.ts';
import type { AuditSubjectType } from '../../../shared/schemas/audit.ts';
import type { Ctx } from '../../http/context.ts';
import { rolesIn } from '../../lib/access/index.ts';

export type AuditAction = 'read' | 'search' | 'create' | 'update' | 'delete' | 'export' | 'login' | 'login_failed' | 'logout';

export interface AuditEntry {
  action: AuditAction;
  subjectType: AuditSubjectType;
  subjectId?: string | null;
  /** The person the data is about (participant or user), for data-subject access requests. */
  subjectPersonId?: string | null;
  programmeId?: string | null;
  details?: Record<string, unknown>;
}

/**
 * Writes one audit event inside the caller's transaction: the event exists exactly when the
 * action it records committed. Reads and searches are recorded as well as writes.
 */
export async function recordAudit(trx: Tx, ctx: Ctx, entry: AuditEntry): Promise<void> {
  const actor = ctx.actor;
  const programmeId = entry.programmeId ?? null;
  const role = actor
    ? programmeId
      ? (rolesIn(actor, programmeId)[0] ?? (actor.isPlatformAdmin ? 'platform_admin' : null))
      : actor.isPlatformAdmin
        ? 'platform_admin'
        : null
    : null;
  await trx
    .insertInto('audit_events')
    .values({
      actor_user_id: actor?.userId ?? ctx.pendingUserId ?? null,
      actor_role: role,
      action: entry.action,
      subject_type: entry.subjectType,
      subject_id: entry.subjectId ?? null,
      subject_person_id: entry.subjectPersonId ?? null,
      programme_id: programmeId,
      request_id: ctx.requestId,
      ip: ctx.ip,
      details: JSON.stringify(entry.details ?? {}),
    })
    .execute();
}
