import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { postalCode } from '../../../shared/schemas/common.ts';
import { postalCodeInfo } from '../../../shared/schemas/postal-codes.ts';
import { lookUpPostalCode } from './service.ts';

export const postalCodeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/postal-codes/:code', {
    schema: {
      tags: ['postal codes'],
      summary: 'Place name and municipality of a Danish postal code',
      params: z.object({ code: postalCode }),
      response: { 200: postalCodeInfo },
    },
    handler: (req) => lookUpPostalCode(req.ctx, req.params.code),
  });
};
