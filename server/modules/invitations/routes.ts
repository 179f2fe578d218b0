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

const tags = ['invitations'];
const params = z.object({ programmeId: z.uuid() });

export const invitationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/programmes/:programmeId/invitations', {
    schema: { tags, summary: 'Invitations of a programme', params, response: { 200: z.object({ invitations: z.array(invitation) }) } },
    handler: (req) => invitations.listInvitations(req.ctx, req.params.programmeId),
  });
  app.post('/api/programmes/:programmeId/invitations', {
    schema: {
      tags,
      summary: 'Invite someone by e-mail to a role in the programme',
      params,
      body: createInvitationBody,
      response: { 201: invitation },
    },
    handler: async (req, reply) => reply.code(201).send(await invitations.createInvitation(req.ctx, req.params.programmeId, req.body)),
  });
  // Tokens travel in bodies, not URLs, so they do not end up in access logs or browser history.
  app.post('/api/invitations/lookup', {
    schema: { tags, summary: 'What an invitation link is for', body: invitationTokenBody, response: { 200: invitationLookupResponse } },
    handler: (req) => invitations.lookupInvitation(req.ctx, req.body.token),
  });
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
