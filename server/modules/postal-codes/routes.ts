import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { postalCode } from '../../../shared/schemas/common.ts';
import { postalCodeInfo } from '../../../shared/schemas/postal-codes.ts';
import { lookUpPostalCode } from './service.ts';
import { routes } from '../../http/route.ts';

export const postalCodeRoutes: FastifyPluginAsyncZod = async (app) => {
  const route = routes(app, ['postal codes']);
  route.get(
    '/api/postal-codes/:code',
    'Place name and municipality of a Danish postal code',
    { params: z.object({ code: postalCode }), response: { 200: postalCodeInfo } },
    (req) => lookUpPostalCode(req.ctx, req.params.code),
  );
};
