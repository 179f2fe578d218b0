import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  consent,
  duplicateCandidate,
  guardian,
  guardianNotice,
  ladderEvent,
  participantList,
  participantListItem,
  participantListQuery,
  participantProfile,
  portalCode,
  talk,
  timelineItem,
  todoList,
  workArea,
} from '../../../../shared/schemas/participants.ts';
import { api } from '../../api.ts';

export type Participant = z.infer<typeof participantProfile>;
export type ParticipantListItem = z.infer<typeof participantListItem>;
export type ParticipantList = z.infer<typeof participantList>;
/** The list query as the page holds it: `needsAttention` is a boolean here and a string on the wire. */
export type ListFilters = Partial<Omit<z.input<typeof participantListQuery>, 'limit' | 'needsAttention'>> & { needsAttention?: boolean };
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

const enc = encodeURIComponent;

/** Every participant endpoint in one place, so a change in the API is a one-line change here. */
export const paths = {
  list: (programmeId: string) => `/api/programmes/${enc(programmeId)}/participants`,
  one: (programmeId: string, id: string) => `${paths.list(programmeId)}/${enc(id)}`,
  ladder: (p: string, id: string) => `${paths.one(p, id)}/ladder`,
  cprReveal: (p: string, id: string) => `${paths.one(p, id)}/cpr/reveal`,
  guardians: (p: string, id: string) => `${paths.one(p, id)}/guardians`,
  guardian: (p: string, id: string, guardianId: string) => `${paths.guardians(p, id)}/${enc(guardianId)}`,
  notices: (p: string, id: string) => `${paths.one(p, id)}/guardian-notices`,
  cosign: (p: string, id: string, noticeId: string) => `${paths.notices(p, id)}/${enc(noticeId)}/cosign`,
  consents: (p: string, id: string) => `${paths.one(p, id)}/consents`,
  revokeConsent: (p: string, id: string, consentId: string) => `${paths.consents(p, id)}/${enc(consentId)}/revoke`,
  talks: (p: string, id: string) => `${paths.one(p, id)}/talks`,
  completeNextStep: (p: string, id: string, nextStepId: string) => `${paths.one(p, id)}/next-steps/${enc(nextStepId)}/complete`,
  exportHtml: (p: string, id: string) => `${paths.one(p, id)}/export?format=html`,
  exportJson: (p: string, id: string) => `${paths.one(p, id)}/export?format=json`,
  duplicates: (p: string, id: string) => `${paths.one(p, id)}/duplicates`,
  anonymise: (p: string, id: string) => `${paths.one(p, id)}/anonymise`,
  merge: (p: string, id: string) => `${paths.one(p, id)}/merge`,
  portalCodes: (p: string, id: string) => `${paths.one(p, id)}/portal-codes`,
  todo: (programmeId: string) => `/api/programmes/${enc(programmeId)}/todo`,
  workAreas: '/api/work-areas',
};

export const workAreasQuery = queryOptions({
  queryKey: ['work-areas'],
  queryFn: () => api.get<{ workAreas: WorkArea[] }>(paths.workAreas),
  staleTime: Infinity,
});

export const PAGE_SIZE = 100;

export const participantListQueryOptions = (programmeId: string, filters: ListFilters) =>
  queryOptions({
    queryKey: ['programmes', programmeId, 'participants', 'list', filters],
    queryFn: () =>
      api.get<ParticipantList>(paths.list(programmeId), {
        ...filters,
        needsAttention: filters.needsAttention === undefined ? undefined : String(filters.needsAttention),
        limit: PAGE_SIZE,
      }),
    // Keep the old rows on screen while a new filter loads: the table does not jump.
    placeholderData: keepPreviousData,
  });

export const participantQuery = (programmeId: string, id: string) =>
  queryOptions({
    queryKey: ['programmes', programmeId, 'participants', 'one', id],
    queryFn: () => api.get<Participant>(paths.one(programmeId, id)),
  });

export const todoQuery = (programmeId: string) =>
  queryOptions({
    queryKey: ['programmes', programmeId, 'todo'],
    queryFn: () => api.get<TodoList>(paths.todo(programmeId)),
  });

/** Everything cached about one programme's participants (lists, profiles, to-do). */
export const participantsKey = (programmeId: string) => ['programmes', programmeId, 'participants'];
