import { useQuery } from '@tanstack/react-query';
import { Link, Navigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Forbidden } from '../../../ui/Forbidden.tsx';
import { Page } from '../../../ui/Page.tsx';
import { useSession } from '../../../components/SessionContext.tsx';
import { Loading } from '../../../ui/Status.tsx';
import { programmesQuery } from '../../../queries.ts';
import { canReadParticipants, participantProgrammeIds } from '../access.ts';
import cards from '../../../ui/cards.module.css';
import { cx } from '../../../ui/cx.ts';

/** "Deltagere" in the menu: straight to the list with one programme, a choice with several. */
export function ParticipantsIndexPage() {
  const { t } = useTranslation();
  const me = useSession();
  const ids = participantProgrammeIds(me);
  const programmes = useQuery({ ...programmesQuery, enabled: me.user.isPlatformAdmin });
  if (!canReadParticipants(me)) return <Forbidden />;
  if (ids.length === 1 && !me.user.isPlatformAdmin) {
    return <Navigate to="/programmes/$programmeId/participants" params={{ programmeId: ids[0] ?? '' }} replace />;
  }
  if (me.user.isPlatformAdmin && programmes.isPending) return <Loading />;
  const choices = me.user.isPlatformAdmin
    ? (programmes.data?.programmes ?? []).map((p) => ({ id: p.id, name: p.name }))
    : ids.map((id) => ({ id, name: me.memberships.find((m) => m.programmeId === id)?.programmeName ?? '' }));
  return (
    <Page title={t('participants.index.title')} lead={t('participants.index.lead')}>
      {choices.length === 0 ? (
        <p>{t('participants.index.none')}</p>
      ) : (
        <ul className={cx(cards['link-list'], cards['link-list--spaced'])}>
          {choices.map((p) => (
            <li key={p.id}>
              <Link to="/programmes/$programmeId/participants" params={{ programmeId: p.id }}>
                {p.name}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
