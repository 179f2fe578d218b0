import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createProgrammeBody, createSiteBody, member, programme, programmeSummary, site } from '../../../shared/schemas/programmes.ts';
import * as programmes from './service.ts';

const tags = ['programmes'];
const params = z.object({ programmeId: z.uuid() });

export const programmeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/programmes', {
    schema: {
      tags,
      summary: 'Programmes the user belongs to (all, for platform administrators)',
      response: { 200: z.object({ programmes: z.array(programmeSummary) }) },
    },
    handler: (req) => programmes.listProgrammes(req.ctx),
  });
  app.post('/api/programmes', {
    schema: { tags, summary: 'Create a programme (platform administrators)', body: createProgrammeBody, response: { 201: programme } },
    handler: async (req, reply) => reply.code(201).send(await programmes.createProgramme(req.ctx, req.body)),
  });
  app.get('/api/programmes/:programmeId', {
    schema: { tags, summary: 'A programme with its partners and sites', params, response: { 200: programme } },
    handler: (req) => programmes.getProgramme(req.ctx, req.params.programmeId),
  });
  app.post('/api/programmes/:programmeId/sites', {
    schema: { tags, summary: 'Add a site (housing area)', params, body: createSiteBody, response: { 201: site } },
    handler: async (req, reply) => reply.code(201).send(await programmes.addSite(req.ctx, req.params.programmeId, req.body)),
  });
  app.get('/api/programmes/:programmeId/members', {
    schema: { tags, summary: 'People with a role in the programme', params, response: { 200: z.object({ members: z.array(member) }) } },
    handler: (req) => programmes.listMembers(req.ctx, req.params.programmeId),
  });
};
