import { queryOptions } from '@tanstack/react-query';
import type { Consent } from '../../../../shared/schemas/consents.ts';
import type { DuplicateCandidate } from '../../../../shared/schemas/duplicates.ts';
import type { Guardian, GuardianNotice } from '../../../../shared/schemas/guardians.ts';
import type { LadderEvent, ParticipantListItem, TimelineItem, WorkArea } from '../../../../shared/schemas/participants.ts';
import type { PortalCode } from '../../../../shared/schemas/portal.ts';
import type { Talk } from '../../../../shared/schemas/talks.ts';
import type { TodoList } from '../../../../shared/schemas/todo.ts';
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

export type {
  ParticipantListItem,
  WorkArea,
  LadderEvent,
  TimelineItem,
  Guardian,
  GuardianNotice,
  Consent,
  Talk,
  TodoList,
  DuplicateCandidate,
  PortalCode,
};

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
