import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { funderReportQuery, reportJob, reportJobParams } from '../../../shared/schemas/reports.ts';
import { funderReportHtml, funderReportPdf, funderReportStatus, funderReportXlsx, startFunderReport } from './service.ts';
import { routes } from '../../http/route.ts';
import { programmeParams as params } from '../../../shared/schemas/common.ts';

const tags = ['reports'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const fileName = (q: { from: string; to: string }, ext: string) => `jobbro-rapport-${q.from}-${q.to}.${ext}`;

export const reportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/programmes/:programmeId/reports/funder.html', {
    schema: {
      tags,
      summary: 'The funder report as HTML (the preview; the PDF prints this document)',
      params,
      querystring: funderReportQuery,
    },
    handler: async (req, reply) =>
      reply.type('text/html; charset=utf-8').send(await funderReportHtml(req.ctx, req.params.programmeId, req.query)),
  });
  app.get('/api/programmes/:programmeId/reports/funder.xlsx', {
    schema: {
      tags,
      summary: 'The funder report as an Excel workbook (Danish sheets; "<5" for suppressed cells)',
      params,
      querystring: funderReportQuery,
    },
    handler: async (req, reply) =>
      reply
        .type(XLSX)
        .header('content-disposition', `attachment; filename="${fileName(req.query, 'xlsx')}"`)
        .send(await funderReportXlsx(req.ctx, req.params.programmeId, req.query)),
  });
  const route = routes(app, tags);
  route.post(
    '/api/programmes/:programmeId/reports/funder',
    'Start printing the funder report PDF in the background; poll the job for progress',
    {
      description: 'The figures are taken when the request is made, with the caller’s audience (funders see counts under 5 as "<5").',
      params,
      body: funderReportQuery,
      response: { 202: reportJob },
    },
    (req) => startFunderReport(req.ctx, req.params.programmeId, req.body),
  );
  route.get(
    '/api/programmes/:programmeId/reports/funder/:jobId',
    'Status and progress of a report job you started',
    { params: reportJobParams, response: { 200: reportJob } },
    (req) => funderReportStatus(req.ctx, req.params.programmeId, req.params.jobId),
  );
  app.get('/api/programmes/:programmeId/reports/funder/:jobId/pdf', {
    schema: { tags, summary: 'Download the printed report (409 report_not_ready until the job is done)', params: reportJobParams },
    handler: async (req, reply) =>
      reply
        .type('application/pdf')
        .header('content-disposition', 'attachment; filename="jobbro-rapport.pdf"')
        .send(await funderReportPdf(req.ctx, req.params.programmeId, req.params.jobId)),
  });
};
