import type { Services } from '../../http/context.ts';
import type { ReportSnapshot } from './data.ts';
import { printPdf } from './pdf.ts';
import { snapshotHtml } from './render.ts';
import { setProgress } from './repository.ts';
import { systemTx } from '../../lib/access/index.ts';

/**
 * The `reports.funder` job: draws the snapshot's charts (ECharts SSR), renders the HTML and has
 * Chromium print it. The PDF goes into the job's result (base64; a report is a few hundred KB),
 * from where the requester downloads it. Progress is written between the steps for the UI.
 */
export async function runFunderReport(services: Services, payload: Record<string, unknown>, job: { id: string }) {
  const snapshot = payload.snapshot as ReportSnapshot;
  const progress = (percent: number) => systemTx(services.db, (trx) => setProgress(trx, job.id, percent));
  await progress(10);
  const html = snapshotHtml(snapshot);
  await progress(40);
  const pdf = await printPdf(html, services.config.CHROMIUM_PATH);
  await progress(95);
  return { pdf: pdf.toString('base64'), bytes: pdf.length };
}
