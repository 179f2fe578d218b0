import { roleAllows } from '../../../shared/domain/access/permissions.ts';
import { computeDashboard, figureRecords } from '../../../shared/domain/kpis/dashboard.ts';
import type { KpiFilters, Period } from '../../../shared/domain/kpis/facts.ts';
import { landsbyggefondenRows } from '../../../shared/domain/kpis/landsbyggefonden.ts';
import { monthsOf } from '../../../shared/domain/kpis/period.ts';
import type { Audience } from '../../../shared/domain/kpis/publish.ts';
import type { Dashboard, RecordsQuery, TargetPeriodBody } from '../../../shared/schemas/outcomes.ts';
import type { Tx } from '../../../db/tenant.ts';
import type { Ctx } from '../../http/context.ts';
import { errors } from '../../http/errors.ts';
import { requireProgrammeAction, rolesIn } from '../../lib/access/index.ts';
import { recordAudit } from '../audit/index.ts';
import { CONTENT_TYPES, dashboardFile, landsbyggefondenFile } from './export.ts';
import { presentDashboard, presentRecords, presentTargets } from './presenter.ts';
import * as repo from './repository.ts';

/**
 * Outcome figures for a programme: the dashboard, its targets, the records behind a figure and the
 * aggregate exports. Counting rules: docs/kpis.md and shared/domain/kpis. Staff (outcomes.records)
 * see exact figures; funders and evaluators, and every export, see cells of 1–4 people suppressed.
 */

export type DashboardInput = KpiFilters & Period;
type Options = { audience?: Audience };

const filtersOf = (q: DashboardInput): KpiFilters => ({ siteId: q.siteId, step: q.step, track: q.track, ageBand: q.ageBand });

async function siteInProgramme(trx: Tx, programmeId: string, siteId: string | undefined) {
  if (!siteId) return;
  const sites = await repo.siteNames(trx, programmeId);
  if (!sites.some((s) => s.id === siteId)) throw errors.invalidFields([{ path: ['siteId'], code: 'site_unknown' }]);
}

async function compute(trx: Tx, programmeId: string, q: DashboardInput, audience: Audience): Promise<Dashboard> {
  await siteInProgramme(trx, programmeId, q.siteId);
  const period = { from: q.from, to: q.to };
  const [facts, targets] = await Promise.all([repo.loadFacts(trx, programmeId, period), repo.listTargets(trx, programmeId)]);
  return presentDashboard(programmeId, computeDashboard(facts, period, filtersOf(q), repo.targetFacts(targets)), filtersOf(q), audience);
}

/**
 * The dashboard for a programme, period and filters. The funder report calls this too, with
 * `{ audience: 'aggregate' }`, because a report is an aggregate export whoever prints it.
 */
export async function getDashboard(ctx: Ctx, programmeId: string, query: DashboardInput, opts: Options = {}): Promise<Dashboard> {
  const { actor, tx } = requireProgrammeAction(ctx, programmeId, 'outcomes.read');
  const staff = rolesIn(actor, programmeId).some((r) => roleAllows(r, 'outcomes.records'));
  const audience: Audience = opts.audience ?? (staff ? 'staff' : 'aggregate');
  return tx((trx) => compute(trx, programmeId, query, audience));
}

/** The records behind one figure (optionally one month of its trend), for coordinators; audited as a read. */
export async function getRecords(ctx: Ctx, programmeId: string, q: RecordsQuery) {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'outcomes.records');
  return tx(async (trx) => {
    await siteInProgramme(trx, programmeId, q.siteId);
    const dashboardPeriod = { from: q.from, to: q.to };
    // One month of the trend, clipped to the period, exactly as the dashboard cut it.
    const period = q.month ? monthsOf(dashboardPeriod).find((m) => m.month === q.month)?.period : dashboardPeriod;
    if (!period) throw errors.invalidFields([{ path: ['month'], code: 'month_outside_period' }]);
    const facts = await repo.loadFacts(trx, programmeId, dashboardPeriod);
    const monthMembers = figureRecords(facts, dashboardPeriod, filtersOf(q), q.figure, period);
    const personIds = [...new Set(monthMembers.map((m) => m.participantId).filter((x): x is string => x !== null))];
    const placementIds = [...new Set(monthMembers.map((m) => m.placementId).filter((x): x is string => x !== null))];
    const [persons, placements] = await Promise.all([
      repo.personLabels(trx, programmeId, personIds),
      repo.placementLabels(trx, programmeId, placementIds),
    ]);
    const out = presentRecords(q.figure, monthMembers, persons, placements);
    await recordAudit(trx, ctx, {
      action: 'read',
      subjectType: 'outcome_records',
      programmeId,
      details: { figure: q.figure, from: q.from, to: q.to, month: q.month ?? null, filters: filtersOf(q), records: out.total },
    });
    return out;
  });
}

export async function getTargets(ctx: Ctx, programmeId: string) {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'outcomes.read');
  return tx(async (trx) => presentTargets(await repo.listTargets(trx, programmeId)));
}

/** Sets the targets of one period (all of them at once, one transaction); returns every target of the programme. */
export async function putTargets(ctx: Ctx, programmeId: string, body: TargetPeriodBody) {
  const { actor, tx } = requireProgrammeAction(ctx, programmeId, 'target.manage');
  return tx(async (trx) => {
    await repo.replaceTargets(trx, programmeId, body.periodFrom, body.periodTo, body.targets, actor.userId);
    await recordAudit(trx, ctx, {
      action: 'update',
      subjectType: 'outcome_targets',
      programmeId,
      details: { periodFrom: body.periodFrom, periodTo: body.periodTo, targets: body.targets },
    });
    return presentTargets(await repo.listTargets(trx, programmeId));
  });
}

export type FileOut = { contentType: string; filename: string; body: Buffer | string };

/** The dashboard as an aggregate file (always suppressed, whoever asks); audited as an export. */
export async function exportDashboard(ctx: Ctx, programmeId: string, q: DashboardInput & { format: 'csv' | 'xlsx' }): Promise<FileOut> {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'outcomes.read');
  return tx(async (trx) => {
    const d = await compute(trx, programmeId, q, 'aggregate');
    await recordAudit(trx, ctx, {
      action: 'export',
      subjectType: 'outcomes',
      programmeId,
      details: { from: q.from, to: q.to, filters: filtersOf(q), format: q.format },
    });
    return {
      contentType: CONTENT_TYPES[q.format],
      filename: `jobbro-noegletal-${q.from}-${q.to}.${q.format}`,
      body: await dashboardFile(d, q.format),
    };
  });
}

/** Landsbyggefonden-style indicators (focus area "Beskæftigelse") per site and calendar year; suppressed. */
export async function exportLandsbyggefonden(
  ctx: Ctx,
  programmeId: string,
  q: Period & { siteId?: string; format: 'csv' | 'xlsx' },
): Promise<FileOut> {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'outcomes.read');
  return tx(async (trx) => {
    await siteInProgramme(trx, programmeId, q.siteId);
    const period = { from: q.from, to: q.to };
    const [facts, sites] = await Promise.all([repo.loadFacts(trx, programmeId, period), repo.siteNames(trx, programmeId)]);
    const chosen = sites.filter((s) => !q.siteId || s.id === q.siteId);
    const rows = landsbyggefondenRows(facts, period, chosen).filter((r) => !q.siteId || r.site !== 'Alle boligområder');
    await recordAudit(trx, ctx, {
      action: 'export',
      subjectType: 'outcomes_landsbyggefonden',
      programmeId,
      details: { from: q.from, to: q.to, siteId: q.siteId ?? null, format: q.format },
    });
    return {
      contentType: CONTENT_TYPES[q.format],
      filename: `jobbro-landsbyggefonden-${q.from}-${q.to}.${q.format}`,
      body: await landsbyggefondenFile(rows, q.format),
    };
  });
}
