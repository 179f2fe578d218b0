import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { workAreaList } from '../../../../shared/schemas/participants.ts';
import type {
  portalConsent,
  portalConsentBody,
  portalMe,
  portalPerson,
  redeemPortalCodeResponse,
  updatePortalMeBody,
} from '../../../../shared/schemas/portal.ts';
import { api } from '../../api.ts';

export type PortalMe = z.infer<typeof portalMe>;
export type PortalPerson = z.infer<typeof portalPerson>;
export type PortalConsent = z.infer<typeof portalConsent>;
export type PortalJob = PortalPerson['jobs'][number];
export type WorkArea = z.infer<typeof workAreaList>['workAreas'][number];

const enc = encodeURIComponent;

/** The portal's own data: one query, refreshed after every change the person makes. */
export const portalMeQuery = queryOptions({
  queryKey: ['portal', 'me'],
  queryFn: () => api.get<PortalMe>('/api/portal/me'),
});

/** The shared work-area taxonomy (interests); it changes with releases, not during a visit. */
export const workAreasQuery = queryOptions({
  queryKey: ['portal', 'work-areas'],
  queryFn: () => api.get<z.infer<typeof workAreaList>>('/api/work-areas'),
  staleTime: Number.POSITIVE_INFINITY,
});

export const portalApi = {
  redeem: (body: { code: string; username?: string; email?: string; password?: string }) =>
    api.post<z.infer<typeof redeemPortalCodeResponse>>('/api/portal/redeem', body),
  update: (body: z.input<typeof updatePortalMeBody>) => api.patch<PortalMe>('/api/portal/me', body),
  giveConsent: (participantId: string, body: z.input<typeof portalConsentBody>) =>
    api.post<PortalConsent>(`/api/portal/children/${enc(participantId)}/consents`, body),
  revokeConsent: (consentId: string) => api.post<PortalConsent>(`/api/portal/consents/${enc(consentId)}/revoke`),
};
