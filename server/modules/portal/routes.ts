import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  createPortalCodeBody,
  portalCode,
  portalConsent,
  portalConsentBody,
  portalMe,
  redeemPortalCodeBody,
  redeemPortalCodeResponse,
  updatePortalMeBody,
} from '../../../shared/schemas/portal.ts';
import { setSessionCookie } from '../../http/session-cookie.ts';
import * as portal from './service.ts';
import { routes } from '../../http/route.ts';
import { participantParams } from '../../../shared/schemas/common.ts';

const tags = ['portal'];

export const portalRoutes: FastifyPluginAsyncZod = async (app) => {
  const route = routes(app, tags);
  route.post(
    '/api/programmes/:programmeId/participants/:participantId/portal-codes',
    'A one-time portal code (14 days) for the participant or one of their guardians',
    { params: participantParams, body: createPortalCodeBody, response: { 201: portalCode } },
    (req) => portal.createPortalCode(req.ctx, req.params.programmeId, req.params.participantId, req.body),
  );
  // The code travels in the body, never the URL.
  app.post('/api/portal/redeem', {
    schema: {
      tags,
      summary: 'Redeem a portal code: create the account (or link the logged-in one) and log in',
      body: redeemPortalCodeBody,
      response: { 201: redeemPortalCodeResponse },
    },
    handler: async (req, reply) => {
      const { token, stage, username } = await portal.redeemPortalCode(req.ctx, req.body);
      if (token) setSessionCookie(reply, req.ctx.config, token);
      return reply.code(201).send({ stage, username });
    },
  });
  route.get('/api/portal/me', 'The participant’s own data (and a guardian’s children)', { response: { 200: portalMe } }, (req) =>
    portal.portalMe(req.ctx),
  );
  route.patch(
    '/api/portal/me',
    'Update own contact details, availability and interests',
    { body: updatePortalMeBody, response: { 200: portalMe } },
    (req) => portal.updatePortalMe(req.ctx, req.body),
  );
  route.post(
    '/api/portal/children/:participantId/consents',
    'A guardian gives consent for their child',
    { params: z.object({ participantId: z.uuid() }), body: portalConsentBody, response: { 201: portalConsent } },
    (req) => portal.giveChildConsent(req.ctx, req.params.participantId, req.body),
  );
  route.post(
    '/api/portal/consents/:consentId/revoke',
    'Withdraw a consent (own, or given for one’s child); effective at once',
    { params: z.object({ consentId: z.uuid() }), response: { 200: portalConsent } },
    (req) => portal.revokeOwnConsent(req.ctx, req.params.consentId),
  );
};
