import { computeTodo, type Todo } from '../../../shared/domain/participants/todo.ts';
import type { Tx } from '../../../db/tenant.ts';
import { dateOf } from '../../lib/clock.ts';
import { resolveSettings, getSettings } from '../programme-settings/index.ts';
import * as repo from './repository.ts';

/**
 * Loads a programme's facts and computes its to-do list (shared by GET …/todo and the participant
 * list's `needsAttention`). Callers have done their access check.
 */
export async function programmeTodo(trx: Tx, programmeId: string, today: string): Promise<Todo & { noContactWeeks: number }> {
  const { noContactWeeks } = resolveSettings(await getSettings(trx, programmeId));
  const [participants, steps, consents, changes] = await Promise.all([
    repo.activeParticipants(trx, programmeId),
    repo.openNextSteps(trx, programmeId),
    repo.unrevokedConsents(trx, programmeId),
    repo.stepChanges(trx, programmeId),
  ]);
  const stepChanges = new Map<string, string[]>();
  for (const c of changes) stepChanges.set(c.participant_id, [...(stepChanges.get(c.participant_id) ?? []), c.on_date]);
  const todo = computeTodo({
    today,
    noContactWeeks,
    participants: participants.map((p) => ({
      id: p.id,
      firstName: p.first_name,
      lastName: p.last_name,
      kind: p.kind,
      birthDate: p.birth_date,
      createdOn: dateOf(p.created_at),
      lastTalkOn: p.last_talk_on ?? null,
    })),
    openNextSteps: steps.map((s) => ({
      id: s.id,
      participantId: s.participant_id,
      talkId: s.talk_id,
      description: s.description,
      dueOn: s.due_on,
      ownerUserId: s.owner_user_id,
    })),
    consents: consents.map((c) => ({
      id: c.id,
      participantId: c.participant_id,
      purpose: c.purpose,
      givenOn: c.given_on,
      givenBy: c.given_by,
      revokedAt: c.revoked_at,
      createdAt: c.created_at,
    })),
    stepChanges,
  });
  return { ...todo, noContactWeeks };
}
