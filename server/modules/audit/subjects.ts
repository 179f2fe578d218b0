import type { Action } from '../../../shared/domain/access/permissions.ts';
import { roleAllows } from '../../../shared/domain/access/permissions.ts';
import type { Tx } from '../../../db/tenant.ts';
import type { Actor, Ctx } from '../../http/context.ts';
import { rolesIn } from '../../lib/access/index.ts';
import { recordAudit } from './recorder.ts';
import type { AuditRow } from './repository.ts';
import { NAMED_SUBJECTS, type NamedSubject, type SubjectName, subjectNames } from './subjects-repository.ts';

/** What the reader must be allowed to read in the event's programme to see a subject's name (and its page). */
const READ_ACTION: Record<NamedSubject, Action> = {
  participant: 'participant.read',
  placement: 'placement.read',
  company: 'company.read',
  opening: 'opening.read',
  activity: 'activity.read',
  match_round: 'matching.read',
};

const isNamed = (type: string): type is NamedSubject => (NAMED_SUBJECTS as readonly string[]).includes(type);

/**
 * Names for the subjects of one page of the log, for those the reader may open in that programme.
 * A participant's name is a read of their personal data, so each person named is audited as read
 * (with the person, so it appears in their own access request).
 */
export async function nameSubjects(trx: Tx, ctx: Ctx, actor: Actor, rows: readonly AuditRow[]): Promise<Map<string, SubjectName>> {
  const ids = Object.fromEntries(NAMED_SUBJECTS.map((t) => [t, [] as string[]])) as Record<NamedSubject, string[]>;
  const allowed = rows.filter(
    (r): r is AuditRow & { subject_type: NamedSubject; subject_id: string; programme_id: string } =>
      isNamed(r.subject_type) &&
      r.subject_id !== null &&
      r.programme_id !== null &&
      rolesIn(actor, r.programme_id).some((role) => roleAllows(role, READ_ACTION[r.subject_type as NamedSubject])),
  );
  for (const r of allowed) ids[r.subject_type].push(r.subject_id);
  const names = await subjectNames(trx, ids);
  const named = new Map<string, string>();
  for (const r of allowed)
    if (r.subject_type === 'participant' && names.has(`participant:${r.subject_id}`)) named.set(r.subject_id, r.programme_id);
  for (const [participantId, programmeId] of named) {
    await recordAudit(trx, ctx, {
      action: 'read',
      subjectType: 'participant',
      subjectId: participantId,
      subjectPersonId: participantId,
      programmeId,
      details: { via: 'audit_search' },
    });
  }
  return names;
}
