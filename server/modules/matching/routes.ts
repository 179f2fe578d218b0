import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { isoDate } from '../../../shared/schemas/common.ts';
import {
  adjustment,
  adjustmentList,
  adjustmentQuery,
  candidateList,
  createAdjustmentBody,
  createRoundBody,
  createWeightSetBody,
  openingList,
  pairExplanation,
  preferences,
  preferencesBody,
  rankingQuery,
  removeAdjustmentBody,
  rerunRoundBody,
  roundDetail,
  roundList,
  roundSummary,
  weightSet,
  weightSetList,
} from '../../../shared/schemas/matching.ts';
import * as adjustments from './adjustments.ts';
import * as rounds from './rounds.ts';
import * as ranking from './service.ts';
import * as weightSets from './weight-sets.ts';

const tags = ['matching'];
const params = z.object({ programmeId: z.uuid() });
const openingParams = params.extend({ openingId: z.uuid() });
const participantParams = params.extend({ participantId: z.uuid() });
const roundParams = params.extend({ roundId: z.uuid() });
const base = '/api/programmes/:programmeId';

export const matchingRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(`${base}/openings/:openingId/candidates`, {
    schema: {
      tags,
      summary:
        'Ranked candidates for an opening, with evidence, priority and the excluded with their first failed rule (staff; audited search)',
      params: openingParams,
      querystring: rankingQuery,
      response: { 200: candidateList },
    },
    handler: (req) => ranking.rankedCandidates(req.ctx, req.params.programmeId, req.params.openingId, req.query),
  });
  app.get(`${base}/openings/:openingId/candidates/:participantId/why`, {
    schema: {
      tags,
      summary: 'Why (not): every failed rule of the pair, the first one, and the fit factors (audited read)',
      params: openingParams.extend({ participantId: z.uuid() }),
      querystring: z.object({ onDate: isoDate.optional() }),
      response: { 200: pairExplanation },
    },
    handler: (req) => ranking.whyPair(req.ctx, req.params.programmeId, req.params.openingId, req.params.participantId, req.query.onDate),
  });
  app.get(`${base}/participants/:participantId/openings`, {
    schema: {
      tags,
      summary: 'Ranked openings for a participant, congestion-adjusted (staff; audited read)',
      params: participantParams,
      querystring: rankingQuery,
      response: { 200: openingList },
    },
    handler: (req) => ranking.rankedOpenings(req.ctx, req.params.programmeId, req.params.participantId, req.query),
  });

  app.get(`${base}/match-adjustments`, {
    schema: {
      tags,
      summary: 'Pins, hides and overrides (live unless includeRemoved)',
      params,
      querystring: adjustmentQuery,
      response: { 200: adjustmentList },
    },
    handler: (req) => adjustments.listAdjustments(req.ctx, req.params.programmeId, req.query),
  });
  app.post(`${base}/match-adjustments`, {
    schema: {
      tags,
      summary: 'Pin, hide or override a pair, with a reason (legal rules cannot be overridden; audited)',
      params,
      body: createAdjustmentBody,
      response: { 201: adjustment },
    },
    handler: async (req, reply) => reply.code(201).send(await adjustments.addAdjustment(req.ctx, req.params.programmeId, req.body)),
  });
  app.post(`${base}/match-adjustments/:adjustmentId/remove`, {
    schema: {
      tags,
      summary: 'Remove a pin, hide or override, with a reason (kept in the history; audited)',
      params: params.extend({ adjustmentId: z.uuid() }),
      body: removeAdjustmentBody,
      response: { 200: adjustment },
    },
    handler: (req) => adjustments.removeAdjustment(req.ctx, req.params.programmeId, req.params.adjustmentId, req.body.reason),
  });
  app.get(`${base}/participants/:participantId/match-preferences`, {
    schema: {
      tags,
      summary: 'A participant’s ranked wishes for preference rounds',
      params: participantParams,
      response: { 200: preferences },
    },
    handler: (req) => adjustments.getPreferences(req.ctx, req.params.programmeId, req.params.participantId),
  });
  app.put(`${base}/participants/:participantId/match-preferences`, {
    schema: {
      tags,
      summary: 'Record a participant’s ranked wishes (most wanted first)',
      params: participantParams,
      body: preferencesBody,
      response: { 200: preferences },
    },
    handler: (req) => adjustments.setPreferences(req.ctx, req.params.programmeId, req.params.participantId, req.body),
  });

  app.get(`${base}/match-weight-sets`, {
    schema: { tags, summary: 'Weight sets (newest is current; the built-in default when none)', params, response: { 200: weightSetList } },
    handler: (req) => weightSets.listWeightSets(req.ctx, req.params.programmeId),
  });
  app.post(`${base}/match-weight-sets`, {
    schema: {
      tags,
      summary: 'Publish a new version of a named weight set (it becomes current)',
      params,
      body: createWeightSetBody,
      response: { 201: weightSet },
    },
    handler: async (req, reply) => reply.code(201).send(await weightSets.createWeightSet(req.ctx, req.params.programmeId, req.body)),
  });

  app.post(`${base}/match-rounds`, {
    schema: {
      tags,
      summary: 'Create a batch round (optimal or preference) and queue it; poll for status and progress',
      params,
      body: createRoundBody,
      response: { 202: roundSummary },
    },
    handler: async (req, reply) => reply.code(202).send(await rounds.createRound(req.ctx, req.params.programmeId, req.body)),
  });
  app.get(`${base}/match-rounds`, {
    schema: { tags, summary: 'Batch rounds, newest first', params, response: { 200: roundList } },
    handler: (req) => rounds.listRounds(req.ctx, req.params.programmeId),
  });
  app.get(`${base}/match-rounds/:roundId`, {
    schema: { tags, summary: 'A round with its matches and report (audited read)', params: roundParams, response: { 200: roundDetail } },
    handler: (req) => rounds.getRound(req.ctx, req.params.programmeId, req.params.roundId),
  });
  app.post(`${base}/match-rounds/:roundId/rerun`, {
    schema: {
      tags,
      summary: 'Run the round again on today’s data and pins/hides, with its seed unless another is given',
      params: roundParams,
      body: rerunRoundBody,
      response: { 202: roundSummary },
    },
    handler: async (req, reply) =>
      reply.code(202).send(await rounds.rerunRound(req.ctx, req.params.programmeId, req.params.roundId, req.body)),
  });
  app.post(`${base}/match-rounds/:roundId/publish`, {
    schema: {
      tags,
      summary: 'Publish a ready round: proposed placements in one transaction, employers told (409 match_round_published on a second try)',
      params: roundParams,
      response: { 200: roundDetail },
    },
    handler: (req) => rounds.publishRound(req.ctx, req.params.programmeId, req.params.roundId),
  });
};
