import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api.ts';
import { Section } from '../../../ui/Page.tsx';
import { useSession } from '../../../components/SessionContext.tsx';
import { Notice } from '../../../ui/Status.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { errorMessage } from '../../../lib/errors.ts';
import { formatDate } from '../../../ui/format.ts';
import { membersQuery } from '../../../queries.ts';
import { type Participant, paths, type Talk } from '../api.ts';
import { useRefreshParticipants } from '../hooks.ts';
import { copenhagenToday } from '../../../lib/today.ts';
import { TalkForm } from './TalkForm.tsx';
import { Badge, Disclosure } from './ui.tsx';
import participants from '../participants.module.css';
import layout from '../../../ui/layout.module.css';
import buttons from '../../../ui/buttons.module.css';
import { cx } from '../../../ui/cx.ts';
import { ActionStatus } from '../../../ui/ActionStatus.tsx';

/** Follow-up talks, newest first, each with the next steps agreed and who owns them. */
export function TalksSection({ p, writable }: { p: Participant; writable: boolean }) {
  const { t } = useTranslation();
  const me = useSession();
  const [notice, setNotice] = useState<string | null>(null);
  const members = useQuery({ ...membersQuery(p.programmeId), enabled: writable });
  const ownerName = (id: string) =>
    id === me.user.id ? t('participants.talks.me') : (members.data?.members.find((m) => m.userId === id)?.name ?? '');
  const talks = [...p.talks].sort((a, b) => b.heldOn.localeCompare(a.heldOn) || b.createdAt.localeCompare(a.createdAt));
  // Next steps are owned by staff who work with participants.
  const owners = (members.data?.members ?? []).filter(
    (m) => m.role === 'coordinator' || m.role === 'administrator' || m.role === 'caseworker',
  );

  return (
    <Section title={t('participants.talks.title')} id="talks">
      <Notice>{notice}</Notice>
      {talks.length === 0 ? (
        <p>{t('participants.talks.none')}</p>
      ) : (
        <ul className={participants['p-cards']}>
          {talks.map((talk) => (
            <TalkCard key={talk.id} p={p} talk={talk} ownerName={ownerName} writable={writable} onDone={setNotice} />
          ))}
        </ul>
      )}
      {writable && (
        <Disclosure title={t('participants.talks.addTitle')}>
          <TalkForm
            p={p}
            owners={
              owners.length > 0
                ? owners.map((m) => ({ id: m.userId, name: m.userId === me.user.id ? t('participants.talks.me') : m.name }))
                : [{ id: me.user.id, name: t('participants.talks.me') }]
            }
            onAdded={() => setNotice(t('participants.talks.added'))}
          />
        </Disclosure>
      )}
    </Section>
  );
}

function TalkCard({
  p,
  talk,
  ownerName,
  writable,
  onDone,
}: {
  p: Participant;
  talk: Talk;
  ownerName: (id: string) => string;
  writable: boolean;
  onDone: (message: string | null) => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const refresh = useRefreshParticipants(p.programmeId);
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const today = copenhagenToday();

  const complete = (id: string, description: string) => {
    if (pending) return;
    setPending(id);
    setError(null);
    onDone(null);
    api
      .post(paths.completeNextStep(p.programmeId, p.id, id))
      .then(refresh)
      .then(() => onDone(t('participants.talks.stepDone', { description })))
      .catch((e: unknown) => setError(errorMessage(t, e)))
      .finally(() => setPending(null));
  };

  return (
    <li className={participants['p-card']}>
      <h3 className={participants['p-card__title']}>
        {t(`participants.talkKinds.${talk.kind}`)} <span className={participants['p-card__sub']}>{formatDate(talk.heldOn, locale)}</span>
      </h3>
      {talk.summary && <p className={participants['p-pre']}>{talk.summary}</p>}
      <p className={layout.muted}>{t(`participants.visibilities.${talk.visibility}`)}</p>
      {talk.nextSteps.length > 0 && (
        <>
          <h4 className={participants['p-subtitle']}>{t('participants.talks.nextSteps')}</h4>
          <ul className={participants['p-steps']}>
            {talk.nextSteps.map((s) => (
              <li key={s.id} className={participants['p-steps__item']}>
                <span>
                  {s.description}{' '}
                  {s.completedAt ? (
                    <Badge tone="good">{t('participants.talks.completed')}</Badge>
                  ) : s.dueOn < today ? (
                    <Badge tone="warn">{t('participants.talks.overdue')}</Badge>
                  ) : null}
                </span>
                <span className={layout.muted}>
                  {t('participants.todo.dueOn', { date: formatDate(s.dueOn, locale) })}
                  {ownerName(s.ownerUserId) && ` · ${t('participants.talks.owner')}: ${ownerName(s.ownerUserId)}`}
                </span>
                {writable && !s.completedAt && (
                  <Button
                    className={cx(
                      buttons.button,
                      buttons['button--secondary'],
                      buttons['button--small'],
                      pending === s.id ? buttons['is-pending'] : undefined,
                    )}
                    onPress={() => complete(s.id, s.description)}
                  >
                    {t('participants.talks.complete')}
                    <span className={layout['visually-hidden']}>: {s.description}</span>
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <ActionStatus pending={Boolean(pending)} error={error} />
    </li>
  );
}
