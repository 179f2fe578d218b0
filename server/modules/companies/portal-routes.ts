import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { employerCompany, employerCompanySummary, mentoringRecord } from '../../../shared/schemas/companies.ts';
import { opening, proposeOpeningBody } from '../../../shared/schemas/openings.ts';
import * as portal from './portal-service.ts';

const tags = ['employer portal'];
const companyParams = z.object({ companyId: z.uuid() });

/** What employer contacts and workplace mentors see of their own company. */
export const employerPortalRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/employer/companies', {
    schema: {
      tags,
      summary: 'The companies you are a contact person for, across programmes',
      response: { 200: z.object({ companies: z.array(employerCompanySummary) }) },
    },
    handler: (req) => portal.listMyCompanies(req.ctx),
  });
  app.get('/api/employer/companies/:companyId', {
    schema: {
      tags,
      summary: 'Your company: workplaces, openings, mentors, commitments (placements come later)',
      params: companyParams,
      response: { 200: employerCompany },
    },
    handler: (req) => portal.getMyCompany(req.ctx, req.params.companyId),
  });
  app.post('/api/employer/companies/:companyId/openings', {
    schema: {
      tags,
      summary: 'Propose an opening for a coordinator to approve',
      params: companyParams,
      body: proposeOpeningBody,
      response: { 201: opening },
    },
    handler: async (req, reply) => reply.code(201).send(await portal.proposeOpening(req.ctx, req.params.companyId, req.body)),
  });
  app.get('/api/employer/mentoring', {
    schema: { tags, summary: 'Your own workplace-mentor records', response: { 200: z.object({ mentors: z.array(mentoringRecord) }) } },
    handler: (req) => portal.myMentoring(req.ctx),
  });
};
