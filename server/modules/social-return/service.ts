import type { z } from 'zod';
import { calculateSroi, SroiInputError } from '../../../shared/domain/sroi/index.ts';
import { buildSroiInput, dataAssumptions, periodFitsHorizon } from '../../../shared/domain/sroi/from-data.ts';
import { deriveOutcomes } from '../../../shared/domain/sroi/outcomes.ts';
import { DEFAULT_SROI_PARAMETERS, sroiParameters } from '../../../shared/domain/sroi/parameters.ts';
import type { calculateBody, createParameterSetBody, saveVersionBody } from '../../../shared/schemas/social-return.ts';
import type { Ctx } from '../../http/context.ts';
import { errors, isUniqueViolation } from '../../http/errors.ts';
import { requireProgrammeAction } from '../../lib/access/index.ts';
import { copenhagenToday } from '../../lib/today.ts';
import { recordAudit } from '../audit/index.ts';
import { presentResult, presentSet, presentVersion } from './presenter.ts';
import * as repo from './repository.ts';

/**
 * Social return: versioned parameter sets per programme (saving always adds a version, with who,
 * when and why) and the calculation over the programme's own placements. Funders and evaluators
 * read and calculate; administrators and coordinators also save.
 */

export async function listParameterSets(ctx: Ctx, programmeId: string) {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'sroi.read');
  return tx(async (trx) => {
    const sets = await repo.listSets(trx, programmeId);
    const items = [];
    for (const s of sets) {
      const latest = await repo.findVersion(trx, programmeId, s.id);
      if (latest) items.push(presentSet(s, latest));
    }
    return { items, defaults: DEFAULT_SROI_PARAMETERS };
  });
}

export async function createParameterSet(ctx: Ctx, programmeId: string, body: z.output<typeof createParameterSetBody>) {
  const { actor, tx } = requireProgrammeAction(ctx, programmeId, 'sroi.manage');
  return tx(async (trx) => {
    const set = await repo.insertSet(trx, programmeId, body.name, actor.userId).catch((err: unknown) => {
      if (isUniqueViolation(err)) throw errors.conflict('name');
      throw err;
    });
    const parameters = body.parameters ?? sroiParameters.parse(DEFAULT_SROI_PARAMETERS);
    const version = await repo.insertVersion(trx, programmeId, set.id, parameters, body.reason, actor.userId);
    await recordAudit(trx, ctx, {
      action: 'create',
      subjectType: 'sroi_parameter_set',
      subjectId: set.id,
      programmeId,
      details: { name: body.name, version: 1, reason: body.reason },
    });
    return presentSet({ ...set, version_count: '1' }, version);
  });
}

export async function saveVersion(ctx: Ctx, programmeId: string, setId: string, body: z.output<typeof saveVersionBody>) {
  const { actor, tx } = requireProgrammeAction(ctx, programmeId, 'sroi.manage');
  return tx(async (trx) => {
    if (!(await repo.findSet(trx, programmeId, setId))) throw errors.notFound('parameter set');
    const version = await repo.insertVersion(trx, programmeId, setId, body.parameters, body.reason, actor.userId).catch((err: unknown) => {
      if (isUniqueViolation(err)) throw errors.conflict('version');
      throw err;
    });
    await recordAudit(trx, ctx, {
      action: 'create',
      subjectType: 'sroi_parameter_set_version',
      subjectId: version.id,
      programmeId,
      details: { parameterSetId: setId, version: version.version, reason: body.reason },
    });
    return presentVersion(version);
  });
}

export async function listVersions(ctx: Ctx, programmeId: string, setId: string) {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'sroi.read');
  return tx(async (trx) => {
    if (!(await repo.findSet(trx, programmeId, setId))) throw errors.notFound('parameter set');
    return { items: (await repo.listVersions(trx, programmeId, setId)).map(presentVersion) };
  });
}

/**
 * NPV, return per krone and the sensitivity range for one saved version over a period, with every
 * assumption beside it. Invalid combinations (a value row not covering an outcome's year, a period
 * longer than the horizon) are validation errors with field paths, never a silent zero.
 */
export async function calculate(ctx: Ctx, programmeId: string, body: z.output<typeof calculateBody>) {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'sroi.read');
  const today = copenhagenToday();
  return tx(async (trx) => {
    const version = await repo.findVersion(trx, programmeId, body.parameterSetId, body.version);
    if (!version) throw errors.notFound('parameter set version');
    const params = sroiParameters.parse(version.parameters);
    if (!periodFitsHorizon(params, body.from, body.to)) throw errors.invalidFields([{ path: ['to'], code: 'period_exceeds_horizon' }]);
    const rows = await repo.placementFacts(trx, programmeId, body.to);
    const outcomes = deriveOutcomes(
      rows.map((r) => ({
        participantId: r.participant_id,
        openingKind: r.opening_kind,
        activatedOn: r.activated_at ? new Date(r.activated_at).toISOString().slice(0, 10) : null,
        startsOn: r.starts_on,
        endsOn: r.ends_on,
        endedOn: r.ended_on,
        outcome: r.outcome,
        endReason: r.end_reason,
      })),
      body.from,
      body.to,
      today,
    );
    try {
      const result = calculateSroi(buildSroiInput(params, outcomes, body.from, body.to));
      return presentResult(result, dataAssumptions(params, body.from, body.to), outcomes, {
        parameterSetId: body.parameterSetId,
        version: version.version,
        from: body.from,
        to: body.to,
      });
    } catch (err) {
      if (err instanceof SroiInputError)
        throw errors.validation(
          err.issues.map((i) => ({ in: 'parameters', path: i.path.map(String), code: 'sroi_input_invalid', message: i.message })),
        );
      throw err;
    }
  });
}
