import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { consent, createConsentBody, revokeConsentBody } from '../../../shared/schemas/consents.ts';
import * as consents from './service.ts';
import { routes } from '../../http/route.ts';
import { participantParams as personParams } from '../../../shared/schemas/common.ts';

const tags = ['consents'];
const base = '/api/programmes/:programmeId/participants/:participantId';

export const consentRoutes: FastifyPluginAsyncZod = async (app) => {
  const route = routes(app, tags);
  route.post(
    `${base}/consents`,
    'Record a consent (purpose, scope, given by whom and how)',
    { params: personParams, body: createConsentBody, response: { 201: consent } },
    (req) => consents.giveConsent(req.ctx, req.params.programmeId, req.params.participantId, req.body),
  );
  route.post(
    `${base}/consents/:consentId/revoke`,
    'Revoke a consent; sharing based on it stops at once',
    { params: personParams.extend({ consentId: z.uuid() }), body: revokeConsentBody, response: { 200: consent } },
    (req) => consents.revokeConsent(req.ctx, req.params.programmeId, req.params.participantId, req.params.consentId, req.body),
  );
};
