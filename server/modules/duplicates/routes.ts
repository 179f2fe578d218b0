import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { duplicateList, mergeBody } from '../../../shared/schemas/duplicates.ts';
import { participantProfile } from '../../../shared/schemas/participants.ts';
import * as duplicates from './service.ts';
import { routes } from '../../http/route.ts';
import { participantParams as personParams } from '../../../shared/schemas/common.ts';

const tags = ['participants'];

export const duplicateRoutes: FastifyPluginAsyncZod = async (app) => {
  const route = routes(app, tags);
  route.get(
    '/api/programmes/:programmeId/participants/:participantId/duplicates',
    'Possible duplicates: same CPR, or same name and birth date',
    { params: personParams, response: { 200: duplicateList } },
    (req) => duplicates.listDuplicates(req.ctx, req.params.programmeId, req.params.participantId),
  );
  route.post(
    '/api/programmes/:programmeId/participants/:participantId/merge',
    'Merge another record into this one, keeping all history',
    { params: personParams, body: mergeBody, response: { 200: participantProfile } },
    (req) => duplicates.mergeParticipants(req.ctx, req.params.programmeId, req.params.participantId, req.body),
  );
};
