import type { ExpressionBuilder, Insertable } from 'kysely';
import type { DB, NextStepsTable, ParticipantsTable, TalksTable } from '../../../db/schema.ts';
import type { Tx } from '../../../db/tenant.ts';

const TALK = ['id', 'participant_id', 'held_on', 'kind', 'summary', 'visibility', 'created_at'] as const;
const NEXT_STEP = ['id', 'talk_id', 'participant_id', 'description', 'due_on', 'owner_user_id', 'completed_at'] as const;

/**
 * The date of the person's latest talk, as a column of a query over `participants as p`: the
 * participant list and the to-do list both judge "no contact for a while" by it.
 */
export function lastTalkOn(eb: ExpressionBuilder<DB & { p: ParticipantsTable }, 'p'>) {
  return eb
    .selectFrom('talks as t')
    .select((e) => e.fn.max('t.held_on').as('m'))
    .whereRef('t.participant_id', '=', 'p.id')
    .as('last_talk_on');
}

export function listTalks(trx: Tx, programmeId: string, participantId: string, visibility?: string) {
  let q = trx
    .selectFrom('talks')
    .select(TALK)
    .where((eb) => eb.and({ programme_id: programmeId, participant_id: participantId }));
  if (visibility) q = q.where('visibility', '=', visibility);
  return q.orderBy('held_on').orderBy('created_at').execute();
}
export type TalkRow = Awaited<ReturnType<typeof listTalks>>[number];

export function listNextSteps(trx: Tx, programmeId: string, participantId: string) {
  return trx
    .selectFrom('next_steps')
    .select(NEXT_STEP)
    .where((eb) => eb.and({ programme_id: programmeId, participant_id: participantId }))
    .orderBy('due_on')
    .execute();
}
export type NextStepRow = Awaited<ReturnType<typeof listNextSteps>>[number];

export function insertTalk(trx: Tx, values: Insertable<TalksTable>) {
  return trx.insertInto('talks').values(values).returning(TALK).executeTakeFirstOrThrow();
}

export async function insertNextSteps(trx: Tx, values: Insertable<NextStepsTable>[]) {
  if (values.length === 0) return [];
  return trx.insertInto('next_steps').values(values).returning(NEXT_STEP).execute();
}

export function findTalk(trx: Tx, programmeId: string, participantId: string, talkId: string) {
  return trx
    .selectFrom('talks')
    .select(TALK)
    .where((eb) => eb.and({ programme_id: programmeId, participant_id: participantId, id: talkId }))
    .executeTakeFirst();
}

export function completeNextStep(trx: Tx, programmeId: string, participantId: string, id: string, userId: string) {
  return trx
    .updateTable('next_steps')
    .set({ completed_at: new Date(), completed_by: userId })
    .where((eb) => eb.and({ programme_id: programmeId, participant_id: participantId, id }))
    .where('completed_at', 'is', null)
    .returning(NEXT_STEP)
    .executeTakeFirst();
}

export function findNextStep(trx: Tx, programmeId: string, participantId: string, id: string) {
  return trx
    .selectFrom('next_steps')
    .select(NEXT_STEP)
    .where((eb) => eb.and({ programme_id: programmeId, participant_id: participantId, id }))
    .executeTakeFirst();
}

/** Next-step owners must be staff of the programme (not participants, guardians or outsiders). */
export async function staffMembers(trx: Tx, programmeId: string, userIds: readonly string[]): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await trx
    .selectFrom('memberships')
    .select('user_id')
    .where('programme_id', '=', programmeId)
    .where('user_id', 'in', [...userIds])
    .where('role', 'in', ['administrator', 'coordinator', 'caseworker', 'mentor'])
    .execute();
  return new Set(rows.map((r) => r.user_id));
}

/** Anonymisation: talks and next steps keep their dates and kinds (the follow-up statistics) but lose their text. */
export async function scrubTalks(trx: Tx, programmeId: string, participantId: string) {
  await trx
    .updateTable('talks')
    .set({ summary: '' })
    .where((eb) => eb.and({ programme_id: programmeId, participant_id: participantId }))
    .execute();
  await trx
    .updateTable('next_steps')
    .set({ description: '' })
    .where((eb) => eb.and({ programme_id: programmeId, participant_id: participantId }))
    .execute();
}

/**
 * A duplicate merge moves the merged record's talks and next steps to the survivor. The duplicates module calls this
 * so that only this module writes its tables; returns the rows moved per table.
 */
export async function moveTalks(trx: Tx, programmeId: string, fromId: string, toId: string): Promise<Record<string, number>> {
  const r0 = await trx
    .updateTable('talks')
    .set({ participant_id: toId })
    .where((eb) => eb.and({ programme_id: programmeId, participant_id: fromId }))
    .executeTakeFirst();
  const r1 = await trx
    .updateTable('next_steps')
    .set({ participant_id: toId })
    .where((eb) => eb.and({ programme_id: programmeId, participant_id: fromId }))
    .executeTakeFirst();
  return { talks: Number(r0.numUpdatedRows), next_steps: Number(r1.numUpdatedRows) };
}
