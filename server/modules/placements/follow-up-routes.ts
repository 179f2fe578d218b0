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

const tags = ['placements'];
const params = z.object({ programmeId: z.uuid() });
const placementParams = params.extend({ placementId: z.uuid() });

export const placementFollowUpRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/programmes/:programmeId/follow-ups/due', {
    schema: {
      tags,
      summary: 'Placement follow-ups due by today (+ withinDays), oldest first (coordinators)',
      params,
      querystring: dueFollowUpsQuery,
      response: { 200: dueFollowUpList },
    },
    handler: (req) => listDueFollowUps(req.ctx, req.params.programmeId, req.query),
  });
  app.post('/api/programmes/:programmeId/placements/:placementId/follow-ups/:followUpId/complete', {
    schema: {
      tags,
      summary: 'Complete a follow-up, linking an existing talk or writing one',
      params: placementParams.extend({ followUpId: z.uuid() }),
      body: completeFollowUpBody,
      response: { 200: followUp },
    },
    handler: (req) => completeFollowUp(req.ctx, req.params.programmeId, req.params.placementId, req.params.followUpId, req.body),
  });
  app.post('/api/programmes/:programmeId/placements/:placementId/mentor-hours', {
    schema: {
      tags,
      summary: 'Log the assigned mentor’s hours on a date (logging a date again replaces it)',
      params: placementParams,
      body: mentorHoursBody,
      response: { 200: mentorHoursEntry },
    },
    handler: (req) => logMentorHours(req.ctx, req.params.programmeId, req.params.placementId, req.body),
  });
  app.get('/api/programmes/:programmeId/placements/:placementId/mentor-hours', {
    schema: { tags, summary: 'Mentor hours logged on a placement', params: placementParams, response: { 200: mentorHoursList } },
    handler: (req) => listMentorHours(req.ctx, req.params.programmeId, req.params.placementId),
  });
  app.get('/api/programmes/:programmeId/mentor-costs', {
    schema: {
      tags,
      summary: 'Mentor costs (hours × rate) per payer and per month',
      params,
      querystring: mentorCostsQuery,
      response: { 200: mentorCostsSummary },
    },
    handler: (req) => mentorCostSummary(req.ctx, req.params.programmeId, req.query),
  });
};
