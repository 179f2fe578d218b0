import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { placementSettings, updatePlacementSettingsBody } from '../../../shared/schemas/programme-settings.ts';
import * as settings from './placements.ts';
import { routes } from '../../http/route.ts';
import { programmeParams as params } from '../../../shared/schemas/common.ts';

const tags = ['programmes'];

export const placementSettingsRoutes: FastifyPluginAsyncZod = async (app) => {
  const route = routes(app, tags);
  route.get(
    '/api/programmes/:programmeId/settings/placements',
    'Placement settings (follow-up schedule, stale proposals, contract-end notice), with defaults',
    { params, response: { 200: placementSettings } },
    (req) => settings.getPlacementSettings(req.ctx, req.params.programmeId),
  );
  route.patch(
    '/api/programmes/:programmeId/settings/placements',
    'Change placement settings (administrators)',
    { params, body: updatePlacementSettingsBody, response: { 200: placementSettings } },
    (req) => settings.updatePlacementSettings(req.ctx, req.params.programmeId, req.body),
  );
};
