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
  undoDeclineBody,
} from '../../../shared/schemas/placements.ts';
import * as placements from './service.ts';
import { answerProposal, transitionPlacement } from './transitions.ts';
import { undoDecline } from './undo-decline.ts';
import { routes } from '../../http/route.ts';
import { programmeParams as params } from '../../../shared/schemas/common.ts';

const tags = ['placements'];
const placementParams = params.extend({ placementId: z.uuid() });

export const placementRoutes: FastifyPluginAsyncZod = async (app) => {
  const route = routes(app, tags);
  route.post(
    '/api/programmes/:programmeId/placements',
    'Propose a participant for an open opening (coordinators; the employer is told)',
    { params, body: createPlacementBody, response: { 201: placementDetail } },
    (req) => placements.createPlacement(req.ctx, req.params.programmeId, req.body),
  );
  route.get(
    '/api/programmes/:programmeId/placements',
    'The programme’s placements (staff; audited search)',
    { params, querystring: placementListQuery, response: { 200: placementList } },
    (req) => placements.listPlacements(req.ctx, req.params.programmeId, req.query),
  );
  route.get(
    '/api/programmes/:programmeId/placements/:placementId',
    'One placement as your part in it lets you see it (employers: the data-minimised candidate; audited)',
    { params: placementParams, response: { 200: placementDetail } },
    (req) => placements.getPlacement(req.ctx, req.params.programmeId, req.params.placementId),
  );
  route.post(
    '/api/programmes/:programmeId/placements/:placementId/transitions',
    'Move a placement (send the version you read; 409 version_conflict if stale, 409 placement_transition_not_allowed, 403 placement_transition_forbidden)',
    { params: placementParams, body: transitionBody, response: { 200: placementDetail } },
    (req) => transitionPlacement(req.ctx, req.params.programmeId, req.params.placementId, req.body),
  );
  route.post(
    '/api/programmes/:programmeId/placements/:placementId/answer',
    'The participant (or, under 15, a guardian) says yes or no to a proposal',
    { params: placementParams, body: answerBody, response: { 200: placementDetail } },
    (req) => answerProposal(req.ctx, req.params.programmeId, req.params.placementId, req.body),
  );
  route.post(
    '/api/programmes/:programmeId/placements/:placementId/undo-decline',
    'The participant (or, under 15, a guardian) takes back their own no to a proposal (409 state_changed once anyone else acted)',
    { params: placementParams, body: undoDeclineBody, response: { 200: placementDetail } },
    (req) => undoDecline(req.ctx, req.params.programmeId, req.params.placementId, req.body),
  );
  route.get(
    '/api/me/placements',
    'Your placements: an employer’s candidates, a mentor’s mentees, a participant’s or guardian’s own (audited)',
    { querystring: z.object({ status: placementStatus.optional() }), response: { 200: placementList } },
    (req) => placements.myPlacements(req.ctx, req.query),
  );
};
