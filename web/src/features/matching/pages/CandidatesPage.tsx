import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Forbidden } from '../../../ui/Forbidden.tsx';
import { Page, Section } from '../../../ui/Page.tsx';
import { useSession } from '../../../components/SessionContext.tsx';
import { Notice } from '../../../ui/Status.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { formatDate } from '../../../ui/format.ts';
import { QueryPage } from '../../../ui/QueryPage.tsx';
import { canManageMatching, canReadMatching } from '../access.ts';
import { adjustmentsQuery, type CandidateList, candidatesQuery } from '../api.ts';
import { AdjustForm, AdjustmentItem } from '../components/AdjustForm.tsx';
import { ExcludedSection } from '../components/Excluded.tsx';
import { ProposeButton } from '../components/Propose.tsx';
import { PriorityCell } from '../components/bits.tsx';
import { RankedTable } from '../components/RankedTable.tsx';
import matchingCss from '../matching.module.css';
import matching from '../matching.module.css';

type Props = { programmeId: string; openingId: string };

/** Ranked candidates for one opening, with every reason visible; the coordinator acts per row. */
export function CandidatesPage({ programmeId, openingId }: Props) {
  const { t } = useTranslation();
  const me = useSession();
  const allowed = canReadMatching(me, programmeId);
  const list = useQuery({ ...candidatesQuery(programmeId, openingId), enabled: allowed });
  if (!allowed) return <Forbidden />;
  return (
    <QueryPage title={t('matching.candidates.loadingTitle')} query={list}>
      {(data) => <CandidatesView programmeId={programmeId} data={data} />}
    </QueryPage>
  );
}

function CandidatesView({ programmeId, data }: { programmeId: string; data: CandidateList }) {
  const { t } = useTranslation();
  const me = useSession();
  const manage = canManageMatching(me, programmeId);
  const [notice, setNotice] = useState<string | null>(null);
  const o = data.opening;
  const adjustments = useQuery({ ...adjustmentsQuery(programmeId, { openingId: o.id }), enabled: manage });
  const names = new Map([
    ...data.results.map((r) => [r.participant.id, r.participant.name] as const),
    ...data.excluded.items.map((e) => [e.id, e.label] as const),
    ...data.hidden.map((h) => [h.id, h.label] as const),
  ]);
  return (
    <Page title={t('matching.candidates.title', { title: o.title })} lead={t('matching.common.advice')} wide>
      <p className={matching['mt-toolbar']}>
        <Link to="/programmes/$programmeId/openings/$openingId" params={{ programmeId, openingId: o.id }}>
          {t('matching.candidates.back')}
        </Link>
        <Link to="/programmes/$programmeId/matchrunder" params={{ programmeId }}>
          {t('matching.links.rounds')}
        </Link>
      </p>
      <p className={matching['mt-meta']}>
        {[
          o.companyName,
          t('matching.common.competitionValue', {
            candidates: t('matching.common.candidates', { count: data.competition.candidates }),
            places: t('matching.common.places', { count: data.competition.places }),
          }),
          t('matching.common.weightSet', data.weightSet),
          t('matching.common.onDate', { date: formatDate(data.onDate, currentLocale()) }),
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <p className={matching['mt-muted']}>{t('matching.common.priorityNote')}</p>
      <Notice>{notice}</Notice>
      {data.results.length === 0 ? (
        <p>{t('matching.candidates.empty')}</p>
      ) : (
        <RankedTable
          caption={t('matching.candidates.caption')}
          rows={data.results}
          rowKey={(r) => r.participant.id}
          subject={{
            header: t('matching.common.name'),
            label: (r) => r.participant.name,
            cell: (r) => (
              <>
                <Link to="/programmes/$programmeId/participants/$participantId" params={{ programmeId, participantId: r.participant.id }}>
                  {r.participant.name}
                </Link>
                <span className={matchingCss['mt-muted']}> · {r.participant.siteName}</span>
              </>
            ),
          }}
          extra={{ header: t('matching.common.priority'), cell: (r) => <PriorityCell priority={r.priority} /> }}
          actions={
            manage
              ? (r) => (
                  <>
                    <ProposeButton
                      programmeId={programmeId}
                      participantId={r.participant.id}
                      openingId={o.id}
                      label={r.participant.name}
                      evidence={r}
                    />
                    <AdjustForm
                      programmeId={programmeId}
                      openingId={o.id}
                      participantId={r.participant.id}
                      label={r.participant.name}
                      onDone={setNotice}
                    />
                  </>
                )
              : undefined
          }
        />
      )}
      <ExcludedSection
        meta={data}
        action={(e) =>
          manage && !e.failure.legal ? (
            <AdjustForm programmeId={programmeId} openingId={o.id} participantId={e.id} label={e.label} allowOverride onDone={setNotice} />
          ) : null
        }
      />
      {manage && (adjustments.data?.adjustments.length ?? 0) > 0 && (
        <Section title={t('matching.adjust.current')} id="mt-adjustments">
          <ul className="mt-adjustments">
            {adjustments.data?.adjustments.map((a) => (
              <AdjustmentItem
                key={a.id}
                programmeId={programmeId}
                adjustment={a}
                label={names.get(a.participantId) ?? a.participantId}
                onDone={setNotice}
              />
            ))}
          </ul>
        </Section>
      )}
    </Page>
  );
}
