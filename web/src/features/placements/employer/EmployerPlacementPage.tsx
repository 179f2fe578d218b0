import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Forbidden } from '../../../ui/Forbidden.tsx';
import { Page, Section } from '../../../ui/Page.tsx';
import { useSession } from '../../../components/SessionContext.tsx';
import { Loading, Notice } from '../../../ui/Status.tsx';
import { NotFoundPage } from '../../../ui/NotFoundPage.tsx';
import { Disclosure } from '../../../ui/Disclosure.tsx';
import { QueryPage } from '../../../ui/QueryPage.tsx';
import { takesPartAsEmployer } from '../access.ts';
import { myPlacementsQuery, type PlacementDetail, placementQuery } from '../api.ts';
import { AgreementFacts, Ending, MatchReasons, StatusBadge, Timeline } from '../components/bits.tsx';
import { Documents } from '../components/Documents.tsx';
import { MentorHours } from '../components/MentorHours.tsx';
import { PlacementActions } from '../components/PlacementActions.tsx';
import { PlacementSupport, RaiseSupportForm } from '../components/Support.tsx';
import { firstName } from '../vocab.ts';
import { CandidateFacts } from './candidate.tsx';
import placementsCss from '../placements.module.css';
import layout from '../../../ui/layout.module.css';

/**
 * `/virksomhed/forloeb/$placementId`: one candidate or placement as the employer contact or mentor
 * sees it. The URL carries no programme, so the caller's own list says which programme it is in.
 */
export function EmployerPlacementPage({ placementId }: { placementId: string }) {
  const { t } = useTranslation();
  const me = useSession();
  const allowed = takesPartAsEmployer(me);
  const mine = useQuery({ ...myPlacementsQuery, enabled: allowed });
  const programmeId = mine.data?.placements.find((p) => p.id === placementId)?.programmeId ?? '';
  const detail = useQuery({ ...placementQuery(programmeId, placementId), enabled: programmeId !== '' });
  if (!allowed) return <Forbidden />;
  if (mine.isPending) {
    return (
      <Page title={t('placements.page.loadingTitle')}>
        <Loading />
      </Page>
    );
  }
  if (!programmeId) return <NotFoundPage />;
  return (
    <QueryPage title={t('placements.page.loadingTitle')} query={detail}>
      {(p) => <EmployerPlacementView p={p} />}
    </QueryPage>
  );
}

function EmployerPlacementView({ p }: { p: PlacementDetail }) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<string | null>(null);
  const running = p.status === 'agreed' || p.status === 'active';
  return (
    <Page title={t('placements.employer.pageTitle', { name: firstName(p), title: p.opening.title })}>
      <p className={placementsCss['pl-crumbs']}>
        <Link to="/virksomhed/forloeb">{t('placements.employer.title')}</Link>
        {p.activatedAt && (
          <>
            {' · '}
            <Link to="/virksomhed/forloeb/$placementId/timer" params={{ placementId: p.id }}>
              {t('hours.links.timesheet')}
            </Link>
          </>
        )}
      </p>
      <Notice>{notice}</Notice>
      <p>
        {t('placements.fields.status')}: <StatusBadge status={p.status} />
      </p>
      <p className={layout.muted}>
        {p.opening.organisationName} · {p.opening.workplaceName}
      </p>
      <CandidateFacts p={p} />
      <MatchReasons p={p} />
      <Ending p={p} />
      {p.allowedActions.length > 0 && (
        <Section id="next" title={t('placements.employer.nextTitle')}>
          <PlacementActions p={p} onDone={setNotice} />
        </Section>
      )}
      {p.agreement && (
        <Section id="agreement" title={t('placements.agreement.factsTitle')}>
          <AgreementFacts p={p} />
        </Section>
      )}
      {p.actingAs === 'employer' && <Documents p={p} />}
      {p.actingAs === 'mentor' && <MentorHours p={p} />}
      {(running || p.status === 'completed' || p.status === 'ended_early') && (
        <Section id="support" title={t('placements.support.onPlacement')}>
          <PlacementSupport p={p} linked />
          {running && (
            <Disclosure title={t('placements.support.raise')}>
              <RaiseSupportForm p={p} onDone={setNotice} />
            </Disclosure>
          )}
        </Section>
      )}
      <Section id="timeline" title={t('placements.page.timeline')}>
        <Timeline events={p.events} />
      </Section>
    </Page>
  );
}
