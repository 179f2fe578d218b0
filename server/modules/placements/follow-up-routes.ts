import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  completeFollowUpBody,
  dueFollowUpList,
  dueFollowUpsQuery,
  followUp,
  mentorCostsQuery,
  mentorCostsSummary,
  mentorHoursBody,
  mentorHoursEntry,
  mentorHoursList,
} from '../../../shared/schemas/placements.ts';
import { completeFollowUp, listDueFollowUps } from './follow-ups.ts';
import { listMentorHours, logMentorHours, mentorCostSummary } from './mentor-hours.ts';
import { routes } from '../../http/route.ts';
import { programmeParams as params } from '../../../shared/schemas/common.ts';

const tags = ['placements'];
const placementParams = params.extend({ placementId: z.uuid() });

export const placementFollowUpRoutes: FastifyPluginAsyncZod = async (app) => {
  const route = routes(app, tags);
  route.get(
    '/api/programmes/:programmeId/follow-ups/due',
    'Placement follow-ups due by today (+ withinDays), oldest first (coordinators)',
    { params, querystring: dueFollowUpsQuery, response: { 200: dueFollowUpList } },
    (req) => listDueFollowUps(req.ctx, req.params.programmeId, req.query),
  );
  route.post(
    '/api/programmes/:programmeId/placements/:placementId/follow-ups/:followUpId/complete',
    'Complete a follow-up, linking an existing talk or writing one',
    { params: placementParams.extend({ followUpId: z.uuid() }), body: completeFollowUpBody, response: { 200: followUp } },
    (req) => completeFollowUp(req.ctx, req.params.programmeId, req.params.placementId, req.params.followUpId, req.body),
  );
  route.post(
    '/api/programmes/:programmeId/placements/:placementId/mentor-hours',
    'Log the assigned mentor’s hours on a date (logging a date again replaces it)',
    { params: placementParams, body: mentorHoursBody, response: { 200: mentorHoursEntry } },
    (req) => logMentorHours(req.ctx, req.params.programmeId, req.params.placementId, req.body),
  );
  route.get(
    '/api/programmes/:programmeId/placements/:placementId/mentor-hours',
    'Mentor hours logged on a placement',
    { params: placementParams, response: { 200: mentorHoursList } },
    (req) => listMentorHours(req.ctx, req.params.programmeId, req.params.placementId),
  );
  route.get(
    '/api/programmes/:programmeId/mentor-costs',
    'Mentor costs (hours × rate) per payer and per month',
    { params, querystring: mentorCostsQuery, response: { 200: mentorCostsSummary } },
    (req) => mentorCostSummary(req.ctx, req.params.programmeId, req.query),
  );
};
