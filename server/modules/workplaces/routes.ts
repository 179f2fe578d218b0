import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  createMentorBody,
  createWorkplaceBody,
  mentor,
  mentorsQuery,
  updateMentorBody,
  updateWorkplaceBody,
  workplace,
  workplacesQuery,
} from '../../../shared/schemas/workplaces.ts';
import * as workplaces from './service.ts';
import { routes } from '../../http/route.ts';
import { programmeParams as params } from '../../../shared/schemas/common.ts';

const noContent = { 204: z.null() };

/** Workplaces and mentors of any employer organisation: companies, municipalities, housing associations. */
export const workplaceRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['workplaces'];
  const workplaceParams = params.extend({ workplaceId: z.uuid() });
  const route = routes(app, tags);
  route.get(
    '/api/programmes/:programmeId/workplaces',
    'Workplaces, optionally of one organisation',
    { params, querystring: workplacesQuery, response: { 200: z.object({ workplaces: z.array(workplace) }) } },
    (req) => workplaces.listWorkplaces(req.ctx, req.params.programmeId, req.query),
  );
  route.post(
    '/api/programmes/:programmeId/workplaces',
    'Add a workplace to a company or a partner municipality or housing association',
    { params, body: createWorkplaceBody, response: { 201: workplace } },
    (req) => workplaces.createWorkplace(req.ctx, req.params.programmeId, req.body),
  );
  route.patch(
    '/api/programmes/:programmeId/workplaces/:workplaceId',
    'Edit a workplace',
    { params: workplaceParams, body: updateWorkplaceBody, response: { 200: workplace } },
    (req) => workplaces.updateWorkplace(req.ctx, req.params.programmeId, req.params.workplaceId, req.body),
  );
  route.delete(
    '/api/programmes/:programmeId/workplaces/:workplaceId',
    'Delete a workplace without openings or mentors',
    { params: workplaceParams, response: noContent },
    (req) => workplaces.deleteWorkplace(req.ctx, req.params.programmeId, req.params.workplaceId),
  );

  const mentorTags = ['mentors'];
  const mentorParams = params.extend({ mentorId: z.uuid() });
  const mentorRoute = routes(app, mentorTags);
  mentorRoute.get(
    '/api/programmes/:programmeId/mentors',
    'Workplace mentors, optionally of one organisation (audited read)',
    { params, querystring: mentorsQuery, response: { 200: z.object({ mentors: z.array(mentor) }) } },
    (req) => workplaces.listMentors(req.ctx, req.params.programmeId, req.query),
  );
  mentorRoute.post(
    '/api/programmes/:programmeId/mentors',
    'Add a workplace mentor with bought-out hours',
    { params, body: createMentorBody, response: { 201: mentor } },
    (req) => workplaces.createMentor(req.ctx, req.params.programmeId, req.body),
  );
  mentorRoute.patch(
    '/api/programmes/:programmeId/mentors/:mentorId',
    'Edit a workplace mentor',
    { params: mentorParams, body: updateMentorBody, response: { 200: mentor } },
    (req) => workplaces.updateMentor(req.ctx, req.params.programmeId, req.params.mentorId, req.body),
  );
  mentorRoute.delete(
    '/api/programmes/:programmeId/mentors/:mentorId',
    'Delete a workplace mentor',
    { params: mentorParams, response: noContent },
    (req) => workplaces.deleteMentor(req.ctx, req.params.programmeId, req.params.mentorId),
  );
};
