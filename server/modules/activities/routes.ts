import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  activityBody,
  activityDetail,
  activityList,
  attendance,
  attendanceBody,
  funnel,
  funnelQuery,
  inviteBody,
  inviteResult,
  listQuery,
  participantStatusBody,
} from '../../../shared/schemas/activities.ts';
import { getAttendance, takeAttendance } from './attendance.ts';
import { getFunnel } from './funnel.ts';
import {
  cancelActivity,
  createActivity,
  getActivity,
  inviteParticipants,
  listActivities,
  setParticipantStatus,
  updateActivity,
} from './service.ts';

const tags = ['activities'];
const params = z.object({ programmeId: z.uuid() });
const activityParams = params.extend({ activityId: z.uuid() });
const base = '/api/programmes/:programmeId/activities';

export const activityRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(base, {
    schema: {
      tags,
      summary: 'Activities, filtered by kind, site, period (a session in it) and upcoming/past',
      params,
      querystring: listQuery,
      response: { 200: activityList },
    },
    handler: (req) => listActivities(req.ctx, req.params.programmeId, req.query),
  });
  app.post(base, {
    schema: {
      tags,
      summary: 'Create an activity with its sessions (Europe/Copenhagen wall clock)',
      params,
      body: activityBody,
      response: { 201: activityDetail },
    },
    handler: async (req, reply) => reply.code(201).send(await createActivity(req.ctx, req.params.programmeId, req.body)),
  });
  app.get(`${base}/funnel`, {
    schema: {
      tags,
      summary: 'Attribution funnel per activity kind (docs/kpis.md, "Activity funnel")',
      params,
      querystring: funnelQuery,
      response: { 200: funnel },
      description: 'Funder and evaluator roles get counts of 1–4 suppressed (and the medians of suppressed cells).',
    },
    handler: (req) => getFunnel(req.ctx, req.params.programmeId, req.query),
  });
  app.get(`${base}/:activityId`, {
    schema: {
      tags,
      summary: 'An activity with its sessions and list of invited and registered people',
      params: activityParams,
      response: { 200: activityDetail },
    },
    handler: (req) => getActivity(req.ctx, req.params.programmeId, req.params.activityId),
  });
  app.put(`${base}/:activityId`, {
    schema: {
      tags,
      summary: 'Edit an activity; the sessions sent replace its sessions',
      params: activityParams,
      body: activityBody,
      response: { 200: activityDetail },
      description: 'A session with attendance taken cannot be removed (409 in_use); capacity cannot drop below the registered count.',
    },
    handler: (req) => updateActivity(req.ctx, req.params.programmeId, req.params.activityId, req.body),
  });
  app.post(`${base}/:activityId/cancel`, {
    schema: {
      tags,
      summary: 'Cancel an activity (kept, with its list and attendance)',
      params: activityParams,
      response: { 200: activityDetail },
    },
    handler: (req) => cancelActivity(req.ctx, req.params.programmeId, req.params.activityId),
  });
  app.post(`${base}/:activityId/invitations`, {
    schema: {
      tags,
      summary: 'Invite participants in bulk (people already on the list keep their status)',
      params: activityParams,
      body: inviteBody,
      response: { 200: inviteResult },
    },
    handler: (req) => inviteParticipants(req.ctx, req.params.programmeId, req.params.activityId, req.body),
  });
  app.put(`${base}/:activityId/participants/:participantId`, {
    schema: {
      tags,
      summary: 'Register, decline, cancel or re-invite one person',
      params: activityParams.extend({ participantId: z.uuid() }),
      body: participantStatusBody,
      description: 'Registering beyond capacity is refused with 409 activity_full.',
      response: { 200: activityDetail },
    },
    handler: (req) => setParticipantStatus(req.ctx, req.params.programmeId, req.params.activityId, req.params.participantId, req.body),
  });
  const sessionParams = params.extend({ sessionId: z.uuid() });
  app.get('/api/programmes/:programmeId/activity-sessions/:sessionId/attendance', {
    schema: { tags, summary: 'The attendance sheet of one session', params: sessionParams, response: { 200: attendance } },
    handler: (req) => getAttendance(req.ctx, req.params.programmeId, req.params.sessionId),
  });
  app.put('/api/programmes/:programmeId/activity-sessions/:sessionId/attendance', {
    schema: {
      tags,
      summary: 'Take attendance in bulk (idempotent, audited)',
      params: sessionParams,
      body: attendanceBody,
      response: { 200: attendance },
    },
    handler: (req) => takeAttendance(req.ctx, req.params.programmeId, req.params.sessionId, req.body),
  });
};
