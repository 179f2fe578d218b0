import { sql } from 'kysely';
import type { Tx } from '../../../db/tenant.ts';

export interface AuditFilter {
  programmeId?: string;
  programmeIds?: string[];
  includeGlobal?: boolean;
  actorUserId?: string;
  action?: string;
  subjectType?: string;
  subjectId?: string;
  from?: string;
  to?: string;
  before?: string;
  limit: number;
}

export async function searchEvents(trx: Tx, f: AuditFilter) {
  let q = trx
    .selectFrom('audit_events as e')
    .leftJoin('users as u', 'u.id', 'e.actor_user_id')
    .select([
      'e.id',
      'e.at',
      'e.actor_user_id',
      'e.actor_role',
      'e.action',
      'e.subject_type',
      'e.subject_id',
      'e.programme_id',
      'e.request_id',
      'e.ip',
      'e.details',
      'u.name as actor_name',
    ])
    .orderBy('e.id', 'desc')
    .limit(f.limit + 1);
  if (f.programmeId) q = q.where('e.programme_id', '=', f.programmeId);
  else if (f.programmeIds)
    q = q.where((eb) =>
      eb.or([
        ...(f.programmeIds!.length ? [eb('e.programme_id', 'in', f.programmeIds!)] : []),
        ...(f.includeGlobal ? [eb('e.programme_id', 'is', null)] : []),
        eb.val(false),
      ]),
    );
  if (f.actorUserId) q = q.where('e.actor_user_id', '=', f.actorUserId);
  if (f.action) q = q.where('e.action', '=', f.action);
  if (f.subjectType) q = q.where('e.subject_type', '=', f.subjectType);
  if (f.subjectId) q = q.where('e.subject_id', '=', f.subjectId);
  if (f.from) q = q.where('e.at', '>=', sql<Date>`(${f.from}::date)::timestamptz`);
  if (f.to) q = q.where('e.at', '<', sql<Date>`(${f.to}::date + 1)::timestamptz`);
  if (f.before) q = q.where('e.id', '<', Number(f.before));
  return q.execute();
}
export type AuditRow = Awaited<ReturnType<typeof searchEvents>>[number];

/** Events about one person, without who did them: the shape a data-subject access request gets. */
export async function eventsAboutPerson(trx: Tx, personId: string) {
  return trx
    .selectFrom('audit_events')
    .select(['id', 'at', 'actor_role', 'action', 'subject_type', 'programme_id'])
    .where('subject_person_id', '=', personId)
    .orderBy('id', 'asc')
    .execute();
}

export async function deleteOlderThan(trx: Tx, days: number): Promise<number> {
  const res = await trx
    .deleteFrom('audit_events')
    .where('at', '<', sql<Date>`now() - make_interval(days => ${days}::int)`)
    .executeTakeFirst();
  return Number(res.numDeletedRows);
}
