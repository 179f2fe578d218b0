import { z } from 'zod';
import { TALK_KINDS, TALK_VISIBILITIES } from '../domain/participants/constants.ts';
import { isoDate, uuid } from './common.ts';

/** Follow-up talks and their next steps (server/modules/talks). */

export const talkKind = z.enum(TALK_KINDS, { error: 'talk_kind_unknown' });
export const talkVisibility = z.enum(TALK_VISIBILITIES, { error: 'talk_visibility_unknown' });

export const nextStep = z.object({
  id: uuid,
  talkId: uuid,
  description: z.string(),
  dueOn: isoDate,
  ownerUserId: uuid,
  completedAt: z.string().nullable(),
});

export const talk = z.object({
  id: uuid,
  participantId: uuid,
  heldOn: isoDate,
  kind: talkKind,
  summary: z.string(),
  visibility: talkVisibility,
  nextSteps: z.array(nextStep),
  createdAt: z.string(),
});
export type Talk = z.infer<typeof talk>;

export const nextStepInput = z.object({
  description: z.string().trim().min(1, { error: 'required' }).max(1000),
  dueOn: isoDate,
  /** A member of the programme (staff); checked as `owner_not_member`. */
  ownerUserId: uuid,
});
export const createTalkBody = z.object({
  heldOn: isoDate,
  kind: talkKind,
  summary: z.string().trim().min(1, { error: 'required' }).max(5000),
  visibility: talkVisibility.default('coordinators'),
  nextSteps: z.array(nextStepInput).max(20).default([]),
});
