import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { consent } from '../../../../shared/schemas/consents.ts';
import type { duplicateCandidate } from '../../../../shared/schemas/duplicates.ts';
import type { guardian, guardianNotice } from '../../../../shared/schemas/guardians.ts';
import type { ladderEvent, participantListItem, timelineItem, workArea } from '../../../../shared/schemas/participants.ts';
import type { portalCode } from '../../../../shared/schemas/portal.ts';
import type { talk } from '../../../../shared/schemas/talks.ts';
import type { todoList } from '../../../../shared/schemas/todo.ts';
import { api } from '../../api.ts';
import {
  type ListFilters,
  PAGE_SIZE,
  type Participant,
  type ParticipantList,
  participantListQueryOptions,
  participantPaths,
  participantQuery,
  participantsKey,
} from '../../lib/api/participants.ts';

export type ParticipantListItem = z.infer<typeof participantListItem>;
export type WorkArea = z.infer<typeof workArea>;
export type Guardian = z.infer<typeof guardian>;
export type GuardianNotice = z.infer<typeof guardianNotice>;
export type Consent = z.infer<typeof consent>;
export type Talk = z.infer<typeof talk>;
export type LadderEvent = z.infer<typeof ladderEvent>;
export type TimelineItem = z.infer<typeof timelineItem>;
export type TodoList = z.infer<typeof todoList>;
export type DuplicateCandidate = z.infer<typeof duplicateCandidate>;
export type PortalCode = z.infer<typeof portalCode>;

export const paths = participantPaths;
export { PAGE_SIZE, participantListQueryOptions, participantQuery, participantsKey };
export type { ListFilters, Participant, ParticipantList };

export const workAreasQuery = queryOptions({
  queryKey: ['work-areas'],
  queryFn: () => api.get<{ workAreas: WorkArea[] }>(paths.workAreas),
  staleTime: Infinity,
});

export const todoQuery = (programmeId: string) =>
  queryOptions({
    queryKey: ['programmes', programmeId, 'todo'],
    queryFn: () => api.get<TodoList>(paths.todo(programmeId)),
  });
