import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Forbidden } from '../../../ui/Forbidden.tsx';
import { Page } from '../../../ui/Page.tsx';
import { useSession } from '../../../components/SessionContext.tsx';
import { Loading, QueryError } from '../../../ui/Status.tsx';
import { programmeQuery } from '../../../queries.ts';
import { canManageParticipants, canReadParticipants } from '../access.ts';
import { TodoSection } from '../components/TodoSection.tsx';
import { participantRoute } from '../params.ts';
import participants from '../participants.module.css';

/** The coordinator's front page for one programme: where to start the day. */
export function ProgrammeOverviewPage() {
  const { t } = useTranslation();
  const me = useSession();
  const { programmeId } = participantRoute.overview.useParams();
  const allowed = canReadParticipants(me, programmeId);
  const programme = useQuery({ ...programmeQuery(programmeId), enabled: allowed });
  if (!allowed) return <Forbidden />;
  if (programme.isPending) return <Loading />;
  if (programme.isError) return <QueryError error={programme.error} />;

  return (
    <Page title={programme.data.name} lead={t('participants.overview.lead')} wide>
      <ul className={participants['quick-links']}>
        <li>
          <Link to="/programmes/$programmeId/participants" params={{ programmeId }} className={participants['quick-links__link']}>
            {t('participants.overview.allParticipants')}
          </Link>
        </li>
        <li>
          <Link
            to="/programmes/$programmeId/participants"
            params={{ programmeId }}
            search={{ needsAttention: true }}
            className={participants['quick-links__link']}
          >
            {t('participants.overview.needsAttention')}
          </Link>
        </li>
        {canManageParticipants(me, programmeId) && (
          <li>
            <Link to="/programmes/$programmeId/participants/new" params={{ programmeId }} className={participants['quick-links__link']}>
              {t('participants.list.new')}
            </Link>
          </li>
        )}
      </ul>
      <TodoSection programmeId={programmeId} />
    </Page>
  );
}
