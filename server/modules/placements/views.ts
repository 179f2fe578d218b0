import type { Tx } from '../../../db/tenant.ts';
import type { Actor } from '../../http/context.ts';
import { allowedActions, type Loaded, loadForParty } from './access.ts';
import { candidateCategories } from './candidates.ts';
import { listFollowUps } from './follow-ups-repository.ts';
import { presentEvent, presentFollowUp, presentPlacement } from './presenter.ts';
import * as repo from './repository.ts';
import { undoAllowed } from './undo-rule.ts';

/**
 * One placement as the caller may see it, with its history. Employers and mentors get the
 * minimised candidate, the history without notes or staff identities, and no follow-ups (those
 * are the coordinator's conversations with the person). Callers audit the read.
 */
export async function detailFor(trx: Tx, l: Loaded, today: string) {
  const { row, party } = l;
  const categories = (await candidateCategories(trx, [row], () => party, today)).get(row.id) ?? [];
  const outside = party === 'employer' || party === 'mentor';
  const eventRows = await repo.listEvents(trx, row.programme_id, row.id);
  const events = eventRows.map(presentEvent);
  const followUps =
    party === 'coordinator' ? (await listFollowUps(trx, row.programme_id, row.id)).map((f) => presentFollowUp(f, today)) : [];
  return {
    ...presentPlacement(row, { party, actions: allowedActions(l), categories, today }),
    events: outside ? events.map((e) => ({ ...e, note: null, actorUserId: null })) : events,
    followUps,
    canUndoDecline: await undoAllowed(trx, l, eventRows),
  };
}

export async function placementView(trx: Tx, actor: Actor, programmeId: string, placementId: string, today: string) {
  return detailFor(trx, await loadForParty(trx, actor, programmeId, placementId, today), today);
}
