import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { anonymiseResponse, exportQuery, retentionPreview, retentionRunResult } from '../../../shared/schemas/gdpr.ts';
import * as gdpr from './service.ts';
import { routes } from '../../http/route.ts';
import { programmeParams as params, participantParams as personParams } from '../../../shared/schemas/common.ts';

const tags = ['data protection'];

export const gdprRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/programmes/:programmeId/participants/:participantId/export', {
    schema: {
      tags,
      params: personParams,
      querystring: exportQuery,
      summary: 'Access request: the complete record as a Danish HTML document (or ?format=json), as an attachment',
      produces: ['text/html', 'application/json'],
    },
    handler: async (req, reply) => {
      const file = await gdpr.exportParticipant(req.ctx, req.params.programmeId, req.params.participantId, req.query.format);
      return reply.type(file.contentType).header('content-disposition', `attachment; filename="${file.filename}"`).send(file.body);
    },
  });
  const route = routes(app, tags);
  route.post(
    '/api/programmes/:programmeId/participants/:participantId/anonymise',
    'Erasure: anonymise the person, keeping statistics and what the law requires',
    { params: personParams, response: { 200: anonymiseResponse } },
    (req) => gdpr.anonymise(req.ctx, req.params.programmeId, req.params.participantId),
  );
  route.get(
    '/api/programmes/:programmeId/retention/preview',
    'Dry run of the retention policy: who would be anonymised',
    { params, response: { 200: retentionPreview } },
    (req) => gdpr.retentionPreview(req.ctx, req.params.programmeId),
  );
  route.post(
    '/api/programmes/:programmeId/retention/run',
    'Run the retention policy now (administrators)',
    { params, response: { 200: retentionRunResult } },
    (req) => gdpr.retentionRun(req.ctx, req.params.programmeId),
  );
};
