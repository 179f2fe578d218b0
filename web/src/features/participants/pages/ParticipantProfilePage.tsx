import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { can } from '../../../access.ts';
import { ApiError } from '../../../api.ts';
import { Forbidden } from '../../../ui/Forbidden.tsx';
import { Page } from '../../../ui/Page.tsx';
import { useSession } from '../../../components/SessionContext.tsx';
import { Loading, QueryError } from '../../../ui/Status.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { type Programme, programmeQuery } from '../../../queries.ts';
import { type Participant, participantQuery } from '../api.ts';
import { canManageParticipants, canReadParticipants } from '../access.ts';
import { ConsentsSection } from '../components/ConsentsSection.tsx';
import { DataSection } from '../components/DataSection.tsx';
import { GuardiansSection } from '../components/GuardiansSection.tsx';
import { JourneySection } from '../components/JourneySection.tsx';
import { PortalSection } from '../components/PortalSection.tsx';
import { ProfileFacts } from '../components/ProfileFacts.tsx';
import { TalksSection } from '../components/TalksSection.tsx';
import { participantRoute } from '../params.ts';
import { fullName, ladderLabel } from '../vocab.ts';
import participants from '../participants.module.css';
import buttons from '../../../ui/buttons.module.css';
import alerts from '../../../ui/alerts.module.css';
import { cx } from '../../../ui/cx.ts';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { ProgrammeCrumb } from '../../../ui/ProgrammeCrumb.tsx';

/** One participant: facts, journey, guardians, consents, talks, portal access and data protection. */
export function ParticipantProfilePage() {
  const me = useSession();
  const { programmeId, participantId } = participantRoute.profile.useParams();
  const allowed = canReadParticipants(me, programmeId);
  const participant = useQuery({ ...participantQuery(programmeId, participantId), enabled: allowed });
  const programme = useQuery({ ...programmeQuery(programmeId), enabled: allowed });
  if (!allowed) return <Forbidden />;
  if (participant.isPending) return <Loading />;
  if (participant.isError) return <ProfileError programmeId={programmeId} error={participant.error} />;

  return (
    <Profile
      p={participant.data}
      sites={programme.data?.sites ?? []}
      partners={programme.data?.partners ?? []}
      canManage={canManageParticipants(me, programmeId)}
    />
  );
}

function ProfileError({ programmeId, error }: { programmeId: string; error: unknown }) {
  const { t } = useTranslation();
  // A merged record answers 410 with the survivor's id: old links and bookmarks lead on to it.
  const mergedInto =
    error instanceof ApiError && error.code === 'participant_merged'
      ? (error.details as { mergedInto?: string } | undefined)?.mergedInto
      : undefined;
  return (
    <Page title={t(mergedInto ? 'participants.profile.mergedTitle' : 'participants.profile.errorTitle')}>
      {mergedInto ? (
        <p>
          {t('participants.profile.mergedLead')}{' '}
          <Link to="/programmes/$programmeId/participants/$participantId" params={{ programmeId, participantId: mergedInto }}>
            {t('participants.profile.openMerged')}
          </Link>
        </p>
      ) : (
        <QueryError error={error} />
      )}
      <p>
        <Link to="/programmes/$programmeId/participants" params={{ programmeId }}>
          {t('participants.list.back')}
        </Link>
      </p>
    </Page>
  );
}

type Props = { p: Participant; sites: { id: string; name: string }[]; partners: Programme['partners']; canManage: boolean };

function Profile({ p, sites, partners, canManage }: Props) {
  const { t } = useTranslation();
  const me = useSession();
  const locale = currentLocale();
  const writable = canManage && !p.anonymisedAt;
  const siteName = (id: string) => sites.find((s) => s.id === id)?.name ?? '';
  const showGuardians = p.kind === 'youth' && (canManage || p.visibleCategories.includes('guardians'));
  const showTalks = canManage || p.visibleCategories.includes('talks');
  const sections: Array<[id: string, label: string, shown: boolean]> = [
    ['facts', t('participants.profile.factsTitle'), true],
    ['journey', t('participants.timeline.title'), true],
    ['guardians', t('participants.guardians.title'), showGuardians],
    ['consents', t('participants.consents.title'), canManage],
    ['talks', t('participants.talks.title'), showTalks],
    ['portal', t('participants.portal.title'), writable],
    ['data', t('participants.data.title'), canManage],
  ];

  return (
    <PageHeader
      crumbs={
        <>
          <ProgrammeCrumb programmeId={p.programmeId} />
          <Link to="/programmes/$programmeId/participants" params={{ programmeId: p.programmeId }}>
            {t('participants.list.title')}
          </Link>
        </>
      }
      title={fullName(p)}
      // An anonymised person keeps the status they had (the statistics count it), but is no longer in the programme.
      lead={`${t(`participants.kinds.${p.kind}`)} · ${ladderLabel(t, p)} · ${p.anonymisedAt ? t('participants.statuses.anonymised') : t(`participants.statuses.${p.status}`)}`}
      wide
    >
      <div className={participants['p-toolbar']}>
        <Link to="/programmes/$programmeId/participants" params={{ programmeId: p.programmeId }}>
          {t('participants.list.back')}
        </Link>
        {writable && (
          <Link
            to="/programmes/$programmeId/participants/$participantId/edit"
            params={{ programmeId: p.programmeId, participantId: p.id }}
            className={cx(buttons.button, buttons['button--secondary'])}
          >
            {t('participants.profile.edit')}
          </Link>
        )}
        {writable && can(me, 'placement.manage', p.programmeId) && (
          <Link to="/programmes/$programmeId/placements/new" params={{ programmeId: p.programmeId }} search={{ participantId: p.id }}>
            {t('placements.links.proposeFromProfile')}
          </Link>
        )}
        {can(me, 'matching.read', p.programmeId) && p.status === 'active' && !p.anonymisedAt && (
          <Link
            to="/programmes/$programmeId/participants/$participantId/jobforslag"
            params={{ programmeId: p.programmeId, participantId: p.id }}
          >
            {t('matching.links.openings')}
          </Link>
        )}
      </div>
      {p.anonymisedAt && (
        <div className={alerts.alert} role="status">
          <p>{t('participants.profile.anonymisedOn', { date: formatDateTime(p.anonymisedAt, locale, false) })}</p>
        </div>
      )}
      <nav className={participants['p-onpage']} aria-label={t('participants.profile.onThisPage')}>
        <ul className={participants['p-onpage__list']}>
          {sections
            .filter(([, , shown]) => shown)
            .map(([id, label]) => (
              <li key={id}>
                <a href={`#${id}-title`}>{label}</a>
              </li>
            ))}
        </ul>
      </nav>
      <div className={participants['p-profile']}>
        <ProfileFacts p={p} siteName={siteName(p.siteId)} />
        <JourneySection p={p} writable={writable} />
        {showGuardians && <GuardiansSection p={p} writable={writable} />}
        {canManage && <ConsentsSection p={p} partners={partners} writable={writable} />}
        {showTalks && <TalksSection p={p} writable={writable} />}
        {writable && <PortalSection p={p} />}
        {canManage && <DataSection p={p} siteName={siteName} />}
      </div>
    </PageHeader>
  );
}
