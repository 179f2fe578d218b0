import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { setupBody, setupStatusResponse } from '../../../shared/schemas/setup.ts';
import { completeSetup, setupStatus } from './service.ts';
import { routes } from '../../http/route.ts';

export const setupRoutes: FastifyPluginAsyncZod = async (app) => {
  const route = routes(app, ['setup']);
  route.get('/api/setup/status', 'Whether first-run setup is still needed', { response: { 200: setupStatusResponse } }, (req) =>
    setupStatus(req.ctx),
  );
  app.post('/api/setup', {
    schema: {
      tags: ['setup'],
      summary: 'Create the first administrator with the one-time setup token',
      body: setupBody,
      response: { 201: z.null() },
    },
    handler: async (req, reply) => {
      await completeSetup(req.ctx, req.body);
      return reply.code(201).send(null);
    },
  });
};
