import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { anonymiseResponse, exportQuery, retentionPreview, retentionRunResult } from '../../../shared/schemas/gdpr.ts';
import * as gdpr from './service.ts';

const tags = ['data protection'];
const params = z.object({ programmeId: z.uuid() });
const personParams = z.object({ programmeId: z.uuid(), participantId: z.uuid() });

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
  app.post('/api/programmes/:programmeId/participants/:participantId/anonymise', {
    schema: {
      tags,
      summary: 'Erasure: anonymise the person, keeping statistics and what the law requires',
      params: personParams,
      response: { 200: anonymiseResponse },
    },
    handler: (req) => gdpr.anonymise(req.ctx, req.params.programmeId, req.params.participantId),
  });
  app.get('/api/programmes/:programmeId/retention/preview', {
    schema: { tags, summary: 'Dry run of the retention policy: who would be anonymised', params, response: { 200: retentionPreview } },
    handler: (req) => gdpr.retentionPreview(req.ctx, req.params.programmeId),
  });
  app.post('/api/programmes/:programmeId/retention/run', {
    schema: { tags, summary: 'Run the retention policy now (administrators)', params, response: { 200: retentionRunResult } },
    handler: (req) => gdpr.retentionRun(req.ctx, req.params.programmeId),
  });
};
