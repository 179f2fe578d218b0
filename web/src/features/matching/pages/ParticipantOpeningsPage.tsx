import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Forbidden } from '../../../ui/Forbidden.tsx';
import { Page } from '../../../ui/Page.tsx';
import { useSession } from '../../../components/SessionContext.tsx';
import { Notice } from '../../../ui/Status.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { formatDate } from '../../../ui/format.ts';
import { QueryPage } from '../../../ui/QueryPage.tsx';
import { canManageMatching, canReadMatching } from '../access.ts';
import { type OpeningList, participantOpeningsQuery } from '../api.ts';
import { AdjustForm } from '../components/AdjustForm.tsx';
import { ExcludedSection } from '../components/Excluded.tsx';
import { ProposeButton } from '../components/Propose.tsx';
import { PriorityCell } from '../components/bits.tsx';
import { RankedTable } from '../components/RankedTable.tsx';
import matchingCss from '../matching.module.css';
import matching from '../matching.module.css';

type Props = { programmeId: string; participantId: string };

/** "Jobforslag": open openings ranked for one person, congestion shown beside the fit. */
export function ParticipantOpeningsPage({ programmeId, participantId }: Props) {
  const { t } = useTranslation();
  const me = useSession();
  const allowed = canReadMatching(me, programmeId);
  const list = useQuery({ ...participantOpeningsQuery(programmeId, participantId), enabled: allowed });
  if (!allowed) return <Forbidden />;
  return (
    <QueryPage title={t('matching.openings.loadingTitle')} query={list}>
      {(data) => <OpeningsView programmeId={programmeId} data={data} />}
    </QueryPage>
  );
}

function OpeningsView({ programmeId, data }: { programmeId: string; data: OpeningList }) {
  const { t } = useTranslation();
  const me = useSession();
  const manage = canManageMatching(me, programmeId);
  const [notice, setNotice] = useState<string | null>(null);
  const p = data.participant;
  return (
    <Page title={t('matching.openings.title', { name: p.name })} lead={t('matching.common.advice')} wide>
      <p className={matching['mt-toolbar']}>
        <Link to="/programmes/$programmeId/participants/$participantId" params={{ programmeId, participantId: p.id }}>
          {t('matching.openings.back')}
        </Link>
      </p>
      <p className={matching['mt-meta']}>
        {[
          p.siteName,
          t('matching.common.weightSet', data.weightSet),
          t('matching.common.onDate', { date: formatDate(data.onDate, currentLocale()) }),
        ].join(' · ')}
      </p>
      <p className={matching['mt-muted']}>{t('matching.openings.lead')}</p>
      <Notice>{notice}</Notice>
      {data.results.length === 0 ? (
        <p>{t('matching.openings.empty')}</p>
      ) : (
        <RankedTable
          caption={t('matching.openings.caption')}
          rows={data.results}
          rowKey={(r) => r.opening.id}
          subject={{
            header: t('matching.common.opening'),
            label: (r) => r.opening.title,
            cell: (r) => (
              <>
                <Link to="/programmes/$programmeId/openings/$openingId" params={{ programmeId, openingId: r.opening.id }}>
                  {r.opening.title}
                </Link>
                {r.opening.companyName && <span className={matchingCss['mt-muted']}> · {r.opening.companyName}</span>}
              </>
            ),
          }}
          extra={{
            header: t('matching.common.competition'),
            cell: (r) =>
              r.congestion
                ? t('matching.common.congestionValue', {
                    competitors: t('matching.common.competitors', { count: r.congestion.competitors }),
                    places: t('matching.common.places', { count: r.congestion.places }),
                  })
                : t('matching.common.noPriority'),
          }}
          actions={
            manage
              ? (r) => (
                  <>
                    <ProposeButton
                      programmeId={programmeId}
                      participantId={p.id}
                      openingId={r.opening.id}
                      label={r.opening.title}
                      evidence={r}
                    />
                    <AdjustForm
                      programmeId={programmeId}
                      openingId={r.opening.id}
                      participantId={p.id}
                      label={r.opening.title}
                      onDone={setNotice}
                    />
                  </>
                )
              : undefined
          }
        />
      )}
      {data.results[0] && (
        <p>
          {t('matching.common.priority')}: <PriorityCell priority={data.results[0].priority} />
        </p>
      )}
      <ExcludedSection
        meta={data}
        action={(e) =>
          manage && !e.failure.legal ? (
            <AdjustForm programmeId={programmeId} openingId={e.id} participantId={p.id} label={e.label} allowOverride onDone={setNotice} />
          ) : null
        }
      />
    </Page>
  );
}
