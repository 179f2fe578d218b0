import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createTalkBody, nextStep, nextStepInput, talk } from '../../../shared/schemas/talks.ts';
import * as talks from './service.ts';
import { routes } from '../../http/route.ts';
import { participantParams as personParams } from '../../../shared/schemas/common.ts';

const tags = ['talks'];
const base = '/api/programmes/:programmeId/participants/:participantId';

export const talkRoutes: FastifyPluginAsyncZod = async (app) => {
  const route = routes(app, tags);
  route.post(
    `${base}/talks`,
    'Log a follow-up talk with agreed next steps',
    { params: personParams, body: createTalkBody, response: { 201: talk } },
    (req) => talks.createTalk(req.ctx, req.params.programmeId, req.params.participantId, req.body),
  );
  route.post(
    `${base}/talks/:talkId/next-steps`,
    'Add a next step to a talk',
    { params: personParams.extend({ talkId: z.uuid() }), body: nextStepInput, response: { 201: nextStep } },
    (req) => talks.addNextStep(req.ctx, req.params.programmeId, req.params.participantId, req.params.talkId, req.body),
  );
  route.post(
    `${base}/next-steps/:nextStepId/complete`,
    'Mark a next step done',
    { params: personParams.extend({ nextStepId: z.uuid() }), response: { 200: nextStep } },
    (req) => talks.completeNextStep(req.ctx, req.params.programmeId, req.params.participantId, req.params.nextStepId),
  );
};
