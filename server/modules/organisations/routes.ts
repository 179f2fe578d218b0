import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createOrganisationBody, organisation } from '../../../shared/schemas/organisations.ts';
import { createOrganisation, listOrganisations } from './service.ts';

export const organisationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/organisations', {
    schema: {
      tags: ['organisations'],
      summary: 'Organisations: all for platform administrators, those of your programmes (partners and companies) for staff',
      response: { 200: z.object({ organisations: z.array(organisation) }) },
    },
    handler: (req) => listOrganisations(req.ctx),
  });
  app.post('/api/organisations', {
    schema: {
      tags: ['organisations'],
      summary: 'Create an organisation (platform administrators)',
      body: createOrganisationBody,
      response: { 201: organisation },
    },
    handler: async (req, reply) => reply.code(201).send(await createOrganisation(req.ctx, req.body)),
  });
};
