import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { budgetQuery, budgetYear, payrollQuery } from '../../../shared/schemas/payroll.ts';
import { budgetForYear } from './budget.ts';
import { payrollExport } from './service.ts';
import { routes } from '../../http/route.ts';
import { programmeParams } from '../../../shared/schemas/common.ts';

export const payrollRoutes: FastifyPluginAsyncZod = async (app) => {
  const route = routes(app, ['payroll']);
  route.get(
    '/api/programmes/:programmeId/pocket-money-budget',
    'Pocket-money spending (project funds, gross + holiday pay) against the monthly budget, per month of a year',
    { params: programmeParams, querystring: budgetQuery, response: { 200: budgetYear } },
    (req) => budgetForYear(req.ctx, req.params.programmeId, req.query),
  );
  app.get('/api/programmes/:programmeId/payroll', {
    schema: {
      tags: ['payroll'],
      summary: 'Monthly payroll export for one payer (CSV; format=xlsx for Excel, format=json for the figures)',
      description:
        'Approved hours × agreed rate per person, 12.5 % holiday pay, mentor costs per funder and pocket-money spending against the monthly budget. CPR numbers only for company and municipality payers, with a stated `reason` (audited).',
      params: programmeParams,
      querystring: payrollQuery,
    },
    handler: async (req, reply) => {
      const out = await payrollExport(req.ctx, req.params.programmeId, req.query);
      if (out.kind === 'json') return out.report;
      return reply.type(out.contentType).header('content-disposition', `attachment; filename="${out.filename}"`).send(out.body);
    },
  });
};
