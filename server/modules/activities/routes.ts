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
import { routes } from '../../http/route.ts';
import { programmeParams as params } from '../../../shared/schemas/common.ts';

const tags = ['activities'];
const activityParams = params.extend({ activityId: z.uuid() });
const base = '/api/programmes/:programmeId/activities';

export const activityRoutes: FastifyPluginAsyncZod = async (app) => {
  const route = routes(app, tags);
  route.get(
    base,
    'Activities, filtered by kind, site, period (a session in it) and upcoming/past',
    { params, querystring: listQuery, response: { 200: activityList } },
    (req) => listActivities(req.ctx, req.params.programmeId, req.query),
  );
  route.post(
    base,
    'Create an activity with its sessions (Europe/Copenhagen wall clock)',
    { params, body: activityBody, response: { 201: activityDetail } },
    (req) => createActivity(req.ctx, req.params.programmeId, req.body),
  );
  route.get(
    `${base}/funnel`,
    'Attribution funnel per activity kind (docs/kpis.md, "Activity funnel")',
    {
      description: 'Funder and evaluator roles get counts of 1–4 suppressed (and the medians of suppressed cells).',
      params,
      querystring: funnelQuery,
      response: { 200: funnel },
    },
    (req) => getFunnel(req.ctx, req.params.programmeId, req.query),
  );
  route.get(
    `${base}/:activityId`,
    'An activity with its sessions and list of invited and registered people',
    { params: activityParams, response: { 200: activityDetail } },
    (req) => getActivity(req.ctx, req.params.programmeId, req.params.activityId),
  );
  route.put(
    `${base}/:activityId`,
    'Edit an activity; the sessions sent replace its sessions',
    {
      description: 'A session with attendance taken cannot be removed (409 in_use); capacity cannot drop below the registered count.',
      params: activityParams,
      body: activityBody,
      response: { 200: activityDetail },
    },
    (req) => updateActivity(req.ctx, req.params.programmeId, req.params.activityId, req.body),
  );
  route.post(
    `${base}/:activityId/cancel`,
    'Cancel an activity (kept, with its list and attendance)',
    {
      description: 'Only the cancel that takes effect answers 200; an activity cancelled already answers 409 activity_cancelled.',
      params: activityParams,
      response: { 200: activityDetail },
    },
    (req) => cancelActivity(req.ctx, req.params.programmeId, req.params.activityId),
  );
  route.post(
    `${base}/:activityId/invitations`,
    'Invite participants in bulk (people already on the list keep their status)',
    { params: activityParams, body: inviteBody, response: { 200: inviteResult } },
    (req) => inviteParticipants(req.ctx, req.params.programmeId, req.params.activityId, req.body),
  );
  route.put(
    `${base}/:activityId/participants/:participantId`,
    'Register, decline, cancel or re-invite one person',
    {
      description: 'Registering beyond capacity is refused with 409 activity_full.',
      params: activityParams.extend({ participantId: z.uuid() }),
      body: participantStatusBody,
      response: { 200: activityDetail },
    },
    (req) => setParticipantStatus(req.ctx, req.params.programmeId, req.params.activityId, req.params.participantId, req.body),
  );
  const sessionParams = params.extend({ sessionId: z.uuid() });
  route.get(
    '/api/programmes/:programmeId/activity-sessions/:sessionId/attendance',
    'The attendance sheet of one session',
    { params: sessionParams, response: { 200: attendance } },
    (req) => getAttendance(req.ctx, req.params.programmeId, req.params.sessionId),
  );
  route.put(
    '/api/programmes/:programmeId/activity-sessions/:sessionId/attendance',
    'Take attendance in bulk (idempotent, audited)',
    { params: sessionParams, body: attendanceBody, response: { 200: attendance } },
    (req) => takeAttendance(req.ctx, req.params.programmeId, req.params.sessionId, req.body),
  );
};
