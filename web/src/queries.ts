import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { auditPage, auditQuery } from '../../shared/schemas/audit.ts';
import type { Me } from '../../shared/schemas/auth.ts';
import type { invitation } from '../../shared/schemas/invitations.ts';
import type { organisation } from '../../shared/schemas/organisations.ts';
import type { member, programme, programmeSummary } from '../../shared/schemas/programmes.ts';
import { ApiError, api } from './api.ts';

export type Programme = z.infer<typeof programme>;
export type ProgrammeSummary = z.infer<typeof programmeSummary>;
export type Organisation = z.infer<typeof organisation>;
export type Member = z.infer<typeof member>;
export type Invitation = z.infer<typeof invitation>;
export type AuditPage = z.infer<typeof auditPage>;
export type AuditFilters = Omit<z.input<typeof auditQuery>, 'limit' | 'before'>;

/** The session, or null when logged out. Partial sessions (TOTP pending) have `stage` ≠ 'full'. */
export const meQuery = queryOptions({
  queryKey: ['me'],
  queryFn: async (): Promise<Me | null> => {
    try {
      return await api.get<Me>('/api/auth/me');
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return null;
      throw error;
    }
  },
  staleTime: 60_000,
});

export const setupStatusQuery = queryOptions({
  queryKey: ['setup-status'],
  queryFn: () => api.get<{ needed: boolean }>('/api/setup/status'),
});

export const programmesQuery = queryOptions({
  queryKey: ['programmes'],
  queryFn: () => api.get<{ programmes: ProgrammeSummary[] }>('/api/programmes'),
});

export const programmeQuery = (id: string) =>
  queryOptions({
    queryKey: ['programmes', id],
    queryFn: () => api.get<Programme>(`/api/programmes/${encodeURIComponent(id)}`),
  });

export const membersQuery = (id: string) =>
  queryOptions({
    queryKey: ['programmes', id, 'members'],
    queryFn: () => api.get<{ members: Member[] }>(`/api/programmes/${encodeURIComponent(id)}/members`),
  });

export const invitationsQuery = (id: string) =>
  queryOptions({
    queryKey: ['programmes', id, 'invitations'],
    queryFn: () => api.get<{ invitations: Invitation[] }>(`/api/programmes/${encodeURIComponent(id)}/invitations`),
  });

export const organisationsQuery = queryOptions({
  queryKey: ['organisations'],
  queryFn: () => api.get<{ organisations: Organisation[] }>('/api/organisations'),
});

export const AUDIT_PAGE_SIZE = 50;

export function fetchAuditPage(filters: AuditFilters, before: string | undefined): Promise<AuditPage> {
  return api.get<AuditPage>('/api/audit', { ...filters, limit: AUDIT_PAGE_SIZE, before });
}
