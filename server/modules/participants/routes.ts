import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  cprRevealResponse,
  createParticipantBody,
  ladderChangeBody,
  participant,
  participantList,
  participantListQuery,
  participantProfile,
  updateParticipantBody,
  workAreaList,
} from '../../../shared/schemas/participants.ts';
import { changeLadder } from './ladder.ts';
import * as participants from './service.ts';
import { routes } from '../../http/route.ts';
import { programmeParams as params, participantParams as personParams } from '../../../shared/schemas/common.ts';

const tags = ['participants'];

export const participantRoutes: FastifyPluginAsyncZod = async (app) => {
  const route = routes(app, tags);
  route.get('/api/work-areas', 'The shared taxonomy of work areas (interests)', { response: { 200: workAreaList } }, (req) =>
    participants.listWorkAreas(req.ctx),
  );
  route.get(
    '/api/programmes/:programmeId/participants',
    'List and search participants (typo-tolerant name search; audited)',
    { params, querystring: participantListQuery, response: { 200: participantList } },
    (req) => participants.listParticipants(req.ctx, req.params.programmeId, req.query),
  );
  route.post(
    '/api/programmes/:programmeId/participants',
    'Intake: create a participant (409 possible_duplicate unless confirmed)',
    { params, body: createParticipantBody, response: { 201: participantProfile } },
    (req) => participants.createParticipant(req.ctx, req.params.programmeId, req.body),
  );
  route.get(
    '/api/programmes/:programmeId/participants/:participantId',
    'A participant’s profile and journey (audited read)',
    { params: personParams, response: { 200: participantProfile } },
    (req) => participants.getParticipant(req.ctx, req.params.programmeId, req.params.participantId),
  );
  route.patch(
    '/api/programmes/:programmeId/participants/:participantId',
    'Update a participant (send the version you read; 409 version_conflict if stale)',
    { params: personParams, body: updateParticipantBody, response: { 200: participant } },
    (req) => participants.updateParticipant(req.ctx, req.params.programmeId, req.params.participantId, req.body),
  );
  route.post(
    '/api/programmes/:programmeId/participants/:participantId/ladder',
    'Move a youth to a step or an adult to a track, dated, with a reason',
    { params: personParams, body: ladderChangeBody, response: { 200: participantProfile } },
    (req) => changeLadder(req.ctx, req.params.programmeId, req.params.participantId, req.body),
  );
  // The number travels in the response body of a POST: never in a URL, a log line or a cache.
  route.post(
    '/api/programmes/:programmeId/participants/:participantId/cpr/reveal',
    'The full CPR number (coordinators, administrators; audited)',
    { params: personParams, response: { 200: cprRevealResponse } },
    (req) => participants.revealCpr(req.ctx, req.params.programmeId, req.params.participantId),
  );
};
