import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { participantList, participantListQuery, participantProfile } from '../../../../shared/schemas/participants.ts';
import { api } from '../../api.ts';

/**
 * The participant resources other features read too (the person in a placement, the people to
 * invite to an activity or propose for a job). Below the features, so none imports another;
 * `features/participants/api.ts` builds on the same paths and keys, so caches stay one.
 */

export type Participant = z.infer<typeof participantProfile>;
export type ParticipantList = z.infer<typeof participantList>;
/** The list query as the page holds it: `needsAttention` is a boolean here and a string on the wire. */
export type ListFilters = Partial<Omit<z.input<typeof participantListQuery>, 'limit' | 'needsAttention'>> & { needsAttention?: boolean };

const enc = encodeURIComponent;

/** Every participant endpoint in one place, so a change in the API is a one-line change here. */
export const participantPaths = {
  list: (programmeId: string) => `/api/programmes/${enc(programmeId)}/participants`,
  one: (programmeId: string, id: string) => `${participantPaths.list(programmeId)}/${enc(id)}`,
  ladder: (p: string, id: string) => `${participantPaths.one(p, id)}/ladder`,
  cprReveal: (p: string, id: string) => `${participantPaths.one(p, id)}/cpr/reveal`,
  guardians: (p: string, id: string) => `${participantPaths.one(p, id)}/guardians`,
  guardian: (p: string, id: string, guardianId: string) => `${participantPaths.guardians(p, id)}/${enc(guardianId)}`,
  notices: (p: string, id: string) => `${participantPaths.one(p, id)}/guardian-notices`,
  cosign: (p: string, id: string, noticeId: string) => `${participantPaths.notices(p, id)}/${enc(noticeId)}/cosign`,
  consents: (p: string, id: string) => `${participantPaths.one(p, id)}/consents`,
  revokeConsent: (p: string, id: string, consentId: string) => `${participantPaths.consents(p, id)}/${enc(consentId)}/revoke`,
  talks: (p: string, id: string) => `${participantPaths.one(p, id)}/talks`,
  completeNextStep: (p: string, id: string, nextStepId: string) => `${participantPaths.one(p, id)}/next-steps/${enc(nextStepId)}/complete`,
  exportHtml: (p: string, id: string) => `${participantPaths.one(p, id)}/export?format=html`,
  exportJson: (p: string, id: string) => `${participantPaths.one(p, id)}/export?format=json`,
  duplicates: (p: string, id: string) => `${participantPaths.one(p, id)}/duplicates`,
  anonymise: (p: string, id: string) => `${participantPaths.one(p, id)}/anonymise`,
  merge: (p: string, id: string) => `${participantPaths.one(p, id)}/merge`,
  portalCodes: (p: string, id: string) => `${participantPaths.one(p, id)}/portal-codes`,
  todo: (programmeId: string) => `/api/programmes/${enc(programmeId)}/todo`,
  workAreas: '/api/work-areas',
};

export const PAGE_SIZE = 100;

export const participantListQueryOptions = (programmeId: string, filters: ListFilters) =>
  queryOptions({
    queryKey: ['programmes', programmeId, 'participants', 'list', filters],
    queryFn: () =>
      api.get<ParticipantList>(participantPaths.list(programmeId), {
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
    queryFn: () => api.get<Participant>(participantPaths.one(programmeId, id)),
  });

/** Everything cached about one programme's participants (lists, profiles, to-do). */
export const participantsKey = (programmeId: string) => ['programmes', programmeId, 'participants'];
