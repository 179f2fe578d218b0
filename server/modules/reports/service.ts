import type { FunderReportQuery, ReportJob } from '../../../shared/schemas/reports.ts';
import type { Ctx } from '../../http/context.ts';
import { errors } from '../../http/errors.ts';
import { requireProgrammeAction } from '../../lib/access/index.ts';
import { copenhagenToday } from '../../lib/today.ts';
import { recordAudit } from '../audit/index.ts';
import { reportSnapshot } from './data.ts';
import { presentJob } from './presenter.ts';
import { snapshotHtml } from './render.ts';
import * as repo from './repository.ts';
import { reportXlsx } from './xlsx.ts';

const period = (q: FunderReportQuery) => ({
  from: q.from,
  to: q.to,
  siteId: q.siteId ?? null,
  step: q.step ?? null,
  track: q.track ?? null,
  ageBand: q.ageBand ?? null,
});

/** The report as HTML, for the on-screen preview (the PDF prints this same document). */
export async function funderReportHtml(ctx: Ctx, programmeId: string, q: FunderReportQuery): Promise<string> {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'report.generate');
  const snapshot = await reportSnapshot(ctx, tx, programmeId, q, copenhagenToday());
  await tx((trx) =>
    recordAudit(trx, ctx, { action: 'read', subjectType: 'funder_report', programmeId, details: { ...period(q), format: 'html' } }),
  );
  return snapshotHtml(snapshot);
}

/**
 * Starts printing the report PDF in the background: the figures are taken now, as the caller, and
 * the job renders the charts and runs Chromium. Audited.
 */
export async function startFunderReport(ctx: Ctx, programmeId: string, q: FunderReportQuery): Promise<ReportJob> {
  const { actor, tx } = requireProgrammeAction(ctx, programmeId, 'report.generate');
  const snapshot = await reportSnapshot(ctx, tx, programmeId, q, copenhagenToday());
  const jobId = await tx(async (trx) => {
    const id = await repo.insertReportJob(trx, { programmeId, userId: actor.userId, snapshot });
    await recordAudit(trx, ctx, {
      action: 'export',
      subjectType: 'funder_report',
      subjectId: id,
      programmeId,
      details: { ...period(q), format: 'pdf' },
    });
    return id;
  });
  ctx.jobs.kick();
  return { jobId, status: 'queued', progress: 0, error: null, bytes: null };
}

async function loadJob(ctx: Ctx, programmeId: string, jobId: string) {
  const { actor, tx } = requireProgrammeAction(ctx, programmeId, 'report.generate');
  const row = await tx((trx) => repo.findReportJob(trx, programmeId, actor.userId, jobId));
  if (!row) throw errors.notFound('report');
  return { row, tx };
}

/** Status and progress of a report job the caller started. */
export async function funderReportStatus(ctx: Ctx, programmeId: string, jobId: string): Promise<ReportJob> {
  return presentJob((await loadJob(ctx, programmeId, jobId)).row);
}

/**
 * The finished PDF (409 report_not_ready before it is printed or when printing failed). Each download
 * is audited: the export event records that the report was made, not who took copies of it.
 */
export async function funderReportPdf(ctx: Ctx, programmeId: string, jobId: string): Promise<Buffer> {
  const { row, tx } = await loadJob(ctx, programmeId, jobId);
  const job = presentJob(row);
  const pdf = (row.result as { pdf?: string } | null)?.pdf;
  if (job.status !== 'done' || !pdf) throw errors.reportNotReady(job.status, job.error);
  await tx((trx) =>
    recordAudit(trx, ctx, { action: 'read', subjectType: 'funder_report', subjectId: jobId, programmeId, details: { format: 'pdf' } }),
  );
  return Buffer.from(pdf, 'base64');
}

/** The report as an Excel workbook, built at once (no browser is needed). Audited as an export. */
export async function funderReportXlsx(ctx: Ctx, programmeId: string, q: FunderReportQuery): Promise<Buffer> {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'report.generate');
  const snapshot = await reportSnapshot(ctx, tx, programmeId, q, copenhagenToday());
  await tx((trx) =>
    recordAudit(trx, ctx, { action: 'export', subjectType: 'funder_report', programmeId, details: { ...period(q), format: 'xlsx' } }),
  );
  return reportXlsx(snapshot);
}
