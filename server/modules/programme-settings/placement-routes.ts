import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { placementSettings, updatePlacementSettingsBody } from '../../../shared/schemas/programme-settings.ts';
import * as settings from './placements.ts';

const tags = ['programmes'];
const params = z.object({ programmeId: z.uuid() });

export const placementSettingsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/programmes/:programmeId/settings/placements', {
    schema: {
      tags,
      summary: 'Placement settings (follow-up schedule, stale proposals, contract-end notice), with defaults',
      params,
      response: { 200: placementSettings },
    },
    handler: (req) => settings.getPlacementSettings(req.ctx, req.params.programmeId),
  });
  app.patch('/api/programmes/:programmeId/settings/placements', {
    schema: {
      tags,
      summary: 'Change placement settings (administrators)',
      params,
      body: updatePlacementSettingsBody,
      response: { 200: placementSettings },
    },
    handler: (req) => settings.updatePlacementSettings(req.ctx, req.params.programmeId, req.body),
  });
};
