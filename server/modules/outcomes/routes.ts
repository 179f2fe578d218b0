import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  dashboard,
  dashboardQuery,
  exportQuery,
  landsbyggefondenQuery,
  outcomesParams as params,
  recordsQuery,
  recordsResponse,
  targetList,
  targetPeriodBody,
} from '../../../shared/schemas/outcomes.ts';
import { exportDashboard, exportLandsbyggefonden, getDashboard, getRecords, getTargets, putTargets, type FileOut } from './service.ts';
import { routes } from '../../http/route.ts';

const tags = ['outcomes'];
const base = '/api/programmes/:programmeId/outcomes';

export const outcomeRoutes: FastifyPluginAsyncZod = async (app) => {
  const send = (reply: { type: (t: string) => { header: (k: string, v: string) => { send: (b: unknown) => unknown } } }, f: FileOut) =>
    reply.type(f.contentType).header('content-disposition', `attachment; filename="${f.filename}"`).send(f.body);

  const route = routes(app, tags);
  route.get(
    `${base}/dashboard`,
    'Key figures against targets, with a monthly trend, for a period and filters (docs/kpis.md)',
    {
      description:
        'Coordinators and administrators see exact figures; funders and evaluators see counts of 1–4 people suppressed (`suppressed: true`, `value: null`).',
      params,
      querystring: dashboardQuery,
      response: { 200: dashboard },
    },
    (req) => getDashboard(req.ctx, req.params.programmeId, req.query),
  );
  route.get(`${base}/targets`, 'Targets per figure and period', { params, response: { 200: targetList } }, (req) =>
    getTargets(req.ctx, req.params.programmeId),
  );
  route.put(
    `${base}/targets`,
    'Set every target of one period (an empty list clears the period)',
    { params, body: targetPeriodBody, response: { 200: targetList } },
    (req) => putTargets(req.ctx, req.params.programmeId, req.body),
  );
  route.get(
    `${base}/records`,
    'The records behind a figure (coordinators): name, site, placement and dates; audited',
    { params, querystring: recordsQuery, response: { 200: recordsResponse } },
    (req) => getRecords(req.ctx, req.params.programmeId, req.query),
  );
  app.get(`${base}/export`, {
    schema: {
      tags,
      summary: 'The dashboard as an aggregate file (CSV or Excel), cells under 5 people suppressed; audited',
      params,
      querystring: exportQuery,
    },
    handler: async (req, reply) => send(reply, await exportDashboard(req.ctx, req.params.programmeId, req.query)),
  });
  app.get(`${base}/landsbyggefonden`, {
    schema: {
      tags,
      summary:
        'Landsbyggefonden-style indicators, focus area "Beskæftigelse", per site and calendar year (CSV or Excel); suppressed; audited',
      params,
      querystring: landsbyggefondenQuery,
    },
    handler: async (req, reply) => send(reply, await exportLandsbyggefonden(req.ctx, req.params.programmeId, req.query)),
  });
};
