import { useQuery } from '@tanstack/react-query';
import { Link, Navigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Section } from '../../../ui/Page.tsx';
import { useSession } from '../../../components/SessionContext.tsx';
import { Notice } from '../../../ui/Status.tsx';
import { QueryPage } from '../../../ui/QueryPage.tsx';
import { canReadPlacements, takesPartAsEmployer } from '../access.ts';
import { type PlacementDetail, placementQuery } from '../api.ts';
import { AgreementFacts, Ending, MatchReasons, StatusBadge, Timeline } from '../components/bits.tsx';
import { Documents } from '../components/Documents.tsx';
import { FollowUps } from '../components/FollowUps.tsx';
import { GuardianClearance } from '../components/GuardianClearance.tsx';
import { MentorHours } from '../components/MentorHours.tsx';
import { PlacementActions } from '../components/PlacementActions.tsx';
import { PlacementSupport } from '../components/Support.tsx';
import { personName } from '../vocab.ts';
import placements from '../placements.module.css';
import cards from '../../../ui/cards.module.css';
import layout from '../../../ui/layout.module.css';
import { cx } from '../../../ui/cx.ts';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { ProgrammeCrumb } from '../../../ui/ProgrammeCrumb.tsx';

/**
 * The coordinator's page for one placement. The e-mails link here for everyone on the placement,
 * so employer contacts and mentors are sent on to their portal's page, and the person to `/mig`.
 */
export function PlacementPage({ programmeId, placementId }: { programmeId: string; placementId: string }) {
  const { t } = useTranslation();
  const me = useSession();
  const staff = canReadPlacements(me, programmeId);
  const placement = useQuery({ ...placementQuery(programmeId, placementId), enabled: staff });
  if (!staff) {
    if (takesPartAsEmployer(me)) return <Navigate to="/virksomhed/forloeb/$placementId" params={{ placementId }} replace />;
    return <Navigate to="/mig" replace />;
  }
  return (
    <QueryPage title={t('placements.page.loadingTitle')} query={placement}>
      {(p) => <PlacementView p={p} />}
    </QueryPage>
  );
}

function PlacementView({ p }: { p: PlacementDetail }) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<string | null>(null);
  const name = personName(p);
  const running = p.status === 'agreed' || p.status === 'active' || p.status === 'completed' || p.status === 'ended_early';
  return (
    <PageHeader
      crumbs={
        <>
          <ProgrammeCrumb programmeId={p.programmeId} />
          <Link to="/programmes/$programmeId/placements" params={{ programmeId: p.programmeId }}>
            {t('placements.list.title')}
          </Link>
        </>
      }
      title={t('placements.page.title', { name, title: p.opening.title })}
      wide
    >
      {p.activatedAt && (
        <p className={placements['pl-crumbs']}>
          <Link to="/programmes/$programmeId/placements/$placementId/timer" params={{ programmeId: p.programmeId, placementId: p.id }}>
            {t('hours.links.timesheet')}
          </Link>
        </p>
      )}
      <Notice>{notice}</Notice>
      <dl className={cx(cards.facts, placements['pl-facts'])}>
        <dt>{t('placements.fields.status')}</dt>
        <dd>
          <StatusBadge status={p.status} />
          {p.status === 'proposed' && (
            <span className={layout.muted}>
              {' '}
              · {p.participantAcceptedAt ? t('placements.page.saidYes') : t('placements.page.awaitingYes')}
            </span>
          )}
        </dd>
        <dt>{t('placements.fields.participant')}</dt>
        <dd>
          {p.participant && (
            <Link
              to="/programmes/$programmeId/participants/$participantId"
              params={{ programmeId: p.programmeId, participantId: p.participant.id }}
            >
              {name}
            </Link>
          )}
        </dd>
        <dt>{t('placements.fields.opening')}</dt>
        <dd>
          <Link to="/programmes/$programmeId/openings/$openingId" params={{ programmeId: p.programmeId, openingId: p.opening.id }}>
            {p.opening.title}
          </Link>{' '}
          · {p.opening.organisationName} · {p.opening.workplaceName}
        </dd>
      </dl>
      <MatchReasons p={p} />
      <Ending p={p} />
      <Section id="next" title={t('placements.page.nextTitle')}>
        {p.allowedActions.length === 0 ? (
          <p className={layout.muted}>{t('placements.page.noNext')}</p>
        ) : (
          <PlacementActions p={p} onDone={setNotice} />
        )}
      </Section>
      {p.status === 'agreed' && <GuardianClearance p={p} />}
      {p.agreement && (
        <Section id="agreement" title={t('placements.agreement.factsTitle')}>
          <AgreementFacts p={p} />
        </Section>
      )}
      <Documents p={p} />
      <FollowUps p={p} />
      <MentorHours p={p} />
      {running && (
        <Section id="support" title={t('placements.support.onPlacement')}>
          <PlacementSupport p={p} linked />
        </Section>
      )}
      <Section id="timeline" title={t('placements.page.timeline')}>
        <Timeline events={p.events} />
      </Section>
    </PageHeader>
  );
}
