import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { employerCompany, employerCompanySummary, mentoringRecord } from '../../../shared/schemas/companies.ts';
import { opening, proposeOpeningBody } from '../../../shared/schemas/openings.ts';
import * as portal from './portal-service.ts';
import { routes } from '../../http/route.ts';

const tags = ['employer portal'];
const companyParams = z.object({ companyId: z.uuid() });

/** What employer contacts and workplace mentors see of their own company. */
export const employerPortalRoutes: FastifyPluginAsyncZod = async (app) => {
  const route = routes(app, tags);
  route.get(
    '/api/employer/companies',
    'The companies you are a contact person for, across programmes',
    { response: { 200: z.object({ companies: z.array(employerCompanySummary) }) } },
    (req) => portal.listMyCompanies(req.ctx),
  );
  route.get(
    '/api/employer/companies/:companyId',
    'Your company: workplaces, openings, mentors, commitments (placements come later)',
    { params: companyParams, response: { 200: employerCompany } },
    (req) => portal.getMyCompany(req.ctx, req.params.companyId),
  );
  route.post(
    '/api/employer/companies/:companyId/openings',
    'Propose an opening for a coordinator to approve',
    { params: companyParams, body: proposeOpeningBody, response: { 201: opening } },
    (req) => portal.proposeOpening(req.ctx, req.params.companyId, req.body),
  );
  route.get(
    '/api/employer/mentoring',
    'Your own workplace-mentor records',
    { response: { 200: z.object({ mentors: z.array(mentoringRecord) }) } },
    (req) => portal.myMentoring(req.ctx),
  );
};
