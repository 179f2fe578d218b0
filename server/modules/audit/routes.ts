import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditPage, auditQuery } from '../../../shared/schemas/audit.ts';
import { myAccessRequest, searchAudit } from './service.ts';
import { routes } from '../../http/route.ts';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  const route = routes(app, ['audit']);
  route.get('/api/audit', 'Search the audit trail', { querystring: auditQuery, response: { 200: auditPage } }, (req) =>
    searchAudit(req.ctx, req.query),
  );
  app.get('/api/me/access-request', {
    schema: { tags: ['audit'], summary: 'Audit events about the logged-in person, without staff names' },
    handler: (req) => myAccessRequest(req.ctx),
  });
};
