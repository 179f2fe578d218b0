import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  answerBody,
  createPlacementBody,
  placementDetail,
  placementList,
  placementListQuery,
  placementStatus,
  transitionBody,
} from '../../../shared/schemas/placements.ts';
import * as placements from './service.ts';
import { answerProposal, transitionPlacement } from './transitions.ts';

const tags = ['placements'];
const params = z.object({ programmeId: z.uuid() });
const placementParams = params.extend({ placementId: z.uuid() });

export const placementRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post('/api/programmes/:programmeId/placements', {
    schema: {
      tags,
      summary: 'Propose a participant for an open opening (coordinators; the employer is told)',
      params,
      body: createPlacementBody,
      response: { 201: placementDetail },
    },
    handler: async (req, reply) => reply.code(201).send(await placements.createPlacement(req.ctx, req.params.programmeId, req.body)),
  });
  app.get('/api/programmes/:programmeId/placements', {
    schema: {
      tags,
      summary: 'The programme’s placements (staff; audited search)',
      params,
      querystring: placementListQuery,
      response: { 200: placementList },
    },
    handler: (req) => placements.listPlacements(req.ctx, req.params.programmeId, req.query),
  });
  app.get('/api/programmes/:programmeId/placements/:placementId', {
    schema: {
      tags,
      summary: 'One placement as your part in it lets you see it (employers: the data-minimised candidate; audited)',
      params: placementParams,
      response: { 200: placementDetail },
    },
    handler: (req) => placements.getPlacement(req.ctx, req.params.programmeId, req.params.placementId),
  });
  app.post('/api/programmes/:programmeId/placements/:placementId/transitions', {
    schema: {
      tags,
      summary:
        'Move a placement (send the version you read; 409 version_conflict if stale, 409 placement_transition_not_allowed, 403 placement_transition_forbidden)',
      params: placementParams,
      body: transitionBody,
      response: { 200: placementDetail },
    },
    handler: (req) => transitionPlacement(req.ctx, req.params.programmeId, req.params.placementId, req.body),
  });
  app.post('/api/programmes/:programmeId/placements/:placementId/answer', {
    schema: {
      tags,
      summary: 'The participant (or, under 15, a guardian) says yes or no to a proposal',
      params: placementParams,
      body: answerBody,
      response: { 200: placementDetail },
    },
    handler: (req) => answerProposal(req.ctx, req.params.programmeId, req.params.placementId, req.body),
  });
  app.get('/api/me/placements', {
    schema: {
      tags,
      summary: 'Your placements: an employer’s candidates, a mentor’s mentees, a participant’s or guardian’s own (audited)',
      querystring: z.object({ status: placementStatus.optional() }),
      response: { 200: placementList },
    },
    handler: (req) => placements.myPlacements(req.ctx, req.query),
  });
};
