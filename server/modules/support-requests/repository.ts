import { sql } from 'kysely';
import type { Tx } from '../../../db/tenant.ts';
import { placementsWithParties } from '../../lib/placement-parties.ts';

function requestQuery(trx: Tx) {
  return placementsWithParties(trx)
    .innerJoin('support_requests as s', 's.placement_id', 'p.id')
    .innerJoin('users as ru', 'ru.id', 's.raised_by')
    .selectAll('s')
    .select([
      'ru.name as raiser_name',
      'o.organisation_id',
      'org.name as organisation_name',
      'o.title as opening_title',
      'pa.first_name',
      'p.participant_id',
      'm.user_id as mentor_user_id',
    ]);
}

export function findRequest(trx: Tx, programmeId: string, id: string) {
  return requestQuery(trx)
    .where((eb) => eb.and({ 's.programme_id': programmeId, 's.id': id }))
    .executeTakeFirst();
}
export type RequestRow = NonNullable<Awaited<ReturnType<typeof findRequest>>>;

export interface RequestFilters {
  status?: string;
  placementId?: string;
  /** Employer contacts: only requests on their organisation's openings. */
  organisationIds?: readonly string[];
  /** Mentors: only requests on placements they mentor. */
  mentorUserId?: string;
  raisedFrom?: Date;
  raisedBefore?: Date;
}

export function listRequests(trx: Tx, programmeId: string, f: RequestFilters = {}) {
  let q = requestQuery(trx).where('s.programme_id', '=', programmeId);
  if (f.status) q = q.where('s.status', '=', f.status);
  if (f.placementId) q = q.where('s.placement_id', '=', f.placementId);
  if (f.organisationIds || f.mentorUserId) {
    const orgs = [...(f.organisationIds ?? [])];
    const mentor = f.mentorUserId;
    q = q.where((eb) =>
      eb.or([
        ...(orgs.length > 0 ? [eb('o.organisation_id', 'in', orgs)] : []),
        ...(mentor ? [eb('m.user_id', '=', mentor)] : []),
        eb.val(false),
      ]),
    );
  }
  if (f.raisedFrom) q = q.where('s.raised_at', '>=', f.raisedFrom);
  if (f.raisedBefore) q = q.where('s.raised_at', '<', f.raisedBefore);
  return q.orderBy('s.raised_at', 'desc').orderBy('s.id').execute();
}

export function insertRequest(
  trx: Tx,
  v: {
    programmeId: string;
    placementId: string;
    raisedBy: string;
    raisedAs: string;
    category: string;
    severity: string;
    description: string;
    raisedAt: Date;
    dueAt: Date;
    contactPhone: string | null;
  },
) {
  return trx
    .insertInto('support_requests')
    .values({
      programme_id: v.programmeId,
      placement_id: v.placementId,
      raised_by: v.raisedBy,
      raised_as: v.raisedAs,
      category: v.category,
      severity: v.severity,
      description: v.description,
      raised_at: v.raisedAt,
      due_at: v.dueAt,
      contact_phone: v.contactPhone,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** Moves an open (or acknowledged) request on; the first staff response time is kept once set. */
export function respond(
  trx: Tx,
  programmeId: string,
  id: string,
  fromStatuses: readonly string[],
  set: { status: string; userId: string; resolution?: string },
) {
  return trx
    .updateTable('support_requests')
    .set({
      status: set.status,
      first_response_at: sql`coalesce(first_response_at, now())`,
      ...(set.status === 'acknowledged'
        ? { acknowledged_at: sql`coalesce(acknowledged_at, now())`, acknowledged_by: sql`coalesce(acknowledged_by, ${set.userId}::uuid)` }
        : {}),
      ...(set.status === 'resolved' ? { resolved_at: sql`now()`, resolved_by: set.userId, resolution: set.resolution ?? null } : {}),
      version: sql`version + 1`,
    })
    .where((eb) => eb.and({ programme_id: programmeId, id }))
    .where('status', 'in', [...fromStatuses])
    .returning('id')
    .executeTakeFirst();
}

export async function insertNote(trx: Tx, programmeId: string, requestId: string, authorUserId: string, text: string): Promise<void> {
  await trx
    .insertInto('support_request_notes')
    .values({ programme_id: programmeId, request_id: requestId, author_user_id: authorUserId, text })
    .execute();
}

export function listNotes(trx: Tx, requestIds: readonly string[]) {
  if (requestIds.length === 0) return Promise.resolve([]);
  return trx
    .selectFrom('support_request_notes')
    .select(['id', 'request_id', 'author_user_id', 'text', 'created_at'])
    .where('request_id', 'in', [...requestIds])
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}
export type NoteRow = Awaited<ReturnType<typeof listNotes>>[number];

/** For the escalation job (jobbro_system): unanswered requests past their deadline, not yet escalated. */
export function overdueUnescalated(trx: Tx, now: Date) {
  return requestQuery(trx)
    .where('s.first_response_at', 'is', null)
    .where('s.escalated_at', 'is', null)
    .where('s.due_at', '<', now)
    .orderBy('s.due_at')
    .execute();
}

export async function markEscalated(trx: Tx, id: string): Promise<void> {
  await trx
    .updateTable('support_requests')
    .set({ escalated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

/**
 * Anonymisation: support requests on the person's placements keep category, severity, status and
 * times (the hotline statistics) but lose their description, resolution, notes and call-back number.
 */
export async function scrubRequestsAbout(trx: Tx, programmeId: string, participantId: string) {
  const requests = trx
    .selectFrom('support_requests')
    .select('id')
    .where('programme_id', '=', programmeId)
    .where('placement_id', 'in', (eb) =>
      eb
        .selectFrom('placements')
        .select('id')
        .where((eb) => eb.and({ programme_id: programmeId, participant_id: participantId })),
    );
  // Notes are append-only for requests; the migration grants UPDATE on just their text.
  await trx
    .updateTable('support_request_notes')
    .set({ text: '' })
    .where('programme_id', '=', programmeId)
    .where('request_id', 'in', requests)
    .execute();
  await trx
    .updateTable('support_requests')
    .set({ description: '', resolution: null, contact_phone: null })
    .where('programme_id', '=', programmeId)
    .where('id', 'in', requests)
    .execute();
}

/** The phone of the mentor record behind a user on a placement's organisation, for a mentor who gives no number. */
export async function mentorPhone(trx: Tx, programmeId: string, placementId: string, userId: string): Promise<string | null> {
  const row = await trx
    .selectFrom('placements as p')
    .innerJoin('openings as o', 'o.id', 'p.opening_id')
    .innerJoin('mentors as m', (j) => j.onRef('m.organisation_id', '=', 'o.organisation_id'))
    .select('m.phone')
    .where((eb) => eb.and({ 'p.programme_id': programmeId, 'p.id': placementId, 'm.user_id': userId }))
    .where('m.phone', 'is not', null)
    .executeTakeFirst();
  return row?.phone ?? null;
}
