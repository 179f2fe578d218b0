import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { programmeSettings, updateProgrammeSettingsBody } from '../../../shared/schemas/programme-settings.ts';
import * as settings from './service.ts';

const tags = ['programmes'];
const params = z.object({ programmeId: z.uuid() });

export const programmeSettingsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/programmes/:programmeId/settings', {
    schema: {
      tags,
      summary: 'Programme settings (no-contact weeks, retention months), with defaults',
      params,
      response: { 200: programmeSettings },
    },
    handler: (req) => settings.getProgrammeSettings(req.ctx, req.params.programmeId),
  });
  app.patch('/api/programmes/:programmeId/settings', {
    schema: {
      tags,
      summary: 'Change programme settings (administrators)',
      params,
      body: updateProgrammeSettingsBody,
      response: { 200: programmeSettings },
    },
    handler: (req) => settings.updateProgrammeSettings(req.ctx, req.params.programmeId, req.body),
  });
};
