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
import { routes } from '../../http/route.ts';
import { programmeParams as params } from '../../../shared/schemas/common.ts';

const tags = ['support requests'];
const requestParams = params.extend({ requestId: z.uuid() });

export const supportRequestRoutes: FastifyPluginAsyncZod = async (app) => {
  const route = routes(app, tags);
  route.post(
    '/api/programmes/:programmeId/placements/:placementId/support-requests',
    'Ask the programme for help with a placement (employer contacts, mentors)',
    { params: params.extend({ placementId: z.uuid() }), body: createSupportRequestBody, response: { 201: supportRequest } },
    (req) => support.raiseSupportRequest(req.ctx, req.params.programmeId, req.params.placementId, req.body),
  );
  route.get(
    '/api/programmes/:programmeId/support-requests',
    'Support requests you may see (staff: all; employers and mentors: their placements’)',
    { params, querystring: supportRequestsQuery, response: { 200: supportRequestList } },
    (req) => support.listSupportRequests(req.ctx, req.params.programmeId, req.query),
  );
  route.get(
    '/api/programmes/:programmeId/support-requests/stats',
    'Hotline statistics: median first response (working hours), share within target, by category',
    { params, querystring: supportStatsQuery, response: { 200: supportStats } },
    (req) => support.supportStatistics(req.ctx, req.params.programmeId, req.query),
  );
  route.get(
    '/api/programmes/:programmeId/support-requests/:requestId',
    'One support request with its notes and response-time state',
    { params: requestParams, response: { 200: supportRequest } },
    (req) => support.getSupportRequest(req.ctx, req.params.programmeId, req.params.requestId),
  );
  route.post(
    '/api/programmes/:programmeId/support-requests/:requestId/acknowledge',
    'Acknowledge (first response; coordinators)',
    { params: requestParams, response: { 200: supportRequest } },
    (req) => support.acknowledgeSupportRequest(req.ctx, req.params.programmeId, req.params.requestId),
  );
  route.post(
    '/api/programmes/:programmeId/support-requests/:requestId/notes',
    'Add a handling note',
    { params: requestParams, body: supportNoteBody, response: { 200: supportRequest } },
    (req) => support.addSupportNote(req.ctx, req.params.programmeId, req.params.requestId, req.body),
  );
  route.post(
    '/api/programmes/:programmeId/support-requests/:requestId/resolve',
    'Resolve with what was done (coordinators)',
    { params: requestParams, body: resolveSupportRequestBody, response: { 200: supportRequest } },
    (req) => support.resolveSupportRequest(req.ctx, req.params.programmeId, req.params.requestId, req.body),
  );
};
