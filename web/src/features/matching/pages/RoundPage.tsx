import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Forbidden } from '../../../ui/Forbidden.tsx';
import { Section } from '../../../ui/Page.tsx';
import { useSession } from '../../../components/SessionContext.tsx';
import { Loading, Notice } from '../../../ui/Status.tsx';
import { SubmitButton } from '../../../ui/SubmitButton.tsx';
import { Table } from '../../../ui/Table.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { errorMessage } from '../../../lib/errors.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { QueryPage } from '../../../ui/QueryPage.tsx';
import { ConfirmButton } from '../../../ui/ConfirmDialog.tsx';
import { canManageMatching, canReadMatching } from '../access.ts';
import { type RoundDetail, roundQuery, usePublish, useRerun } from '../api.ts';
import { AdjustForm } from '../components/AdjustForm.tsx';
import { RoundReport } from '../components/RoundReport.tsx';
import { WhyPanel } from '../components/WhyPanel.tsx';
import { percent, RoundStatus, ScoreCell } from '../components/bits.tsx';
import { Disclosure } from '../../../ui/Disclosure.tsx';
import matching from '../matching.module.css';
import alerts from '../../../ui/alerts.module.css';
import buttons from '../../../ui/buttons.module.css';
import { cx } from '../../../ui/cx.ts';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { ProgrammeCrumb } from '../../../ui/ProgrammeCrumb.tsx';

/** One round: progress while the job runs, then the report, the matches and the coordinator's decisions. */
export function RoundPage({ programmeId, roundId }: { programmeId: string; roundId: string }) {
  const { t } = useTranslation();
  const me = useSession();
  const allowed = canReadMatching(me, programmeId);
  const round = useQuery({ ...roundQuery(programmeId, roundId), enabled: allowed });
  if (!allowed) return <Forbidden />;
  return (
    <QueryPage title={t('matching.round.loadingTitle')} query={round}>
      {(r) => <RoundView key={r.id} programmeId={programmeId} round={r} />}
    </QueryPage>
  );
}

function RoundView({ programmeId, round: r }: { programmeId: string; round: RoundDetail }) {
  const { t } = useTranslation();
  const me = useSession();
  const navigate = useNavigate();
  const manage = canManageMatching(me, programmeId);
  const rerun = useRerun(programmeId, r.id);
  const publish = usePublish(programmeId, r.id);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const locale = currentLocale();
  const busy = r.status === 'draft' || r.status === 'running';
  const matches = r.matches ?? [];
  const people = new Map([
    ...matches.map((m) => [m.participantId, m.participantName] as const),
    ...(r.report?.unmatched ?? []).map((u) => [u.participantId, u.name] as const),
  ]);
  const openings = new Map([
    ...matches.map((m) => [m.openingId, m.openingTitle] as const),
    ...(r.report?.fill ?? []).map((f) => [f.openingId, f.title] as const),
  ]);
  const names = { person: (id: string) => people.get(id) ?? id, opening: (id: string) => openings.get(id) ?? id };

  const again = () => {
    setError(null);
    rerun.mutate(undefined, {
      onSuccess: (next) =>
        void navigate({ to: '/programmes/$programmeId/matchrunder/$roundId', params: { programmeId, roundId: next.id } }),
      onError: (e) => setError(errorMessage(t, e)),
    });
  };

  return (
    <PageHeader
      crumbs={
        <>
          <ProgrammeCrumb programmeId={programmeId} />
          <Link to="/programmes/$programmeId/matchrunder" params={{ programmeId }}>
            {t('matching.rounds.title')}
          </Link>
        </>
      }
      title={t('matching.round.title', { date: formatDateTime(r.createdAt, locale, false) })}
      lead={t('matching.common.advice')}
      wide
    >
      <p className={matching['mt-toolbar']}>
        <Link to="/programmes/$programmeId/matchrunder" params={{ programmeId }}>
          {t('matching.round.list')}
        </Link>
        {r.previousRoundId && (
          <Link to="/programmes/$programmeId/matchrunder/$roundId" params={{ programmeId, roundId: r.previousRoundId }}>
            {t('matching.round.previous')}
          </Link>
        )}
      </p>
      <dl className={matching['mt-facts']}>
        <div>
          <dt>{t('matching.round.status')}</dt>
          <dd>
            <RoundStatus status={r.status} />
          </dd>
        </div>
        <div>
          <dt>{t('matching.round.mode')}</dt>
          <dd>{t(`matching.modes.${r.mode}`)}</dd>
        </div>
        <div>
          <dt>{t('matching.round.weightSet')}</dt>
          <dd>
            {r.weightSet.name} v{r.weightSet.version}
          </dd>
        </div>
      </dl>
      <Disclosure title={t('matching.round.advanced')}>
        <dl className={matching['mt-facts']}>
          <div>
            <dt>{t('matching.round.seed')}</dt>
            <dd data-testid="round-seed">{r.seed}</dd>
          </div>
          {r.mode === 'optimal' && (
            <div>
              <dt>{t('matching.round.lotteryShare')}</dt>
              <dd>{percent(r.lotteryShare)}</dd>
            </div>
          )}
        </dl>
        <p>{t('matching.round.seedHint')}</p>
      </Disclosure>
      {busy && (
        <div className={matching['mt-progress']}>
          <label htmlFor="mt-progress">{t('matching.round.progress')}</label>
          <progress id="mt-progress" max={100} value={r.progress}>
            {r.progress} %
          </progress>
          <Loading label={t(`matching.statuses.${r.status}`)} />
        </div>
      )}
      {r.status === 'failed' && (
        <div className={cx(alerts.alert, alerts['alert--error'])} role="alert">
          <p>{t('matching.round.failed', { error: r.error ?? '' })}</p>
        </div>
      )}
      <Notice>
        {r.status === 'published' && r.publication
          ? `${t('matching.round.published', { count: r.publication.created.length })}${r.publication.skipped.length > 0 ? ` ${t('matching.round.skipped', { count: r.publication.skipped.length })}` : ''}`
          : notice}
      </Notice>
      {r.status === 'published' && (
        <p>
          <Link to="/programmes/$programmeId/placements" params={{ programmeId }}>
            {t('matching.round.placements')}
          </Link>
        </p>
      )}
      {error && (
        <div className={cx(alerts.alert, alerts['alert--error'])} role="alert">
          <p>{error}</p>
        </div>
      )}
      {manage && !busy && (
        <div className={cx(buttons['form-actions'], 'mt-round-actions')}>
          <SubmitButton variant="secondary" pending={rerun.isPending} onPress={again}>
            {t('matching.round.rerun')}
          </SubmitButton>
          {r.status === 'ready' && (
            <ConfirmButton
              label={t('matching.round.publish')}
              title={t('matching.round.publishTitle')}
              confirmLabel={t('matching.round.publishConfirm')}
              onConfirm={() => publish.mutateAsync()}
            >
              <p>{t('matching.round.publishBody', { count: matches.length })}</p>
            </ConfirmButton>
          )}
        </div>
      )}
      {manage && !busy && <p className={matching['mt-muted']}>{t('matching.round.rerunHint')}</p>}
      {r.matches && (
        <Section title={t('matching.round.matches')} id="mt-matches">
          <Table caption={t('matching.round.matchesCaption')} minWidth="52rem">
            <thead>
              <tr>
                <th scope="col">{t('matching.common.name')}</th>
                <th scope="col">{t('matching.common.opening')}</th>
                <th scope="col">{t('matching.common.score')}</th>
                <th scope="col">{t('matching.round.via')}</th>
                <th scope="col">{t('matching.round.choice')}</th>
                <th scope="col">{t('matching.common.evidence')}</th>
                {manage && r.status === 'ready' && <th scope="col">{t('matching.common.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {r.matches.map((m) => {
                const label = `${m.participantName} – ${m.openingTitle}`;
                return (
                  <tr key={`${m.participantId}-${m.openingId}`}>
                    <th scope="row">{m.participantName}</th>
                    <td>{m.openingTitle}</td>
                    <td>
                      <ScoreCell score={m.score} />
                    </td>
                    <td>{t(`matching.via.${m.via}`)}</td>
                    <td>{m.choice ?? t('matching.common.noPriority')}</td>
                    <td>
                      <WhyPanel programmeId={programmeId} openingId={m.openingId} participantId={m.participantId} label={label} />
                    </td>
                    {manage && r.status === 'ready' && (
                      <td>
                        <AdjustForm
                          programmeId={programmeId}
                          openingId={m.openingId}
                          participantId={m.participantId}
                          label={label}
                          onDone={setNotice}
                        />
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </Table>
        </Section>
      )}
      {r.report && <RoundReport report={r.report} names={names} />}
    </PageHeader>
  );
}
