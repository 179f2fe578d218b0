import { z } from 'zod';
import { isoDate, uuid } from './common.ts';
import { consentPurpose } from './people.ts';
import { dueFollowUp } from './placements.ts';

/** The coordinator's to-do list: participants' next steps, consents and contact, plus placements' follow-ups (server/modules/todo). */

const timestamp = z.string();

export const todoList = z.object({
  today: isoDate,
  noContactWeeks: z.number(),
  overdueNextSteps: z.array(
    z.object({
      participantId: uuid,
      firstName: z.string(),
      lastName: z.string(),
      nextStepId: uuid,
      talkId: uuid,
      description: z.string(),
      dueOn: isoDate,
      ownerUserId: uuid,
    }),
  ),
  consentsDue: z.array(
    z.object({
      participantId: uuid,
      firstName: z.string(),
      lastName: z.string(),
      consentId: uuid,
      purpose: consentPurpose,
      dueOn: isoDate,
      reason: z.enum(['turns_15', 'turns_18', 'new_step']),
    }),
  ),
  notContacted: z.array(
    z.object({
      participantId: uuid,
      firstName: z.string(),
      lastName: z.string(),
      /** The last talk, or null if there has never been one (then counted from intake). */
      lastContactOn: isoDate.nullable(),
      weeksSinceContact: z.number(),
    }),
  ),
});
export type TodoList = z.infer<typeof todoList>;

/** What the coordinator's to-do list adds for placements. */
export const placementTodo = z.object({
  followUpsDue: z.array(dueFollowUp),
  staleProposals: z.array(
    z.object({
      placementId: uuid,
      participantId: uuid,
      firstName: z.string(),
      lastName: z.string(),
      openingTitle: z.string(),
      proposedOn: isoDate,
      flaggedAt: timestamp,
    }),
  ),
});
