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
import { routes } from '../../http/route.ts';
import { programmeParams as params } from '../../../shared/schemas/common.ts';

const tags = ['social-return'];
const setParams = params.extend({ setId: z.uuid() });
const base = '/api/programmes/:programmeId/social-return';

export const socialReturnRoutes: FastifyPluginAsyncZod = async (app) => {
  const route = routes(app, tags);
  route.get(
    `${base}/parameter-sets`,
    'Parameter sets with their latest version, and the documented default set',
    { params, response: { 200: parameterSetList } },
    (req) => listParameterSets(req.ctx, req.params.programmeId),
  );
  route.post(
    `${base}/parameter-sets`,
    'Create a parameter set (version 1; the default values when none are given)',
    { params, body: createParameterSetBody, response: { 201: parameterSet } },
    (req) => createParameterSet(req.ctx, req.params.programmeId, req.body),
  );
  route.get(
    `${base}/parameter-sets/:setId/versions`,
    'Every saved version, newest first, with who saved it, when and why',
    { params: setParams, response: { 200: versionList } },
    (req) => listVersions(req.ctx, req.params.programmeId, req.params.setId),
  );
  route.post(
    `${base}/parameter-sets/:setId/versions`,
    'Save new values as a new version (never overwrites); a reason is required',
    { params: setParams, body: saveVersionBody, response: { 201: parameterSetVersion } },
    (req) => saveVersion(req.ctx, req.params.programmeId, req.params.setId, req.body),
  );
  route.post(
    `${base}/calculate`,
    'NPV, return per krone and sensitivity range for a parameter set version over a period, with every assumption',
    { params, body: calculateBody, response: { 200: sroiResult } },
    (req) => calculate(req.ctx, req.params.programmeId, req.body),
  );
};
