import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createTalkBody, nextStep, nextStepInput, talk } from '../../../shared/schemas/talks.ts';
import * as talks from './service.ts';

const tags = ['talks'];
const base = '/api/programmes/:programmeId/participants/:participantId';
const personParams = z.object({ programmeId: z.uuid(), participantId: z.uuid() });

export const talkRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(`${base}/talks`, {
    schema: {
      tags,
      summary: 'Log a follow-up talk with agreed next steps',
      params: personParams,
      body: createTalkBody,
      response: { 201: talk },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await talks.createTalk(req.ctx, req.params.programmeId, req.params.participantId, req.body)),
  });
  app.post(`${base}/talks/:talkId/next-steps`, {
    schema: {
      tags,
      summary: 'Add a next step to a talk',
      params: personParams.extend({ talkId: z.uuid() }),
      body: nextStepInput,
      response: { 201: nextStep },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await talks.addNextStep(req.ctx, req.params.programmeId, req.params.participantId, req.params.talkId, req.body)),
  });
  app.post(`${base}/next-steps/:nextStepId/complete`, {
    schema: { tags, summary: 'Mark a next step done', params: personParams.extend({ nextStepId: z.uuid() }), response: { 200: nextStep } },
    handler: (req) => talks.completeNextStep(req.ctx, req.params.programmeId, req.params.participantId, req.params.nextStepId),
  });
};
