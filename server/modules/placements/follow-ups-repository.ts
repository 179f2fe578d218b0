import { sql } from 'kysely';
import type { Tx } from '../../../db/tenant.ts';

const FOLLOW_UP = [
  'f.id',
  'f.placement_id',
  'f.code',
  'f.due_on',
  'f.talk_id',
  'f.completed_at',
  'f.cancelled_at',
  'f.notified_at',
] as const;

export async function insertFollowUps(
  trx: Tx,
  programmeId: string,
  placementId: string,
  plan: readonly { code: string; dueOn: string }[],
): Promise<void> {
  if (plan.length === 0) return;
  await trx
    .insertInto('placement_follow_ups')
    .values(plan.map((f) => ({ programme_id: programmeId, placement_id: placementId, code: f.code, due_on: f.dueOn })))
    .execute();
}

export function listFollowUps(trx: Tx, programmeId: string, placementId: string) {
  return trx
    .selectFrom('placement_follow_ups as f')
    .select(FOLLOW_UP)
    .where((eb) => eb.and({ 'f.programme_id': programmeId, 'f.placement_id': placementId }))
    .orderBy('f.due_on')
    .execute();
}
export type FollowUpRow = Awaited<ReturnType<typeof listFollowUps>>[number];

export function findFollowUp(trx: Tx, programmeId: string, id: string) {
  return trx
    .selectFrom('placement_follow_ups as f')
    .select(FOLLOW_UP)
    .where((eb) => eb.and({ 'f.programme_id': programmeId, 'f.id': id }))
    .executeTakeFirst();
}

export async function cancelFollowUps(trx: Tx, programmeId: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await trx
    .updateTable('placement_follow_ups')
    .set({ cancelled_at: sql`now()` })
    .where('programme_id', '=', programmeId)
    .where('id', 'in', [...ids])
    .execute();
}

export async function moveFollowUp(trx: Tx, programmeId: string, id: string, dueOn: string): Promise<void> {
  await trx
    .updateTable('placement_follow_ups')
    .set({ due_on: dueOn, notified_at: null })
    .where((eb) => eb.and({ programme_id: programmeId, id }))
    .execute();
}

/** Completes an open follow-up; undefined when it was already completed or cancelled. */
export function completeFollowUp(trx: Tx, programmeId: string, id: string, talkId: string, userId: string) {
  return trx
    .updateTable('placement_follow_ups as f')
    .set({ completed_at: sql`now()`, completed_by: userId, talk_id: talkId })
    .where((eb) => eb.and({ 'f.programme_id': programmeId, 'f.id': id }))
    .where('f.completed_at', 'is', null)
    .where('f.cancelled_at', 'is', null)
    .returning(FOLLOW_UP)
    .executeTakeFirst();
}

/** Open follow-ups due on or before `until`, with who and where, for the to-do list. */
export function dueFollowUps(trx: Tx, programmeId: string, until: string) {
  return trx
    .selectFrom('placement_follow_ups as f')
    .innerJoin('placements as p', 'p.id', 'f.placement_id')
    .innerJoin('participants as pa', 'pa.id', 'p.participant_id')
    .innerJoin('openings as o', 'o.id', 'p.opening_id')
    .select(FOLLOW_UP)
    .select(['p.participant_id', 'pa.first_name', 'pa.last_name', 'o.title as opening_title'])
    .where('f.programme_id', '=', programmeId)
    .where('f.completed_at', 'is', null)
    .where('f.cancelled_at', 'is', null)
    .where('f.due_on', '<=', until)
    .where('pa.anonymised_at', 'is', null)
    .orderBy('f.due_on')
    .orderBy('f.id')
    .execute();
}
export type DueFollowUpRow = Awaited<ReturnType<typeof dueFollowUps>>[number];

/** For the daily job (jobbro_system): due follow-ups nobody has been told about yet, in every programme. */
export function dueUnnotified(trx: Tx, today: string) {
  return trx
    .selectFrom('placement_follow_ups as f')
    .innerJoin('placements as p', 'p.id', 'f.placement_id')
    .innerJoin('participants as pa', 'pa.id', 'p.participant_id')
    .innerJoin('openings as o', 'o.id', 'p.opening_id')
    .select(FOLLOW_UP)
    .select(['f.programme_id', 'p.participant_id', 'pa.first_name', 'pa.last_name', 'o.title as opening_title'])
    .where('f.completed_at', 'is', null)
    .where('f.cancelled_at', 'is', null)
    .where('f.notified_at', 'is', null)
    .where('f.due_on', '<=', today)
    .where('pa.anonymised_at', 'is', null)
    .orderBy('f.due_on')
    .execute();
}

export async function markNotified(trx: Tx, id: string): Promise<void> {
  await trx
    .updateTable('placement_follow_ups')
    .set({ notified_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}
