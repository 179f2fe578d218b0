import type { Tx } from '../../../db/tenant.ts';
import { moveActivities } from '../activities/index.ts';
import { moveConsents } from '../consents/index.ts';
import { moveGuardianRecords } from '../guardians/index.ts';
import { moveLadderEvents } from '../people/index.ts';
import { movePlacements } from '../placements/index.ts';
import { movePortalCodes } from '../portal/index.ts';
import { moveTalks } from '../talks/index.ts';

/**
 * Moves every history row of `fromId` to `toId`, each module moving its own rows (a module writes
 * only its own tables). Moving `placements` carries everything hanging off a placement with it
 * (events, follow-ups, mentor hours, support requests and their notes, and the notifications, which
 * point at placements and support requests, never at a participant), so their history is kept as it
 * was. Activity rows are united without duplicates. Returns how many rows moved per table.
 */
export async function moveHistory(trx: Tx, programmeId: string, fromId: string, toId: string): Promise<Record<string, number>> {
  const movers = [moveLadderEvents, moveGuardianRecords, moveConsents, moveTalks, movePortalCodes, movePlacements, moveActivities];
  const moved: Record<string, number> = {};
  for (const move of movers) Object.assign(moved, await move(trx, programmeId, fromId, toId));
  return moved;
}
