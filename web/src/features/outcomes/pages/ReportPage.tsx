import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../access.ts';
import { ApiError } from '../../../api.ts';
import { Forbidden } from '../../../ui/Forbidden.tsx';
import { Page, Section } from '../../../ui/Page.tsx';
import { useSession } from '../../../components/SessionContext.tsx';
import { QueryError, QueryStatus } from '../../../ui/Status.tsx';
import { useProgrammeName } from '../../../ui/useProgrammeName.ts';
import { type OutcomeFilters, paths, reportHtmlQuery, reportJobQuery, startReport } from '../api.ts';
import { Filters } from '../components/Filters.tsx';
import buttons from '../../../ui/buttons.module.css';
import outcomes from '../outcomes.module.css';
import alerts from '../../../ui/alerts.module.css';
import { cx } from '../../../ui/cx.ts';

/**
 * `/programmes/$programmeId/resultater/rapport`: the funder report. The preview is the server's
 * report HTML in a sandboxed frame (no scripts, its own origin), which is exactly what Chromium
 * prints; the PDF is printed in a background job with its progress shown; Excel downloads at once.
 */
export function ReportPage({ programmeId, filters }: { programmeId: string; filters: OutcomeFilters }) {
  const { t } = useTranslation();
  const me = useSession();
  const allowed = can(me, 'report.generate', programmeId);
  const html = useQuery({ ...reportHtmlQuery(programmeId, filters), enabled: allowed });
  const programmeName = useProgrammeName(programmeId);
  if (!allowed) return <Forbidden />;
  return (
    <Page title={t('outcomes.report.title')} lead={programmeName} wide>
      <p>
        <Link to="/programmes/$programmeId/resultater" params={{ programmeId }} search={filters}>
          {t('outcomes.report.back')}
        </Link>
      </p>
      <Filters programmeId={programmeId} filters={filters} to="/programmes/$programmeId/resultater/rapport" />
      <Section id="oc-downloads" title={t('outcomes.report.downloads')}>
        <PdfJob key={JSON.stringify(filters)} programmeId={programmeId} filters={filters} />
        <p>
          <a className={cx(buttons.button, buttons['button--secondary'])} href={paths.reportXlsx(programmeId, filters)} download>
            {t('outcomes.report.excel')}
          </a>
        </p>
      </Section>
      <Section id="oc-preview" title={t('outcomes.report.preview')}>
        <QueryStatus query={html} />
        {html.data && <iframe className={outcomes['oc-preview']} title={t('outcomes.report.previewFrame')} sandbox="" srcDoc={html.data} />}
      </Section>
    </Page>
  );
}

function PdfJob({ programmeId, filters }: { programmeId: string; filters: OutcomeFilters }) {
  const { t } = useTranslation();
  const [jobId, setJobId] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const [startError, setStartError] = useState<unknown>(null);
  const job = useQuery({ ...reportJobQuery(programmeId, jobId ?? ''), enabled: jobId !== null });
  const start = async () => {
    setStarting(true);
    setStartError(null);
    try {
      setJobId((await startReport(programmeId, filters)).jobId);
    } catch (err) {
      setStartError(err);
    } finally {
      setStarting(false);
    }
  };
  const status = job.data?.status;
  const running = jobId !== null && status !== 'done' && status !== 'failed';
  return (
    <div className="oc-pdf">
      <p>
        <button type="button" className={buttons.button} onClick={start} disabled={starting || running}>
          {t('outcomes.report.makePdf')}
        </button>
      </p>
      {startError !== null && <QueryError error={startError} />}
      {jobId !== null && (
        <div className={outcomes['oc-progress']} role="status">
          {running && (
            <>
              <label htmlFor="oc-progress-bar">{t('outcomes.report.printing')}</label>{' '}
              <progress id="oc-progress-bar" max={100} value={job.data?.progress ?? 0}>
                {job.data?.progress ?? 0} %
              </progress>
            </>
          )}
          {status === 'done' && (
            <a className={buttons.button} href={paths.reportPdf(programmeId, jobId)} download>
              {t('outcomes.report.downloadPdf')}
            </a>
          )}
          {status === 'failed' && (
            <p className={cx(alerts.alert, alerts['alert--error'])}>{t(`errors.${job.data?.error ?? 'report_failed'}`)}</p>
          )}
          {job.isError && !(job.error instanceof ApiError && job.error.status === 404) && <QueryError error={job.error} />}
        </div>
      )}
    </div>
  );
}
