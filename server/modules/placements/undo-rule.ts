import type { Tx } from '../../../db/tenant.ts';
import { findOpening } from '../openings/index.ts';
import type { Loaded } from './access.ts';
import type { EventRow } from './repository.ts';
import { staffProposalsSince } from './undo-decline-repository.ts';

/**
 * Whether the caller may still take back their own "Nej tak" (issue #13): the placement is declined,
 * its last step is the caller's own decline of a proposal (nothing happened to it since), nobody
 * proposed the person another job since (the coordinator's usual answer to a no), and the opening
 * is still open. One rule for the button the portal shows and for the request that undoes.
 */
export async function undoAllowed(trx: Tx, l: Loaded, events: readonly EventRow[]): Promise<boolean> {
  const { row, party } = l;
  if ((party !== 'participant' && party !== 'guardian') || !l.userId) return false;
  const last = events.at(-1);
  if (
    row.status !== 'declined' ||
    last?.action !== 'decline' ||
    last.from_status !== 'proposed' ||
    last.actor_user_id !== l.userId ||
    last.version !== row.version
  )
    return false;
  if ((await staffProposalsSince(trx, row.programme_id, row.participant_id, last.at)) > 0) return false;
  return (await findOpening(trx, row.programme_id, row.opening_id))?.status === 'open';
}
