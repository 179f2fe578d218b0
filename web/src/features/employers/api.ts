import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  commitment,
  companyProfile,
  employerCompany,
  employerCompanySummary,
  mentoringRecord,
  note,
} from '../../../../shared/schemas/companies.ts';
import type { openingBoard } from '../../../../shared/schemas/openings.ts';
import type { postalCodeInfo } from '../../../../shared/schemas/postal-codes.ts';
import type { workplace } from '../../../../shared/schemas/workplaces.ts';
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

export type CompanyProfile = z.infer<typeof companyProfile>;
export type Workplace = z.infer<typeof workplace>;
export type Commitment = z.infer<typeof commitment>;
export type Note = z.infer<typeof note>;
export type OpeningBoard = z.infer<typeof openingBoard>;
export type EmployerCompanySummary = z.infer<typeof employerCompanySummary>;
export type EmployerCompany = z.infer<typeof employerCompany>;
export type MentoringRecord = z.infer<typeof mentoringRecord>;
export type PostalCodeInfo = z.infer<typeof postalCodeInfo>;

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
