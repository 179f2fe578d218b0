import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  approveOpeningBody,
  createOpeningBody,
  opening,
  openingBoard,
  openingList,
  openingsQuery,
  openingStatusBody,
  rejectOpeningBody,
  updateOpeningBody,
} from '../../../shared/schemas/openings.ts';
import * as openings from './service.ts';
import { routes } from '../../http/route.ts';
import { programmeParams as params } from '../../../shared/schemas/common.ts';

const tags = ['openings'];
const openingParams = params.extend({ openingId: z.uuid() });
const legality =
  'Opening (status open, or created as open) is refused with 422 `opening_not_legal` when the opening cannot legally employ its youngest age; `details.refusals[]` says why. Drafts are saved anyway and carry `refusals`.';

export const openingRoutes: FastifyPluginAsyncZod = async (app) => {
  const route = routes(app, tags);
  route.get(
    '/api/programmes/:programmeId/openings',
    'Openings, filtered by status, company, kind and ladder step',
    { params, querystring: openingsQuery, response: { 200: openingList } },
    (req) => openings.listOpenings(req.ctx, req.params.programmeId, req.query),
  );
  route.get(
    '/api/programmes/:programmeId/openings/board',
    'Openings as board columns by status, with counts',
    { params, querystring: openingsQuery, response: { 200: openingBoard } },
    (req) => openings.openingBoard(req.ctx, req.params.programmeId, req.query),
  );
  route.post(
    '/api/programmes/:programmeId/openings',
    'Create an opening (draft or open)',
    { description: legality, params, body: createOpeningBody, response: { 201: opening } },
    (req) => openings.createOpening(req.ctx, req.params.programmeId, req.body),
  );
  route.get(
    '/api/programmes/:programmeId/openings/:openingId',
    'One opening',
    { params: openingParams, response: { 200: opening } },
    (req) => openings.getOpening(req.ctx, req.params.programmeId, req.params.openingId),
  );
  route.patch(
    '/api/programmes/:programmeId/openings/:openingId',
    'Edit an opening (send the version you read; 409 version_conflict if stale)',
    { description: legality, params: openingParams, body: updateOpeningBody, response: { 200: opening } },
    (req) => openings.updateOpening(req.ctx, req.params.programmeId, req.params.openingId, req.body),
  );
  route.delete(
    '/api/programmes/:programmeId/openings/:openingId',
    'Delete a draft opening',
    { params: openingParams, response: { 204: z.null() } },
    (req) => openings.deleteOpening(req.ctx, req.params.programmeId, req.params.openingId),
  );
  route.post(
    '/api/programmes/:programmeId/openings/:openingId/status',
    'Change status: draft→open, open→filled|closed, filled→open',
    { description: legality, params: openingParams, body: openingStatusBody, response: { 200: opening } },
    (req) => openings.changeStatus(req.ctx, req.params.programmeId, req.params.openingId, req.body),
  );
  route.post(
    '/api/programmes/:programmeId/openings/:openingId/approve',
    'Approve an employer’s proposal as open (default) or draft',
    { description: legality, params: openingParams, body: approveOpeningBody, response: { 200: opening } },
    (req) => openings.approveOpening(req.ctx, req.params.programmeId, req.params.openingId, req.body),
  );
  route.post(
    '/api/programmes/:programmeId/openings/:openingId/reject',
    'Reject an employer’s proposal with a reason (it is closed)',
    { params: openingParams, body: rejectOpeningBody, response: { 200: opening } },
    (req) => openings.rejectOpening(req.ctx, req.params.programmeId, req.params.openingId, req.body),
  );
};
