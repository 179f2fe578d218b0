import type { ReportJob } from '../../../shared/schemas/reports.ts';
import type { ReportJobRow as JobRow } from './repository.ts';

/** A job row as the report status; the PDF itself is never part of the status. */
export function presentJob(row: JobRow): ReportJob {
  const percent = (row.progress as { percent?: number } | null)?.percent ?? 0;
  const bytes = (row.result as { bytes?: number } | null)?.bytes ?? null;
  if (row.done_at) return { jobId: String(row.id), status: 'done', progress: 100, error: null, bytes };
  if (row.failed_at) {
    const code = /^chromium_unavailable/.test(row.last_error ?? '') ? 'chromium_unavailable' : 'report_failed';
    return { jobId: String(row.id), status: 'failed', progress: percent, error: code, bytes: null };
  }
  return { jobId: String(row.id), status: row.attempts > 0 ? 'running' : 'queued', progress: percent, error: null, bytes: null };
}
