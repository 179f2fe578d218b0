import type { Tx } from '../../../db/tenant.ts';
import { mergeProgrammeSettings } from '../programmes/index.ts';

export async function getSettings(trx: Tx, programmeId: string): Promise<Record<string, unknown> | undefined> {
  const row = await trx.selectFrom('programmes').select('settings').where('id', '=', programmeId).executeTakeFirst();
  return row?.settings;
}

/** Merges the given keys into programmes.settings (other keys are kept): the programmes module writes it. */
export function mergeSettings(trx: Tx, programmeId: string, patch: Record<string, unknown>) {
  return mergeProgrammeSettings(trx, programmeId, patch);
}

/** Every programme's settings, for the retention job (runs as jobbro_system). */
export function allProgrammeSettings(trx: Tx) {
  return trx.selectFrom('programmes').select(['id', 'settings']).execute();
}
