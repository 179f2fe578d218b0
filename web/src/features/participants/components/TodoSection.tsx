import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Section } from '../../../ui/Page.tsx';
import { useSession } from '../../../components/SessionContext.tsx';
import { QueryStatus } from '../../../ui/Status.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { formatDate } from '../../../ui/format.ts';
import { membersQuery } from '../../../queries.ts';
import { todoQuery } from '../api.ts';
import { canManageParticipants } from '../access.ts';
import { fullName } from '../vocab.ts';
import participants from '../participants.module.css';
import layout from '../../../ui/layout.module.css';

function PersonLink({ programmeId, id, name }: { programmeId: string; id: string; name: string }) {
  return (
    <Link
      to="/programmes/$programmeId/participants/$participantId"
      params={{ programmeId, participantId: id }}
      className={participants.todo__name}
    >
      {name}
    </Link>
  );
}

function Group({ title, count, empty, children }: { title: string; count: number; empty: string; children: ReactNode }) {
  return (
    <div className="todo__group">
      <h3 className={participants.todo__title}>
        {title} <span className={participants['count-badge']}>{count}</span>
      </h3>
      {count === 0 ? <p className={layout.muted}>{empty}</p> : <ul className={participants.todo__list}>{children}</ul>}
    </div>
  );
}

/** Overdue next steps, consents to renew, and people nobody has talked to for a while. */
export function TodoSection({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const me = useSession();
  const locale = currentLocale();
  const todo = useQuery(todoQuery(programmeId));
  const members = useQuery({ ...membersQuery(programmeId), enabled: canManageParticipants(me, programmeId) });
  const ownerName = (id: string) =>
    id === me.user.id ? t('participants.talks.me') : members.data?.members.find((m) => m.userId === id)?.name;

  return (
    <Section title={t('participants.todo.title')} id="todo">
      <QueryStatus query={todo} />
      {todo.data && (
        <div className={participants.todo}>
          <Group
            title={t('participants.todo.overdue')}
            count={todo.data.overdueNextSteps.length}
            empty={t('participants.todo.overdueNone')}
          >
            {todo.data.overdueNextSteps.map((s) => (
              <li key={s.nextStepId} className={participants.todo__item}>
                <PersonLink programmeId={programmeId} id={s.participantId} name={fullName(s)} />
                <span>{s.description}</span>
                <span className={layout.muted}>
                  {t('participants.todo.dueOn', { date: formatDate(s.dueOn, locale) })}
                  {ownerName(s.ownerUserId) && ` · ${t('participants.talks.owner')}: ${ownerName(s.ownerUserId)}`}
                </span>
              </li>
            ))}
          </Group>
          <Group title={t('participants.todo.consents')} count={todo.data.consentsDue.length} empty={t('participants.todo.consentsNone')}>
            {todo.data.consentsDue.map((c) => (
              <li key={c.consentId} className={participants.todo__item}>
                <PersonLink programmeId={programmeId} id={c.participantId} name={fullName(c)} />
                <span>{t(`participants.purposes.${c.purpose}`)}</span>
                <span className={layout.muted}>
                  {t(`participants.renewalReasons.${c.reason}`)} · {t('participants.todo.dueOn', { date: formatDate(c.dueOn, locale) })}
                </span>
              </li>
            ))}
          </Group>
          <Group
            title={t('participants.todo.notContacted', { count: todo.data.noContactWeeks })}
            count={todo.data.notContacted.length}
            empty={t('participants.todo.notContactedNone')}
          >
            {todo.data.notContacted.map((p) => (
              <li key={p.participantId} className={participants.todo__item}>
                <PersonLink programmeId={programmeId} id={p.participantId} name={fullName(p)} />
                <span className={layout.muted}>
                  {p.lastContactOn
                    ? t('participants.todo.lastContact', { date: formatDate(p.lastContactOn, locale), count: p.weeksSinceContact })
                    : t('participants.todo.neverContacted', { count: p.weeksSinceContact })}
                </span>
              </li>
            ))}
          </Group>
        </div>
      )}
    </Section>
  );
}
