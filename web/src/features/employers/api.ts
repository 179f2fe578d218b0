import { queryOptions } from '@tanstack/react-query';
import type {
  Commitment,
  CompanyProfile,
  EmployerCompany,
  EmployerCompanySummary,
  MentoringRecord,
  Note,
} from '../../../../shared/schemas/companies.ts';
import type { OpeningBoard } from '../../../../shared/schemas/openings.ts';
import type { PostalCodeInfo } from '../../../../shared/schemas/postal-codes.ts';
import type { Workplace } from '../../../../shared/schemas/workplaces.ts';
import { ApiError, api } from '../../api.ts';
import {
  companiesQuery,
  type Company,
  type CompanyFilters,
  employerKeys,
  employerPaths,
  type Mentor,
  type Opening,
  openingQuery,
} from '../../lib/api/employers.ts';

export type {
  CompanyProfile,
  Commitment,
  Note,
  EmployerCompanySummary,
  EmployerCompany,
  MentoringRecord,
  Workplace,
  OpeningBoard,
  PostalCodeInfo,
};

export const paths = employerPaths;
export const keys = employerKeys;
export { companiesQuery, openingQuery };
export type { Company, CompanyFilters, Mentor, Opening };

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
