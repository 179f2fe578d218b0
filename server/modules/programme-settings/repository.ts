import { sql } from 'kysely';
import type { Tx } from '../../../db/tenant.ts';

export async function getSettings(trx: Tx, programmeId: string): Promise<Record<string, unknown> | undefined> {
  const row = await trx.selectFrom('programmes').select('settings').where('id', '=', programmeId).executeTakeFirst();
  return row?.settings;
}

/** Merges the given keys into programmes.settings (other keys are kept). */
export async function mergeSettings(trx: Tx, programmeId: string, patch: Record<string, unknown>) {
  const row = await trx
    .updateTable('programmes')
    .set({ settings: sql`settings || ${JSON.stringify(patch)}::jsonb` })
    .where('id', '=', programmeId)
    .returning('settings')
    .executeTakeFirst();
  return row?.settings;
}

/** Every programme's settings, for the retention job (runs as jobbro_system). */
export function allProgrammeSettings(trx: Tx) {
  return trx.selectFrom('programmes').select(['id', 'settings']).execute();
}
