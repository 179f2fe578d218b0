import { sql } from 'kysely';
import type { Tx } from '../../../db/tenant.ts';

const ENTRY = ['id', 'placement_id', 'mentor_id', 'mentor_name', 'worked_on', 'hours', 'rate_per_hour', 'payer', 'note'] as const;

/** One row per placement, mentor and date: logging the same day again replaces its hours. */
export function upsertHours(
  trx: Tx,
  v: {
    programmeId: string;
    placementId: string;
    mentorId: string;
    mentorName: string;
    workedOn: string;
    hours: number;
    ratePerHour: number;
    payer: string;
    note: string | null;
    userId: string;
  },
) {
  return trx
    .insertInto('mentor_hours')
    .values({
      programme_id: v.programmeId,
      placement_id: v.placementId,
      mentor_id: v.mentorId,
      mentor_name: v.mentorName,
      worked_on: v.workedOn,
      hours: v.hours,
      rate_per_hour: v.ratePerHour,
      payer: v.payer,
      note: v.note,
      created_by: v.userId,
    })
    .onConflict((oc) =>
      oc.columns(['placement_id', 'mentor_id', 'worked_on']).doUpdateSet({
        hours: v.hours,
        rate_per_hour: v.ratePerHour,
        payer: v.payer,
        note: v.note,
        mentor_name: v.mentorName,
        updated_at: sql`now()`,
      }),
    )
    .returning(ENTRY)
    .executeTakeFirstOrThrow();
}
export type MentorHoursRow = Awaited<ReturnType<typeof upsertHours>>;

export function listHours(trx: Tx, programmeId: string, f: { placementId?: string; from?: string; to?: string }) {
  let q = trx.selectFrom('mentor_hours').select(ENTRY).where('programme_id', '=', programmeId);
  if (f.placementId) q = q.where('placement_id', '=', f.placementId);
  if (f.from) q = q.where('worked_on', '>=', f.from);
  if (f.to) q = q.where('worked_on', '<=', f.to);
  return q.orderBy('worked_on').orderBy('id').execute();
}

/** Anonymisation: mentor hours on the person's placements keep hours and costs but lose their notes. */
export async function scrubMentorHourNotes(trx: Tx, programmeId: string, participantId: string) {
  await trx
    .updateTable('mentor_hours')
    .set({ note: null })
    .where('programme_id', '=', programmeId)
    .where('placement_id', 'in', (eb) =>
      eb
        .selectFrom('placements')
        .select('id')
        .where((eb) => eb.and({ programme_id: programmeId, participant_id: participantId })),
    )
    .execute();
}
