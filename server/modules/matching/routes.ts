import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { isoDate, programmeParams as params } from '../../../shared/schemas/common.ts';
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
import { routes } from '../../http/route.ts';

const tags = ['matching'];
const openingParams = params.extend({ openingId: z.uuid() });
const participantParams = params.extend({ participantId: z.uuid() });
const roundParams = params.extend({ roundId: z.uuid() });
const base = '/api/programmes/:programmeId';

export const matchingRoutes: FastifyPluginAsyncZod = async (app) => {
  const route = routes(app, tags);
  route.get(
    `${base}/openings/:openingId/candidates`,
    'Ranked candidates for an opening, with evidence, priority and the excluded with their first failed rule (staff; audited search)',
    { params: openingParams, querystring: rankingQuery, response: { 200: candidateList } },
    (req) => ranking.rankedCandidates(req.ctx, req.params.programmeId, req.params.openingId, req.query),
  );
  route.get(
    `${base}/openings/:openingId/candidates/:participantId/why`,
    'Why (not): every failed rule of the pair, the first one, and the fit factors (audited read)',
    {
      params: openingParams.extend({ participantId: z.uuid() }),
      querystring: z.object({ onDate: isoDate.optional() }),
      response: { 200: pairExplanation },
    },
    (req) => ranking.whyPair(req.ctx, req.params.programmeId, req.params.openingId, req.params.participantId, req.query.onDate),
  );
  route.get(
    `${base}/participants/:participantId/openings`,
    'Ranked openings for a participant, congestion-adjusted (staff; audited read)',
    { params: participantParams, querystring: rankingQuery, response: { 200: openingList } },
    (req) => ranking.rankedOpenings(req.ctx, req.params.programmeId, req.params.participantId, req.query),
  );

  route.get(
    `${base}/match-adjustments`,
    'Pins, hides and overrides (live unless includeRemoved)',
    { params, querystring: adjustmentQuery, response: { 200: adjustmentList } },
    (req) => adjustments.listAdjustments(req.ctx, req.params.programmeId, req.query),
  );
  route.post(
    `${base}/match-adjustments`,
    'Pin, hide or override a pair, with a reason (legal rules cannot be overridden; audited)',
    { params, body: createAdjustmentBody, response: { 201: adjustment } },
    (req) => adjustments.addAdjustment(req.ctx, req.params.programmeId, req.body),
  );
  route.post(
    `${base}/match-adjustments/:adjustmentId/remove`,
    'Remove a pin, hide or override, with a reason (kept in the history; audited)',
    { params: params.extend({ adjustmentId: z.uuid() }), body: removeAdjustmentBody, response: { 200: adjustment } },
    (req) => adjustments.removeAdjustment(req.ctx, req.params.programmeId, req.params.adjustmentId, req.body.reason),
  );
  route.get(
    `${base}/participants/:participantId/match-preferences`,
    'A participant’s ranked wishes for preference rounds',
    { params: participantParams, response: { 200: preferences } },
    (req) => adjustments.getPreferences(req.ctx, req.params.programmeId, req.params.participantId),
  );
  route.put(
    `${base}/participants/:participantId/match-preferences`,
    'Record a participant’s ranked wishes (most wanted first)',
    { params: participantParams, body: preferencesBody, response: { 200: preferences } },
    (req) => adjustments.setPreferences(req.ctx, req.params.programmeId, req.params.participantId, req.body),
  );

  route.get(
    `${base}/match-weight-sets`,
    'Weight sets (newest is current; the built-in default when none)',
    { params, response: { 200: weightSetList } },
    (req) => weightSets.listWeightSets(req.ctx, req.params.programmeId),
  );
  route.post(
    `${base}/match-weight-sets`,
    'Publish a new version of a named weight set (it becomes current)',
    { params, body: createWeightSetBody, response: { 201: weightSet } },
    (req) => weightSets.createWeightSet(req.ctx, req.params.programmeId, req.body),
  );

  route.post(
    `${base}/match-rounds`,
    'Create a batch round (optimal or preference) and queue it; poll for status and progress',
    { params, body: createRoundBody, response: { 202: roundSummary } },
    (req) => rounds.createRound(req.ctx, req.params.programmeId, req.body),
  );
  route.get(`${base}/match-rounds`, 'Batch rounds, newest first', { params, response: { 200: roundList } }, (req) =>
    rounds.listRounds(req.ctx, req.params.programmeId),
  );
  route.get(
    `${base}/match-rounds/:roundId`,
    'A round with its matches and report (audited read)',
    { params: roundParams, response: { 200: roundDetail } },
    (req) => rounds.getRound(req.ctx, req.params.programmeId, req.params.roundId),
  );
  route.post(
    `${base}/match-rounds/:roundId/rerun`,
    'Run the round again on today’s data and pins/hides, with its seed unless another is given',
    { params: roundParams, body: rerunRoundBody, response: { 202: roundSummary } },
    (req) => rounds.rerunRound(req.ctx, req.params.programmeId, req.params.roundId, req.body),
  );
  route.post(
    `${base}/match-rounds/:roundId/publish`,
    'Publish a ready round: proposed placements in one transaction, employers told (409 match_round_published on a second try)',
    { params: roundParams, response: { 200: roundDetail } },
    (req) => rounds.publishRound(req.ctx, req.params.programmeId, req.params.roundId),
  );
};
