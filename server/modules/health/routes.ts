import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ping } from './repository.ts';

/** `/healthz`: the process is up. `/readyz`: it can reach its database and is not shutting down. */
export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/healthz', { schema: { tags: ['operations'], summary: 'Liveness' } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { tags: ['operations'], summary: 'Readiness' } }, async (req, reply) => {
    if (app.shuttingDown) return reply.code(503).send({ status: 'shutting_down' });
    try {
      await ping(req.ctx.db);
      return { status: 'ready' };
    } catch {
      return reply.code(503).send({ status: 'database_unavailable' });
    }
  });
};
