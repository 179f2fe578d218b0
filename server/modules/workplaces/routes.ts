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

const params = z.object({ programmeId: z.uuid() });
const noContent = { 204: z.null() };

/** Workplaces and mentors of any employer organisation: companies, municipalities, housing associations. */
export const workplaceRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['workplaces'];
  const workplaceParams = params.extend({ workplaceId: z.uuid() });
  app.get('/api/programmes/:programmeId/workplaces', {
    schema: {
      tags,
      summary: 'Workplaces, optionally of one organisation',
      params,
      querystring: workplacesQuery,
      response: { 200: z.object({ workplaces: z.array(workplace) }) },
    },
    handler: (req) => workplaces.listWorkplaces(req.ctx, req.params.programmeId, req.query),
  });
  app.post('/api/programmes/:programmeId/workplaces', {
    schema: {
      tags,
      summary: 'Add a workplace to a company or a partner municipality or housing association',
      params,
      body: createWorkplaceBody,
      response: { 201: workplace },
    },
    handler: async (req, reply) => reply.code(201).send(await workplaces.createWorkplace(req.ctx, req.params.programmeId, req.body)),
  });
  app.patch('/api/programmes/:programmeId/workplaces/:workplaceId', {
    schema: { tags, summary: 'Edit a workplace', params: workplaceParams, body: updateWorkplaceBody, response: { 200: workplace } },
    handler: (req) => workplaces.updateWorkplace(req.ctx, req.params.programmeId, req.params.workplaceId, req.body),
  });
  app.delete('/api/programmes/:programmeId/workplaces/:workplaceId', {
    schema: { tags, summary: 'Delete a workplace without openings or mentors', params: workplaceParams, response: noContent },
    handler: async (req, reply) => {
      await workplaces.deleteWorkplace(req.ctx, req.params.programmeId, req.params.workplaceId);
      return reply.code(204).send(null);
    },
  });

  const mentorTags = ['mentors'];
  const mentorParams = params.extend({ mentorId: z.uuid() });
  app.get('/api/programmes/:programmeId/mentors', {
    schema: {
      tags: mentorTags,
      summary: 'Workplace mentors, optionally of one organisation (audited read)',
      params,
      querystring: mentorsQuery,
      response: { 200: z.object({ mentors: z.array(mentor) }) },
    },
    handler: (req) => workplaces.listMentors(req.ctx, req.params.programmeId, req.query),
  });
  app.post('/api/programmes/:programmeId/mentors', {
    schema: {
      tags: mentorTags,
      summary: 'Add a workplace mentor with bought-out hours',
      params,
      body: createMentorBody,
      response: { 201: mentor },
    },
    handler: async (req, reply) => reply.code(201).send(await workplaces.createMentor(req.ctx, req.params.programmeId, req.body)),
  });
  app.patch('/api/programmes/:programmeId/mentors/:mentorId', {
    schema: {
      tags: mentorTags,
      summary: 'Edit a workplace mentor',
      params: mentorParams,
      body: updateMentorBody,
      response: { 200: mentor },
    },
    handler: (req) => workplaces.updateMentor(req.ctx, req.params.programmeId, req.params.mentorId, req.body),
  });
  app.delete('/api/programmes/:programmeId/mentors/:mentorId', {
    schema: { tags: mentorTags, summary: 'Delete a workplace mentor', params: mentorParams, response: noContent },
    handler: async (req, reply) => {
      await workplaces.deleteMentor(req.ctx, req.params.programmeId, req.params.mentorId);
      return reply.code(204).send(null);
    },
  });
};
