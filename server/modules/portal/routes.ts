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

const tags = ['portal'];

export const portalRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post('/api/programmes/:programmeId/participants/:participantId/portal-codes', {
    schema: {
      tags,
      summary: 'A one-time portal code (14 days) for the participant or one of their guardians',
      params: z.object({ programmeId: z.uuid(), participantId: z.uuid() }),
      body: createPortalCodeBody,
      response: { 201: portalCode },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await portal.createPortalCode(req.ctx, req.params.programmeId, req.params.participantId, req.body)),
  });
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
  app.get('/api/portal/me', {
    schema: { tags, summary: 'The participant’s own data (and a guardian’s children)', response: { 200: portalMe } },
    handler: (req) => portal.portalMe(req.ctx),
  });
  app.patch('/api/portal/me', {
    schema: {
      tags,
      summary: 'Update own contact details, availability and interests',
      body: updatePortalMeBody,
      response: { 200: portalMe },
    },
    handler: (req) => portal.updatePortalMe(req.ctx, req.body),
  });
  app.post('/api/portal/children/:participantId/consents', {
    schema: {
      tags,
      summary: 'A guardian gives consent for their child',
      params: z.object({ participantId: z.uuid() }),
      body: portalConsentBody,
      response: { 201: portalConsent },
    },
    handler: async (req, reply) => reply.code(201).send(await portal.giveChildConsent(req.ctx, req.params.participantId, req.body)),
  });
  app.post('/api/portal/consents/:consentId/revoke', {
    schema: {
      tags,
      summary: 'Withdraw a consent (own, or given for one’s child); effective at once',
      params: z.object({ consentId: z.uuid() }),
      response: { 200: portalConsent },
    },
    handler: (req) => portal.revokeOwnConsent(req.ctx, req.params.consentId),
  });
};
