import type { Tx } from '../../../db/tenant.ts';
import { lastTalkOn } from '../talks/index.ts';

/** Active participants (the to-do list ignores paused, finished, merged and anonymised ones). */
export function activeParticipants(trx: Tx, programmeId: string) {
  return trx
    .selectFrom('participants as p')
    .select(['p.id', 'p.first_name', 'p.last_name', 'p.kind', 'p.birth_date', 'p.created_at', lastTalkOn])
    .where('p.programme_id', '=', programmeId)
    .where('p.status', '=', 'active')
    .where('p.merged_into', 'is', null)
    .where('p.anonymised_at', 'is', null)
    .execute();
}

export function openNextSteps(trx: Tx, programmeId: string) {
  return trx
    .selectFrom('next_steps')
    .select(['id', 'participant_id', 'talk_id', 'description', 'due_on', 'owner_user_id'])
    .where('programme_id', '=', programmeId)
    .where('completed_at', 'is', null)
    .execute();
}

export function unrevokedConsents(trx: Tx, programmeId: string) {
  return trx
    .selectFrom('consents')
    .select(['id', 'participant_id', 'purpose', 'given_on', 'given_by', 'revoked_at', 'created_at'])
    .where('programme_id', '=', programmeId)
    .where('revoked_at', 'is', null)
    .execute();
}

export function stepChanges(trx: Tx, programmeId: string) {
  return trx
    .selectFrom('ladder_events')
    .select(['participant_id', 'on_date'])
    .where('programme_id', '=', programmeId)
    .where('kind', '=', 'step')
    .where('from_step', 'is not', null)
    .execute();
}
