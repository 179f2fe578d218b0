import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createOrganisationBody, organisation } from '../../../shared/schemas/organisations.ts';
import { createOrganisation, listOrganisations } from './service.ts';
import { routes } from '../../http/route.ts';

export const organisationRoutes: FastifyPluginAsyncZod = async (app) => {
  const route = routes(app, ['organisations']);
  route.get(
    '/api/organisations',
    'Organisations: all for platform administrators, those of your programmes (partners and companies) for staff',
    { response: { 200: z.object({ organisations: z.array(organisation) }) } },
    (req) => listOrganisations(req.ctx),
  );
  route.post(
    '/api/organisations',
    'Create an organisation (platform administrators)',
    { body: createOrganisationBody, response: { 201: organisation } },
    (req) => createOrganisation(req.ctx, req.body),
  );
};
