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

const tags = ['openings'];
const params = z.object({ programmeId: z.uuid() });
const openingParams = params.extend({ openingId: z.uuid() });
const legality =
  'Opening (status open, or created as open) is refused with 422 `opening_not_legal` when the opening cannot legally employ its youngest age; `details.refusals[]` says why. Drafts are saved anyway and carry `refusals`.';

export const openingRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/programmes/:programmeId/openings', {
    schema: {
      tags,
      summary: 'Openings, filtered by status, company, kind and ladder step',
      params,
      querystring: openingsQuery,
      response: { 200: openingList },
    },
    handler: (req) => openings.listOpenings(req.ctx, req.params.programmeId, req.query),
  });
  app.get('/api/programmes/:programmeId/openings/board', {
    schema: {
      tags,
      summary: 'Openings as board columns by status, with counts',
      params,
      querystring: openingsQuery,
      response: { 200: openingBoard },
    },
    handler: (req) => openings.openingBoard(req.ctx, req.params.programmeId, req.query),
  });
  app.post('/api/programmes/:programmeId/openings', {
    schema: {
      tags,
      summary: 'Create an opening (draft or open)',
      description: legality,
      params,
      body: createOpeningBody,
      response: { 201: opening },
    },
    handler: async (req, reply) => reply.code(201).send(await openings.createOpening(req.ctx, req.params.programmeId, req.body)),
  });
  app.get('/api/programmes/:programmeId/openings/:openingId', {
    schema: { tags, summary: 'One opening', params: openingParams, response: { 200: opening } },
    handler: (req) => openings.getOpening(req.ctx, req.params.programmeId, req.params.openingId),
  });
  app.patch('/api/programmes/:programmeId/openings/:openingId', {
    schema: {
      tags,
      summary: 'Edit an opening (send the version you read; 409 version_conflict if stale)',
      description: legality,
      params: openingParams,
      body: updateOpeningBody,
      response: { 200: opening },
    },
    handler: (req) => openings.updateOpening(req.ctx, req.params.programmeId, req.params.openingId, req.body),
  });
  app.delete('/api/programmes/:programmeId/openings/:openingId', {
    schema: { tags, summary: 'Delete a draft opening', params: openingParams, response: { 204: z.null() } },
    handler: async (req, reply) => {
      await openings.deleteOpening(req.ctx, req.params.programmeId, req.params.openingId);
      return reply.code(204).send(null);
    },
  });
  app.post('/api/programmes/:programmeId/openings/:openingId/status', {
    schema: {
      tags,
      summary: 'Change status: draft→open, open→filled|closed, filled→open',
      description: legality,
      params: openingParams,
      body: openingStatusBody,
      response: { 200: opening },
    },
    handler: (req) => openings.changeStatus(req.ctx, req.params.programmeId, req.params.openingId, req.body),
  });
  app.post('/api/programmes/:programmeId/openings/:openingId/approve', {
    schema: {
      tags,
      summary: 'Approve an employer’s proposal as open (default) or draft',
      description: legality,
      params: openingParams,
      body: approveOpeningBody,
      response: { 200: opening },
    },
    handler: (req) => openings.approveOpening(req.ctx, req.params.programmeId, req.params.openingId, req.body),
  });
  app.post('/api/programmes/:programmeId/openings/:openingId/reject', {
    schema: {
      tags,
      summary: 'Reject an employer’s proposal with a reason (it is closed)',
      params: openingParams,
      body: rejectOpeningBody,
      response: { 200: opening },
    },
    handler: (req) => openings.rejectOpening(req.ctx, req.params.programmeId, req.params.openingId, req.body),
  });
};
