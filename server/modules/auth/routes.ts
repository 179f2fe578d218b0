import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  localeBody,
  loginBody,
  loginResponse,
  meResponse,
  passwordResetConfirmBody,
  passwordResetRequestBody,
  totpCodeBody,
  totpSetupResponse,
} from '../../../shared/schemas/auth.ts';
import { clearSessionCookie, setSessionCookie } from '../../http/session-cookie.ts';
import * as auth from './service.ts';
import { routes } from '../../http/route.ts';

const tags = ['auth'];

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const route = routes(app, tags);
  app.post('/api/auth/login', {
    schema: { tags, summary: 'Log in with e-mail and password', body: loginBody, response: { 200: loginResponse } },
    handler: async (req, reply) => {
      const { token, stage } = await auth.login(req.ctx, req.body);
      setSessionCookie(reply, req.ctx.config, token);
      return { stage };
    },
  });
  app.post('/api/auth/totp/verify', {
    schema: { tags, summary: 'Second factor: a 6-digit TOTP code', body: totpCodeBody, response: { 200: loginResponse } },
    handler: async (req, reply) => {
      const { token, stage } = await auth.verifyTotp(req.ctx, req.body.code);
      setSessionCookie(reply, req.ctx.config, token);
      return { stage };
    },
  });
  route.post(
    '/api/auth/totp/setup',
    'Start TOTP enrolment; returns the secret and a QR code',
    { response: { 200: totpSetupResponse } },
    (req) => auth.startTotpSetup(req.ctx),
  );
  app.post('/api/auth/totp/enable', {
    schema: { tags, summary: 'Confirm TOTP enrolment with a code', body: totpCodeBody, response: { 200: loginResponse } },
    handler: async (req, reply) => {
      const { token, stage } = await auth.enableTotp(req.ctx, req.body.code);
      setSessionCookie(reply, req.ctx.config, token);
      return { stage };
    },
  });
  route.get('/api/auth/me', 'The logged-in user, their stage and memberships', { response: { 200: meResponse } }, (req) =>
    auth.me(req.ctx),
  );
  app.post('/api/auth/logout', {
    schema: { tags, summary: 'End the session', response: { 204: z.null() } },
    handler: async (req, reply) => {
      await auth.logout(req.ctx);
      clearSessionCookie(reply, req.ctx.config);
      return reply.code(204).send(null);
    },
  });
  app.post('/api/auth/password-reset/request', {
    schema: { tags, summary: 'E-mail a reset link (always 202)', body: passwordResetRequestBody, response: { 202: z.null() } },
    handler: async (req, reply) => {
      await auth.requestPasswordReset(req.ctx, req.body.email);
      return reply.code(202).send(null);
    },
  });
  route.post(
    '/api/auth/password-reset/confirm',
    'Set a new password with a reset token',
    { body: passwordResetConfirmBody, response: { 204: z.null() } },
    (req) => auth.confirmPasswordReset(req.ctx, req.body.token, req.body.password),
  );
  route.post('/api/me/locale', 'Remember the preferred language', { body: localeBody, response: { 204: z.null() } }, (req) =>
    auth.setLocale(req.ctx, req.body.locale),
  );
};
