import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  commitment,
  company,
  companyProfile,
  employerCompany,
  employerCompanySummary,
  mentor,
  mentoringRecord,
  note,
  opening,
  openingBoard,
  postalCodeInfo,
  workplace,
} from '../../../../shared/schemas/employers.ts';
import { ApiError, api } from '../../api.ts';

export type Company = z.infer<typeof company>;
export type CompanyProfile = z.infer<typeof companyProfile>;
export type Workplace = z.infer<typeof workplace>;
export type Mentor = z.infer<typeof mentor>;
export type Commitment = z.infer<typeof commitment>;
export type Note = z.infer<typeof note>;
export type Opening = z.infer<typeof opening>;
export type OpeningBoard = z.infer<typeof openingBoard>;
export type EmployerCompanySummary = z.infer<typeof employerCompanySummary>;
export type EmployerCompany = z.infer<typeof employerCompany>;
export type MentoringRecord = z.infer<typeof mentoringRecord>;
export type PostalCodeInfo = z.infer<typeof postalCodeInfo>;

/** `supplier`: 'true', 'false' or the id of the housing association supplied. */
export type CompanyFilters = { q?: string; supplier?: string; industry?: string };

const enc = encodeURIComponent;

/** Every API path of the feature, so a renamed endpoint is one edit. */
export const paths = {
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
export const keys = {
  companies: (p: string) => ['programmes', p, 'companies'] as const,
  openings: (p: string) => ['programmes', p, 'openings'] as const,
  workplaces: (p: string) => ['programmes', p, 'workplaces'] as const,
  employer: ['employer'] as const,
};

export const companiesQuery = (p: string, filters: CompanyFilters) =>
  queryOptions({
    queryKey: [...keys.companies(p), 'list', filters],
    queryFn: () => api.get<{ companies: Company[] }>(paths.companies(p), filters),
  });

export const companyProfileQuery = (p: string, c: string) =>
  queryOptions({
    queryKey: [...keys.companies(p), 'one', c],
    queryFn: () => api.get<CompanyProfile>(paths.company(p, c)),
  });

export const workplacesQuery = (p: string, organisationId?: string) =>
  queryOptions({
    queryKey: [...keys.workplaces(p), organisationId ?? 'all'],
    queryFn: () => api.get<{ workplaces: Workplace[] }>(paths.workplaces(p), { organisationId }),
  });

export const openingBoardQuery = (p: string) =>
  queryOptions({
    queryKey: [...keys.openings(p), 'board'],
    queryFn: () => api.get<OpeningBoard>(paths.board(p)),
  });

export const openingQuery = (p: string, o: string) =>
  queryOptions({
    queryKey: [...keys.openings(p), 'one', o],
    queryFn: () => api.get<Opening>(paths.opening(p, o)),
  });

/** The town of a postal code, or null when the code is unknown; codes never change, so cache them. */
export const postalCodeQuery = (code: string) =>
  queryOptions({
    queryKey: ['postal-codes', code],
    queryFn: async (): Promise<PostalCodeInfo | null> => {
      try {
        return await api.get<PostalCodeInfo>(paths.postalCode(code));
      } catch (error) {
        if (error instanceof ApiError && (error.status === 404 || error.status === 400)) return null;
        throw error;
      }
    },
    staleTime: Infinity,
  });

export const employerCompaniesQuery = queryOptions({
  queryKey: [...keys.employer, 'companies'],
  queryFn: () => api.get<{ companies: EmployerCompanySummary[] }>(paths.employerCompanies()),
});

export const employerCompanyQuery = (c: string) =>
  queryOptions({
    queryKey: [...keys.employer, 'companies', c],
    queryFn: () => api.get<EmployerCompany>(paths.employerCompany(c)),
  });

export const mentoringQuery = queryOptions({
  queryKey: ['mentoring'],
  queryFn: () => api.get<{ mentors: MentoringRecord[] }>(paths.mentoring()),
});
