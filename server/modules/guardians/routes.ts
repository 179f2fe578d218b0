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
import { routes } from '../../http/route.ts';
import { participantParams as personParams } from '../../../shared/schemas/common.ts';

const tags = ['guardians'];
const base = '/api/programmes/:programmeId/participants/:participantId';
const guardianParams = personParams.extend({ guardianId: z.uuid() });
const noticeParams = personParams.extend({ noticeId: z.uuid() });

export const guardianRoutes: FastifyPluginAsyncZod = async (app) => {
  const route = routes(app, tags);
  route.post(
    `${base}/guardians`,
    'Link a guardian (youth only), with contact details',
    { params: personParams, body: createGuardianBody, response: { 201: guardian } },
    (req) => guardians.addGuardian(req.ctx, req.params.programmeId, req.params.participantId, req.body),
  );
  route.patch(
    `${base}/guardians/:guardianId`,
    'Change a guardian’s details',
    { params: guardianParams, body: updateGuardianBody, response: { 200: guardian } },
    (req) => guardians.updateGuardian(req.ctx, req.params.programmeId, req.params.participantId, req.params.guardianId, req.body),
  );
  route.delete(
    `${base}/guardians/:guardianId`,
    'Unlink a guardian (kept in the history, marked removed)',
    { params: guardianParams, response: { 204: z.null() } },
    (req) => guardians.removeGuardian(req.ctx, req.params.programmeId, req.params.participantId, req.params.guardianId),
  );
  route.post(
    `${base}/guardian-notices`,
    'Record that a guardian was informed of a job (and co-signed)',
    { params: personParams, body: createGuardianNoticeBody, response: { 201: guardianNotice } },
    (req) => guardians.addNotice(req.ctx, req.params.programmeId, req.params.participantId, req.body),
  );
  route.post(
    `${base}/guardian-notices/:noticeId/cosign`,
    'Record the guardian’s co-signature',
    { params: noticeParams, body: cosignNoticeBody, response: { 200: guardianNotice } },
    (req) => guardians.cosignNotice(req.ctx, req.params.programmeId, req.params.participantId, req.params.noticeId, req.body),
  );
  route.get(
    `${base}/guardian-clearance`,
    'May a job start on this date? (guardian informed and co-signed, when required)',
    { params: personParams, querystring: guardianClearanceQuery, response: { 200: guardianClearance } },
    (req) => guardians.getClearance(req.ctx, req.params.programmeId, req.params.participantId, req.query),
  );
};
