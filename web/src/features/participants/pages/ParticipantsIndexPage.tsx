import { Link, Navigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Forbidden } from '../../../ui/Forbidden.tsx';
import { Page } from '../../../ui/Page.tsx';
import { useSession } from '../../../components/SessionContext.tsx';
import { canReadParticipants, participantProgrammeIds } from '../access.ts';
import cards from '../../../ui/cards.module.css';
import { cx } from '../../../ui/cx.ts';

/** "Deltagere" in the menu: straight to the list with one programme, a choice with several. */
export function ParticipantsIndexPage() {
  const { t } = useTranslation();
  const me = useSession();
  const ids = participantProgrammeIds(me);
  if (!canReadParticipants(me)) return <Forbidden />;
  if (ids.length === 1) {
    return <Navigate to="/programmes/$programmeId/participants" params={{ programmeId: ids[0] ?? '' }} replace />;
  }
  // Only programmes where a role lets the user read participants: the server refuses the others.
  const choices = ids.map((id) => ({ id, name: me.memberships.find((m) => m.programmeId === id)?.programmeName ?? '' }));
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
