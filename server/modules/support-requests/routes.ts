import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  createSupportRequestBody,
  resolveSupportRequestBody,
  supportNoteBody,
  supportRequest,
  supportRequestList,
  supportRequestsQuery,
  supportStats,
  supportStatsQuery,
} from '../../../shared/schemas/support-requests.ts';
import * as support from './service.ts';

const tags = ['support requests'];
const params = z.object({ programmeId: z.uuid() });
const requestParams = params.extend({ requestId: z.uuid() });

export const supportRequestRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post('/api/programmes/:programmeId/placements/:placementId/support-requests', {
    schema: {
      tags,
      summary: 'Ask the programme for help with a placement (employer contacts, mentors)',
      params: params.extend({ placementId: z.uuid() }),
      body: createSupportRequestBody,
      response: { 201: supportRequest },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await support.raiseSupportRequest(req.ctx, req.params.programmeId, req.params.placementId, req.body)),
  });
  app.get('/api/programmes/:programmeId/support-requests', {
    schema: {
      tags,
      summary: 'Support requests you may see (staff: all; employers and mentors: their placements’)',
      params,
      querystring: supportRequestsQuery,
      response: { 200: supportRequestList },
    },
    handler: (req) => support.listSupportRequests(req.ctx, req.params.programmeId, req.query),
  });
  app.get('/api/programmes/:programmeId/support-requests/stats', {
    schema: {
      tags,
      summary: 'Hotline statistics: median first response (working hours), share within target, by category',
      params,
      querystring: supportStatsQuery,
      response: { 200: supportStats },
    },
    handler: (req) => support.supportStatistics(req.ctx, req.params.programmeId, req.query),
  });
  app.get('/api/programmes/:programmeId/support-requests/:requestId', {
    schema: {
      tags,
      summary: 'One support request with its notes and response-time state',
      params: requestParams,
      response: { 200: supportRequest },
    },
    handler: (req) => support.getSupportRequest(req.ctx, req.params.programmeId, req.params.requestId),
  });
  app.post('/api/programmes/:programmeId/support-requests/:requestId/acknowledge', {
    schema: { tags, summary: 'Acknowledge (first response; coordinators)', params: requestParams, response: { 200: supportRequest } },
    handler: (req) => support.acknowledgeSupportRequest(req.ctx, req.params.programmeId, req.params.requestId),
  });
  app.post('/api/programmes/:programmeId/support-requests/:requestId/notes', {
    schema: { tags, summary: 'Add a handling note', params: requestParams, body: supportNoteBody, response: { 200: supportRequest } },
    handler: (req) => support.addSupportNote(req.ctx, req.params.programmeId, req.params.requestId, req.body),
  });
  app.post('/api/programmes/:programmeId/support-requests/:requestId/resolve', {
    schema: {
      tags,
      summary: 'Resolve with what was done (coordinators)',
      params: requestParams,
      body: resolveSupportRequestBody,
      response: { 200: supportRequest },
    },
    handler: (req) => support.resolveSupportRequest(req.ctx, req.params.programmeId, req.params.requestId, req.body),
  });
};
