import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { complianceCheckBody, complianceCheckResponse } from '../../../shared/schemas/compliance.ts';
import { checkCompliance } from './service.ts';
import { routes } from '../../http/route.ts';

export const complianceRoutes: FastifyPluginAsyncZod = async (app) => {
  const route = routes(app, ['compliance']);
  route.post(
    '/api/compliance/check',
    'Check shifts against the Danish young-worker rules',
    {
      description:
        'Sums working time across all shifts (all employers) of one person. `category` is decided from the age on each shift date and the compulsory-school status. `schoolDays`, when given, replaces the school calendar for the dates the shifts cover. For `unit: "time"`, `limit` and `actual` are hours after midnight of `date` (20.5 = 20:30).',
      body: complianceCheckBody,
      response: { 200: complianceCheckResponse },
    },
    async (req) => checkCompliance(req.ctx, req.body),
  );
};
