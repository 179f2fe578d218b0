import type { TalkKind, TalkVisibility } from '../../../shared/domain/participants/constants.ts';
import type { NextStepRow, TalkRow } from './repository.ts';

export function presentNextStep(s: NextStepRow) {
  return {
    id: s.id,
    talkId: s.talk_id,
    description: s.description,
    dueOn: s.due_on,
    ownerUserId: s.owner_user_id,
    completedAt: s.completed_at ? new Date(s.completed_at).toISOString() : null,
  };
}

export function presentTalk(t: TalkRow, steps: readonly NextStepRow[]) {
  return {
    id: t.id,
    participantId: t.participant_id,
    heldOn: t.held_on,
    kind: t.kind as TalkKind,
    summary: t.summary,
    visibility: t.visibility as TalkVisibility,
    nextSteps: steps.filter((s) => s.talk_id === t.id).map(presentNextStep),
    createdAt: new Date(t.created_at).toISOString(),
  };
}
