import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createKeyBody, datasetQuery, evaluationKey, evaluationKeyList } from '../../../shared/schemas/evaluation.ts';
import { createKey, downloadDataset, listKeys } from './service.ts';
import { routes } from '../../http/route.ts';
import { programmeParams as params } from '../../../shared/schemas/common.ts';

const tags = ['evaluation'];
const base = '/api/programmes/:programmeId/evaluation';

export const evaluationRoutes: FastifyPluginAsyncZod = async (app) => {
  const route = routes(app, tags);
  route.get(
    `${base}/keys`,
    'Export keys (names only; secrets never leave the server)',
    { params, response: { 200: evaluationKeyList } },
    (req) => listKeys(req.ctx, req.params.programmeId),
  );
  route.post(
    `${base}/keys`,
    'Create a named export key with a random secret (administrators)',
    { params, body: createKeyBody, response: { 201: evaluationKey } },
    (req) => createKey(req.ctx, req.params.programmeId, req.body),
  );
  app.get(`${base}/keys/:keyId/dataset`, {
    schema: {
      tags,
      summary: 'Pseudonymised dataset for a key: Excel (one sheet per table plus "Kodebog") or CSV per table (evaluators; audited)',
      description:
        'Only participants with an evaluation consent in force. No names, contacts, CPR, addresses or free text. Columns: docs/evaluation-codebook.md.',
      params: params.extend({ keyId: z.uuid() }),
      querystring: datasetQuery,
    },
    handler: async (req, reply) => {
      const file = await downloadDataset(req.ctx, req.params.programmeId, req.params.keyId, req.query);
      return reply.type(file.contentType).header('content-disposition', `attachment; filename="${file.filename}"`).send(file.body);
    },
  });
};
