import type { PlacementStatus } from '../../../shared/domain/placements/states.ts';
import type { Tx } from '../../../db/tenant.ts';
import type { Ctx } from '../../http/context.ts';
import { findOpening, lockOpening, filledByPlacements, setStatusByPlacements } from '../openings/index.ts';
import * as repo from './repository.ts';

/** Statuses in which a placement takes one of the opening's places. */
const TAKING: readonly PlacementStatus[] = ['agreed', 'active'];

/**
 * Keeps an opening's `open`/`filled` status in step with its placements, after a placement step
 * in the same transaction:
 * - when agreed or running placements reach the opening's `places`, an open opening becomes
 *   `filled` (recorded with reason `places_taken`), so no further proposals are made for it;
 * - when a placement stops taking a place (ended early, completed, or declined after the
 *   agreement) and fewer places are taken than offered, a `filled` opening goes back to `open` —
 *   but only before the opening's end date, and only if placements filled it. An opening a
 *   coordinator marked filled by hand (say, with people hired outside the programme) stays
 *   filled, and so does one whose period is over: reopening it would invite proposals for a
 *   job that has ended.
 * The opening's row is locked before counting, so two agreements at once cannot both miss the
 * last place (the second counts after the first commits).
 */
export async function syncOpeningPlaces(
  trx: Tx,
  ctx: Ctx,
  p: { programmeId: string; openingId: string; placementId: string },
  from: PlacementStatus,
  to: PlacementStatus,
  today: string,
): Promise<void> {
  const wasTaking = TAKING.includes(from);
  const isTaking = TAKING.includes(to);
  if (wasTaking === isTaking) return;
  if (!(await lockOpening(trx, p.programmeId, p.openingId))) return;
  const opening = (await findOpening(trx, p.programmeId, p.openingId))!;
  const taken = await repo.placesTaken(trx, p.programmeId, p.openingId);
  if (isTaking && opening.status === 'open' && taken >= opening.places) {
    await setStatusByPlacements(trx, ctx, p.programmeId, p.openingId, 'open', 'filled', p.placementId);
  } else if (
    !isTaking &&
    opening.status === 'filled' &&
    taken < opening.places &&
    today < opening.ends_on &&
    (await filledByPlacements(trx, p.programmeId, p.openingId))
  ) {
    await setStatusByPlacements(trx, ctx, p.programmeId, p.openingId, 'filled', 'open', p.placementId);
  }
}
