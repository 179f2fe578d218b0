import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  calculateBody,
  createParameterSetBody,
  parameterSet,
  parameterSetList,
  parameterSetVersion,
  saveVersionBody,
  sroiResult,
  versionList,
} from '../../../shared/schemas/social-return.ts';
import { calculate, createParameterSet, listParameterSets, listVersions, saveVersion } from './service.ts';

const tags = ['social-return'];
const params = z.object({ programmeId: z.uuid() });
const setParams = params.extend({ setId: z.uuid() });
const base = '/api/programmes/:programmeId/social-return';

export const socialReturnRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(`${base}/parameter-sets`, {
    schema: {
      tags,
      summary: 'Parameter sets with their latest version, and the documented default set',
      params,
      response: { 200: parameterSetList },
    },
    handler: (req) => listParameterSets(req.ctx, req.params.programmeId),
  });
  app.post(`${base}/parameter-sets`, {
    schema: {
      tags,
      summary: 'Create a parameter set (version 1; the default values when none are given)',
      params,
      body: createParameterSetBody,
      response: { 201: parameterSet },
    },
    handler: async (req, reply) => reply.code(201).send(await createParameterSet(req.ctx, req.params.programmeId, req.body)),
  });
  app.get(`${base}/parameter-sets/:setId/versions`, {
    schema: {
      tags,
      summary: 'Every saved version, newest first, with who saved it, when and why',
      params: setParams,
      response: { 200: versionList },
    },
    handler: (req) => listVersions(req.ctx, req.params.programmeId, req.params.setId),
  });
  app.post(`${base}/parameter-sets/:setId/versions`, {
    schema: {
      tags,
      summary: 'Save new values as a new version (never overwrites); a reason is required',
      params: setParams,
      body: saveVersionBody,
      response: { 201: parameterSetVersion },
    },
    handler: async (req, reply) => reply.code(201).send(await saveVersion(req.ctx, req.params.programmeId, req.params.setId, req.body)),
  });
  app.post(`${base}/calculate`, {
    schema: {
      tags,
      summary: 'NPV, return per krone and sensitivity range for a parameter set version over a period, with every assumption',
      params,
      body: calculateBody,
      response: { 200: sroiResult },
    },
    handler: (req) => calculate(req.ctx, req.params.programmeId, req.body),
  });
};
