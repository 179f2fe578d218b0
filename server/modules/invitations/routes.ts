import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { loginResponse } from '../../../shared/schemas/auth.ts';
import {
  acceptInvitationBody,
  createInvitationBody,
  invitation,
  invitationLookupResponse,
  invitationTokenBody,
} from '../../../shared/schemas/invitations.ts';
import { setSessionCookie } from '../../http/session-cookie.ts';
import * as invitations from './service.ts';
import { routes } from '../../http/route.ts';
import { programmeParams as params } from '../../../shared/schemas/common.ts';

const tags = ['invitations'];

export const invitationRoutes: FastifyPluginAsyncZod = async (app) => {
  const route = routes(app, tags);
  route.get(
    '/api/programmes/:programmeId/invitations',
    'Invitations of a programme',
    { params, response: { 200: z.object({ invitations: z.array(invitation) }) } },
    (req) => invitations.listInvitations(req.ctx, req.params.programmeId),
  );
  route.post(
    '/api/programmes/:programmeId/invitations',
    'Invite someone by e-mail to a role in the programme',
    { params, body: createInvitationBody, response: { 201: invitation } },
    (req) => invitations.createInvitation(req.ctx, req.params.programmeId, req.body),
  );
  // Tokens travel in bodies, not URLs, so they do not end up in access logs or browser history.
  route.post(
    '/api/invitations/lookup',
    'What an invitation link is for',
    { body: invitationTokenBody, response: { 200: invitationLookupResponse } },
    (req) => invitations.lookupInvitation(req.ctx, req.body.token),
  );
  app.post('/api/invitations/accept', {
    schema: {
      tags,
      summary: 'Accept an invitation: create the account and log in',
      body: acceptInvitationBody,
      response: { 201: loginResponse },
    },
    handler: async (req, reply) => {
      const { token, stage } = await invitations.acceptInvitation(req.ctx, req.body);
      setSessionCookie(reply, req.ctx.config, token);
      return reply.code(201).send({ stage });
    },
  });
};
