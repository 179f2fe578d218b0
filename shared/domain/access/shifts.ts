import type { Party } from '../placements/states.ts';

export interface ShiftPowers {
  record: boolean;
  approve: boolean;
}

/**
 * What each party may do with a placement's hours: the employer contact of the opening's
 * organisation and the assigned mentor record and approve; a coordinator does so only for
 * pocket-money jobs (where the project itself is the employer); the participant submits their own.
 * One rule for the server's check and the web's buttons, so they cannot drift apart.
 */
export function shiftPowers(party: Party, openingKind: string): ShiftPowers {
  if (party === 'employer' || party === 'mentor') return { record: true, approve: true };
  if (party === 'coordinator') return openingKind === 'pocket_money' ? { record: true, approve: true } : { record: false, approve: false };
  if (party === 'participant') return { record: true, approve: false };
  return { record: false, approve: false };
}
