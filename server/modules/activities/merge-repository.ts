import { sql } from 'kysely';
import type { Tx } from '../../../db/tenant.ts';

/**
 * Activity invitations and attendance are keyed by person, so both records may hold a row for the
 * same activity or session. The survivor keeps its invitation (taking "registered" if either was),
 * attendance is present if either record was marked present, and the rest moves over.
 */
export async function moveActivities(trx: Tx, programmeId: string, fromId: string, toId: string): Promise<Record<string, number>> {
  await sql`
    UPDATE activity_participants s SET status = 'registered', registered_at = COALESCE(s.registered_at, o.registered_at, now()), updated_at = now()
    FROM activity_participants o
    WHERE s.programme_id = ${programmeId} AND s.participant_id = ${toId} AND o.participant_id = ${fromId}
      AND o.activity_id = s.activity_id AND o.status = 'registered' AND s.status <> 'registered'`.execute(trx);
  await sql`
    UPDATE activity_attendance s SET present = true
    FROM activity_attendance o
    WHERE s.programme_id = ${programmeId} AND s.participant_id = ${toId} AND o.participant_id = ${fromId}
      AND o.session_id = s.session_id AND o.present AND NOT s.present`.execute(trx);
  await sql`
    DELETE FROM activity_participants o USING activity_participants s
    WHERE o.programme_id = ${programmeId} AND o.participant_id = ${fromId} AND s.participant_id = ${toId} AND s.activity_id = o.activity_id`.execute(
    trx,
  );
  await sql`
    DELETE FROM activity_attendance o USING activity_attendance s
    WHERE o.programme_id = ${programmeId} AND o.participant_id = ${fromId} AND s.participant_id = ${toId} AND s.session_id = o.session_id`.execute(
    trx,
  );
  const moved: Record<string, number> = {};
  for (const table of ['activity_participants', 'activity_attendance'] as const) {
    const res = await trx
      .updateTable(table)
      .set({ participant_id: toId })
      .where((eb) => eb.and({ programme_id: programmeId, participant_id: fromId }))
      .executeTakeFirst();
    moved[table] = Number(res.numUpdatedRows);
  }
  return moved;
}
