import { sql } from 'kysely';
import type { Tx } from '../../../db/tenant.ts';
import { enqueueWithId, setJobProgress } from '../../lib/jobs.ts';

/** The funder report's queue; one job prints one PDF. */
export const REPORT_QUEUE = 'reports.funder';

export function programmeName(trx: Tx, programmeId: string) {
  return trx.selectFrom('programmes').select('name').where('id', '=', programmeId).executeTakeFirst();
}

export function siteName(trx: Tx, programmeId: string, siteId: string) {
  return trx
    .selectFrom('sites')
    .select('name')
    .where((eb) => eb.and({ programme_id: programmeId, id: siteId }))
    .executeTakeFirst();
}

/** Queues a report job (in the caller's transaction) and returns its id, which the UI polls. */
export async function insertReportJob(trx: Tx, payload: Record<string, unknown>): Promise<string> {
  return enqueueWithId(trx, REPORT_QUEUE, payload, { maxAttempts: 1 });
}

/** A report job's row as its status is built from (never the PDF itself). */
export interface ReportJobRow {
  id: string;
  done_at: Date | null;
  failed_at: Date | null;
  last_error: string | null;
  progress: unknown;
  result: unknown;
  attempts: number;
}

/**
 * A report job of this programme requested by this user. Jobs have no RLS (they are not programme
 * data), so the programme and requester are matched here: a job is its requester's, like a download.
 */
export async function findReportJob(trx: Tx, programmeId: string, userId: string, jobId: string) {
  const rows = await sql<ReportJobRow>`
    SELECT id, done_at, failed_at, last_error, progress, result, attempts FROM jobs
    WHERE id = ${jobId}::bigint AND queue = ${REPORT_QUEUE}
      AND payload->>'programmeId' = ${programmeId} AND payload->>'userId' = ${userId}`.execute(trx);
  return rows.rows[0];
}

/** Progress as the job moves along (runs as the system role: the job has no request user). */
export async function setProgress(trx: Tx, jobId: string, percent: number): Promise<void> {
  await setJobProgress(trx, jobId, { percent });
}
