import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as documents from './service.ts';

const tags = ['placements'];
const params = z.object({ programmeId: z.uuid(), placementId: z.uuid() });

/**
 * `attachment` with an ASCII fallback name and the Danish one (RFC 6266/8187), so æ/ø survive in
 * every browser.
 */
function disposition(filename: string): string {
  const ascii = filename
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/[^\x20-\x7e]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

export const documentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/programmes/:programmeId/placements/:placementId/documents/employment-statement.pdf', {
    schema: {
      tags,
      params,
      querystring: z.object({ force: z.enum(['true', 'false']).optional() }),
      summary:
        'The employment statement (ansættelsesbevis) as a Danish PDF (staff, the person and their guardians, and the placement’s employer; audited export; 409 statement_not_required at ≤ 3 hours a week unless ?force=true)',
      produces: ['application/pdf'],
    },
    handler: async (req, reply) => {
      const file = await documents.employmentStatementPdf(
        req.ctx,
        req.params.programmeId,
        req.params.placementId,
        req.query.force === 'true',
      );
      return reply.type('application/pdf').header('content-disposition', disposition(file.filename)).send(file.body);
    },
  });
  app.get('/api/programmes/:programmeId/placements/:placementId/documents/parent-letter.pdf', {
    schema: {
      tags,
      params,
      summary:
        'The letter informing the parents of someone under 18 of the job, its hours, risks and precautions, as a Danish PDF (staff, the person and their guardians; audited export)',
      produces: ['application/pdf'],
    },
    handler: async (req, reply) => {
      const file = await documents.parentLetterPdf(req.ctx, req.params.programmeId, req.params.placementId);
      return reply.type('application/pdf').header('content-disposition', disposition(file.filename)).send(file.body);
    },
  });
};
