import { sql } from 'kysely';
import type { Role } from '../../../shared/domain/access/roles.ts';
import type { Tx } from '../../../db/tenant.ts';

/** Someone a notice goes to. `email` is '' for portal accounts that only have a login name. */
export interface Recipient {
  id: string;
  email: string;
  name: string;
  locale: string;
}

const USER = ['u.id', 'u.email', 'u.name', 'u.locale'] as const;

/**
 * A youth or one of their guardians. Only a portal account (`id`) gets in-app messages; e-mail goes to
 * the account's address, else to the address on the person's record ('' when there is none).
 */
export interface PortalPerson {
  id: string | null;
  email: string;
  name: string;
  locale: string;
  role: 'self' | 'guardian';
  /** The youth's first name: texts to a guardian name the child. */
  child: string;
}

/**
 * The participant and their current guardians (guardians only for youth), with or without accounts.
 * A disabled account gets nothing in the app, but the address on record is still used.
 */
export async function personAndGuardians(trx: Tx, programmeId: string, participantId: string): Promise<PortalPerson[]> {
  const self = await trx
    .selectFrom('participants as p')
    .leftJoin('users as u', (j) => j.onRef('u.id', '=', 'p.user_id').on('u.disabled_at', 'is', null))
    .select(['p.kind', 'p.first_name', 'p.last_name', 'p.email as record_email', 'p.anonymised_at', ...USER])
    .where('p.programme_id', '=', programmeId)
    .where('p.id', '=', participantId)
    .executeTakeFirst();
  if (!self || self.anonymised_at !== null) return [];
  const people: PortalPerson[] = [
    {
      id: self.id,
      email: self.email || (self.record_email ?? ''),
      name: self.name ?? `${self.first_name} ${self.last_name}`,
      locale: self.locale ?? 'da',
      role: 'self',
      child: self.first_name,
    },
  ];
  if (self.kind !== 'youth') return people;
  const guardians = await trx
    .selectFrom('guardians as g')
    .leftJoin('users as u', (j) => j.onRef('u.id', '=', 'g.user_id').on('u.disabled_at', 'is', null))
    .select(['g.name as record_name', 'g.email as record_email', ...USER])
    .where('g.programme_id', '=', programmeId)
    .where('g.participant_id', '=', participantId)
    .where('g.removed_at', 'is', null)
    .orderBy('g.id')
    .execute();
  for (const g of guardians)
    people.push({
      id: g.id,
      email: g.email || (g.record_email ?? ''),
      name: g.name ?? g.record_name,
      locale: g.locale ?? 'da',
      role: 'guardian',
      child: self.first_name,
    });
  return people;
}

/** Active users holding one of `roles` in the programme (employer contacts: of one organisation). */
export function usersWithRole(trx: Tx, programmeId: string, roles: readonly Role[], organisationId?: string): Promise<Recipient[]> {
  let q = trx
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(USER)
    .distinct()
    .where('m.programme_id', '=', programmeId)
    .where('m.role', 'in', [...roles])
    .where('u.disabled_at', 'is', null);
  if (organisationId) q = q.where('m.organisation_id', '=', organisationId);
  return q.orderBy('u.id').execute();
}

export async function usersById(trx: Tx, ids: readonly (string | null)[]): Promise<Recipient[]> {
  const wanted = [...new Set(ids.filter((i): i is string => i !== null))];
  if (wanted.length === 0) return [];
  return trx.selectFrom('users as u').select(USER).where('u.id', 'in', wanted).where('u.disabled_at', 'is', null).execute();
}

/** The users among `ids` who turned off e-mails that are not about safety. */
export async function nonSafetyOptOuts(trx: Tx, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await trx
    .selectFrom('notification_preferences')
    .select('user_id')
    .where('user_id', 'in', [...ids])
    .where('email_non_safety', '=', false)
    .execute();
  return new Set(rows.map((r) => r.user_id));
}

/** No RETURNING: the inserting user may not read other people's notifications (RLS). */
export async function insertNotifications(
  trx: Tx,
  rows: Array<{
    programmeId: string;
    userId: string;
    kind: string;
    subjectType: string;
    subjectId: string | null;
    vars: Record<string, string | number>;
    safety: boolean;
  }>,
): Promise<void> {
  if (rows.length === 0) return;
  await trx
    .insertInto('notifications')
    .values(
      rows.map((r) => ({
        programme_id: r.programmeId,
        user_id: r.userId,
        kind: r.kind,
        subject_type: r.subjectType,
        subject_id: r.subjectId,
        vars: JSON.stringify(r.vars),
        safety: r.safety,
      })),
    )
    .execute();
}

const NOTIFICATION = ['id', 'programme_id', 'kind', 'subject_type', 'subject_id', 'vars', 'safety', 'created_at', 'read_at'] as const;

export function listForUser(trx: Tx, userId: string, opts: { unreadOnly?: boolean; limit: number }) {
  let q = trx.selectFrom('notifications').select(NOTIFICATION).where('user_id', '=', userId);
  if (opts.unreadOnly) q = q.where('read_at', 'is', null);
  return q.orderBy('created_at', 'desc').orderBy('id').limit(opts.limit).execute();
}
export type NotificationRow = Awaited<ReturnType<typeof listForUser>>[number];

export async function countUnread(trx: Tx, userId: string): Promise<number> {
  const row = await trx
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function markRead(trx: Tx, userId: string, ids: readonly string[] | 'all'): Promise<number> {
  let q = trx
    .updateTable('notifications')
    .set({ read_at: sql`now()` })
    .where('user_id', '=', userId)
    .where('read_at', 'is', null);
  if (ids !== 'all') {
    if (ids.length === 0) return 0;
    q = q.where('id', 'in', [...ids]);
  }
  const res = await q.executeTakeFirst();
  return Number(res.numUpdatedRows ?? 0);
}

export async function emailNonSafety(trx: Tx, userId: string): Promise<boolean> {
  const row = await trx.selectFrom('notification_preferences').select('email_non_safety').where('user_id', '=', userId).executeTakeFirst();
  return row?.email_non_safety ?? true;
}

export async function setEmailNonSafety(trx: Tx, userId: string, value: boolean): Promise<void> {
  await trx
    .insertInto('notification_preferences')
    .values({ user_id: userId, email_non_safety: value })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ email_non_safety: value, updated_at: sql`now()` }))
    .execute();
}
