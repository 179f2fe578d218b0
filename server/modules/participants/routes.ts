import { z } from 'zod';
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

const tags = ['participants'];
const params = z.object({ programmeId: z.uuid() });
const personParams = z.object({ programmeId: z.uuid(), participantId: z.uuid() });

export const participantRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/work-areas', {
    schema: { tags, summary: 'The shared taxonomy of work areas (interests)', response: { 200: workAreaList } },
    handler: (req) => participants.listWorkAreas(req.ctx),
  });
  app.get('/api/programmes/:programmeId/participants', {
    schema: {
      tags,
      summary: 'List and search participants (typo-tolerant name search; audited)',
      params,
      querystring: participantListQuery,
      response: { 200: participantList },
    },
    handler: (req) => participants.listParticipants(req.ctx, req.params.programmeId, req.query),
  });
  app.post('/api/programmes/:programmeId/participants', {
    schema: {
      tags,
      summary: 'Intake: create a participant (409 possible_duplicate unless confirmed)',
      params,
      body: createParticipantBody,
      response: { 201: participantProfile },
    },
    handler: async (req, reply) => reply.code(201).send(await participants.createParticipant(req.ctx, req.params.programmeId, req.body)),
  });
  app.get('/api/programmes/:programmeId/participants/:participantId', {
    schema: {
      tags,
      summary: 'A participant’s profile and journey (audited read)',
      params: personParams,
      response: { 200: participantProfile },
    },
    handler: (req) => participants.getParticipant(req.ctx, req.params.programmeId, req.params.participantId),
  });
  app.patch('/api/programmes/:programmeId/participants/:participantId', {
    schema: {
      tags,
      summary: 'Update a participant (send the version you read; 409 version_conflict if stale)',
      params: personParams,
      body: updateParticipantBody,
      response: { 200: participant },
    },
    handler: (req) => participants.updateParticipant(req.ctx, req.params.programmeId, req.params.participantId, req.body),
  });
  app.post('/api/programmes/:programmeId/participants/:participantId/ladder', {
    schema: {
      tags,
      summary: 'Move a youth to a step or an adult to a track, dated, with a reason',
      params: personParams,
      body: ladderChangeBody,
      response: { 200: participantProfile },
    },
    handler: (req) => changeLadder(req.ctx, req.params.programmeId, req.params.participantId, req.body),
  });
  // The number travels in the response body of a POST: never in a URL, a log line or a cache.
  app.post('/api/programmes/:programmeId/participants/:participantId/cpr/reveal', {
    schema: {
      tags,
      summary: 'The full CPR number (coordinators, administrators; audited)',
      params: personParams,
      response: { 200: cprRevealResponse },
    },
    handler: (req) => participants.revealCpr(req.ctx, req.params.programmeId, req.params.participantId),
  });
};
