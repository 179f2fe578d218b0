import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { consent, createConsentBody, revokeConsentBody } from '../../../shared/schemas/consents.ts';
import * as consents from './service.ts';

const tags = ['consents'];
const base = '/api/programmes/:programmeId/participants/:participantId';
const personParams = z.object({ programmeId: z.uuid(), participantId: z.uuid() });

export const consentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(`${base}/consents`, {
    schema: {
      tags,
      summary: 'Record a consent (purpose, scope, given by whom and how)',
      params: personParams,
      body: createConsentBody,
      response: { 201: consent },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await consents.giveConsent(req.ctx, req.params.programmeId, req.params.participantId, req.body)),
  });
  app.post(`${base}/consents/:consentId/revoke`, {
    schema: {
      tags,
      summary: 'Revoke a consent; sharing based on it stops at once',
      params: personParams.extend({ consentId: z.uuid() }),
      body: revokeConsentBody,
      response: { 200: consent },
    },
    handler: (req) => consents.revokeConsent(req.ctx, req.params.programmeId, req.params.participantId, req.params.consentId, req.body),
  });
};
