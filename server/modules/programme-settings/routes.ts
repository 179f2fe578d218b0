import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { programmeSettings, updateProgrammeSettingsBody } from '../../../shared/schemas/programme-settings.ts';
import * as settings from './service.ts';
import { routes } from '../../http/route.ts';
import { programmeParams as params } from '../../../shared/schemas/common.ts';

const tags = ['programmes'];

export const programmeSettingsRoutes: FastifyPluginAsyncZod = async (app) => {
  const route = routes(app, tags);
  route.get(
    '/api/programmes/:programmeId/settings',
    'Programme settings (no-contact weeks, retention months), with defaults',
    { params, response: { 200: programmeSettings } },
    (req) => settings.getProgrammeSettings(req.ctx, req.params.programmeId),
  );
  route.patch(
    '/api/programmes/:programmeId/settings',
    'Change programme settings (administrators)',
    { params, body: updateProgrammeSettingsBody, response: { 200: programmeSettings } },
    (req) => settings.updateProgrammeSettings(req.ctx, req.params.programmeId, req.body),
  );
};
