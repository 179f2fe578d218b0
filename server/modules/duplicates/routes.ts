import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { duplicateList, mergeBody } from '../../../shared/schemas/duplicates.ts';
import { participantProfile } from '../../../shared/schemas/participants.ts';
import * as duplicates from './service.ts';

const tags = ['participants'];
const personParams = z.object({ programmeId: z.uuid(), participantId: z.uuid() });

export const duplicateRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/programmes/:programmeId/participants/:participantId/duplicates', {
    schema: {
      tags,
      summary: 'Possible duplicates: same CPR, or same name and birth date',
      params: personParams,
      response: { 200: duplicateList },
    },
    handler: (req) => duplicates.listDuplicates(req.ctx, req.params.programmeId, req.params.participantId),
  });
  app.post('/api/programmes/:programmeId/participants/:participantId/merge', {
    schema: {
      tags,
      summary: 'Merge another record into this one, keeping all history',
      params: personParams,
      body: mergeBody,
      response: { 200: participantProfile },
    },
    handler: (req) => duplicates.mergeParticipants(req.ctx, req.params.programmeId, req.params.participantId, req.body),
  });
};
