import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  cosignNoticeBody,
  createGuardianBody,
  createGuardianNoticeBody,
  guardian,
  guardianClearance,
  guardianClearanceQuery,
  guardianNotice,
  updateGuardianBody,
} from '../../../shared/schemas/guardians.ts';
import * as guardians from './service.ts';

const tags = ['guardians'];
const base = '/api/programmes/:programmeId/participants/:participantId';
const personParams = z.object({ programmeId: z.uuid(), participantId: z.uuid() });
const guardianParams = personParams.extend({ guardianId: z.uuid() });
const noticeParams = personParams.extend({ noticeId: z.uuid() });

export const guardianRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(`${base}/guardians`, {
    schema: {
      tags,
      summary: 'Link a guardian (youth only), with contact details',
      params: personParams,
      body: createGuardianBody,
      response: { 201: guardian },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await guardians.addGuardian(req.ctx, req.params.programmeId, req.params.participantId, req.body)),
  });
  app.patch(`${base}/guardians/:guardianId`, {
    schema: { tags, summary: 'Change a guardian’s details', params: guardianParams, body: updateGuardianBody, response: { 200: guardian } },
    handler: (req) => guardians.updateGuardian(req.ctx, req.params.programmeId, req.params.participantId, req.params.guardianId, req.body),
  });
  app.delete(`${base}/guardians/:guardianId`, {
    schema: {
      tags,
      summary: 'Unlink a guardian (kept in the history, marked removed)',
      params: guardianParams,
      response: { 204: z.null() },
    },
    handler: async (req, reply) => {
      await guardians.removeGuardian(req.ctx, req.params.programmeId, req.params.participantId, req.params.guardianId);
      return reply.code(204).send(null);
    },
  });
  app.post(`${base}/guardian-notices`, {
    schema: {
      tags,
      summary: 'Record that a guardian was informed of a job (and co-signed)',
      params: personParams,
      body: createGuardianNoticeBody,
      response: { 201: guardianNotice },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await guardians.addNotice(req.ctx, req.params.programmeId, req.params.participantId, req.body)),
  });
  app.post(`${base}/guardian-notices/:noticeId/cosign`, {
    schema: {
      tags,
      summary: 'Record the guardian’s co-signature',
      params: noticeParams,
      body: cosignNoticeBody,
      response: { 200: guardianNotice },
    },
    handler: (req) => guardians.cosignNotice(req.ctx, req.params.programmeId, req.params.participantId, req.params.noticeId, req.body),
  });
  app.get(`${base}/guardian-clearance`, {
    schema: {
      tags,
      summary: 'May a job start on this date? (guardian informed and co-signed, when required)',
      params: personParams,
      querystring: guardianClearanceQuery,
      response: { 200: guardianClearance },
    },
    handler: (req) => guardians.getClearance(req.ctx, req.params.programmeId, req.params.participantId, req.query),
  });
};
