import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { company } from '../../../../shared/schemas/companies.ts';
import type { opening } from '../../../../shared/schemas/openings.ts';
import type { mentor } from '../../../../shared/schemas/workplaces.ts';
import { api } from '../../api.ts';

/**
 * The employer resources other features read too (companies in the activity form, openings and
 * mentors in placements and matching). They live below the features so no feature imports another;
 * `features/employers/api.ts` builds on the same paths and keys, so caches and invalidation stay one.
 */

export type Company = z.infer<typeof company>;
export type Mentor = z.infer<typeof mentor>;
export type Opening = z.infer<typeof opening>;

/** `supplier`: 'true', 'false' or the id of the housing association supplied. */
export type CompanyFilters = { q?: string; supplier?: string; industry?: string };

const enc = encodeURIComponent;

/** Every API path of the feature, so a renamed endpoint is one edit. */
export const employerPaths = {
  companies: (p: string) => `/api/programmes/${enc(p)}/companies`,
  company: (p: string, c: string) => `/api/programmes/${enc(p)}/companies/${enc(c)}`,
  contacts: (p: string, c: string) => `/api/programmes/${enc(p)}/companies/${enc(c)}/contacts`,
  commitments: (p: string, c: string) => `/api/programmes/${enc(p)}/companies/${enc(c)}/commitments`,
  notes: (p: string, c: string) => `/api/programmes/${enc(p)}/companies/${enc(c)}/notes`,
  workplaces: (p: string) => `/api/programmes/${enc(p)}/workplaces`,
  mentors: (p: string) => `/api/programmes/${enc(p)}/mentors`,
  openings: (p: string) => `/api/programmes/${enc(p)}/openings`,
  board: (p: string) => `/api/programmes/${enc(p)}/openings/board`,
  opening: (p: string, o: string) => `/api/programmes/${enc(p)}/openings/${enc(o)}`,
  openingAction: (p: string, o: string, action: 'status' | 'approve' | 'reject') =>
    `/api/programmes/${enc(p)}/openings/${enc(o)}/${action}`,
  postalCode: (code: string) => `/api/postal-codes/${enc(code)}`,
  employerCompanies: () => '/api/employer/companies',
  employerCompany: (c: string) => `/api/employer/companies/${enc(c)}`,
  employerProposal: (c: string) => `/api/employer/companies/${enc(c)}/openings`,
  mentoring: () => '/api/employer/mentoring',
};

/** Query keys start with the programme, so one invalidation refreshes a programme's employer data. */
export const employerKeys = {
  companies: (p: string) => ['programmes', p, 'companies'] as const,
  openings: (p: string) => ['programmes', p, 'openings'] as const,
  workplaces: (p: string) => ['programmes', p, 'workplaces'] as const,
  employer: ['employer'] as const,
};

export const companiesQuery = (p: string, filters: CompanyFilters) =>
  queryOptions({
    queryKey: [...employerKeys.companies(p), 'list', filters],
    queryFn: () => api.get<{ companies: Company[] }>(employerPaths.companies(p), filters),
  });

export const openingQuery = (p: string, o: string) =>
  queryOptions({
    queryKey: [...employerKeys.openings(p), 'one', o],
    queryFn: () => api.get<Opening>(employerPaths.opening(p, o)),
  });
