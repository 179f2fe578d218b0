import { z } from 'zod';
import { dashboardQuery } from './outcomes.ts';

/**
 * Request and response shapes of the funder report (server/modules/reports). The report takes the
 * dashboard's filters, so "the report for what I see" is the same query string.
 */
export const funderReportQuery = dashboardQuery;
export type FunderReportQuery = z.infer<typeof funderReportQuery>;

export const REPORT_JOB_STATUSES = ['queued', 'running', 'done', 'failed'] as const;

export const reportJob = z.object({
  jobId: z.string(),
  status: z.enum(REPORT_JOB_STATUSES),
  /** 0–100, for the progress bar. */
  progress: z.number(),
  /** A stable code when the job failed (chromium_unavailable, report_failed). */
  error: z.string().nullable(),
  /** Size of the finished PDF in bytes. */
  bytes: z.number().nullable(),
});
export type ReportJob = z.infer<typeof reportJob>;

export const reportJobParams = z.object({ programmeId: z.uuid(), jobId: z.string().regex(/^\d{1,18}$/) });
