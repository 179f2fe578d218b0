import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createProgrammeBody, createSiteBody, member, programme, programmeSummary, site } from '../../../shared/schemas/programmes.ts';
import * as programmes from './service.ts';
import { routes } from '../../http/route.ts';
import { programmeParams as params } from '../../../shared/schemas/common.ts';

const tags = ['programmes'];

export const programmeRoutes: FastifyPluginAsyncZod = async (app) => {
  const route = routes(app, tags);
  route.get(
    '/api/programmes',
    'Programmes the user belongs to (all, for platform administrators)',
    { response: { 200: z.object({ programmes: z.array(programmeSummary) }) } },
    (req) => programmes.listProgrammes(req.ctx),
  );
  route.post(
    '/api/programmes',
    'Create a programme (platform administrators)',
    { body: createProgrammeBody, response: { 201: programme } },
    (req) => programmes.createProgramme(req.ctx, req.body),
  );
  route.get('/api/programmes/:programmeId', 'A programme with its partners and sites', { params, response: { 200: programme } }, (req) =>
    programmes.getProgramme(req.ctx, req.params.programmeId),
  );
  route.post(
    '/api/programmes/:programmeId/sites',
    'Add a site (housing area)',
    { params, body: createSiteBody, response: { 201: site } },
    (req) => programmes.addSite(req.ctx, req.params.programmeId, req.body),
  );
  route.get(
    '/api/programmes/:programmeId/members',
    'People with a role in the programme',
    { params, response: { 200: z.object({ members: z.array(member) }) } },
    (req) => programmes.listMembers(req.ctx, req.params.programmeId),
  );
};
