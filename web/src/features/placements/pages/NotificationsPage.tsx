import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api.ts';
import { Page } from '../../../ui/Page.tsx';
import { useSession } from '../../../components/SessionContext.tsx';
import { QueryError, QueryStatus } from '../../../ui/Status.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { canReadPlacements, takesPartAsEmployer } from '../access.ts';
import { keys, type Notification, notificationsQuery, paths } from '../api.ts';
import buttons from '../../../ui/buttons.module.css';
import placements from '../placements.module.css';
import alerts from '../../../ui/alerts.module.css';
import layout from '../../../ui/layout.module.css';
import { cx } from '../../../ui/cx.ts';

/** Where a notice leads: the placement or support request as this user's role sees it. */
function Target({ n, children }: { n: Notification; children: string }) {
  const me = useSession();
  if (!n.subjectId) return <>{children}</>;
  if (n.subjectType === 'support_request') {
    return (
      <Link to="/programmes/$programmeId/support-requests/$requestId" params={{ programmeId: n.programmeId, requestId: n.subjectId }}>
        {children}
      </Link>
    );
  }
  // Rejected shifts and activity invitations reach only the youth and their guardians (the portal).
  if (n.subjectType === 'shift' && n.kind === 'youthShiftRejected') return <Link to="/mig/timer">{children}</Link>;
  if (n.subjectType === 'shift' || n.subjectType === 'activity') return <Link to="/mig">{children}</Link>;
  if (n.subjectType !== 'placement') return <>{children}</>;
  if (canReadPlacements(me, n.programmeId)) {
    return (
      <Link to="/programmes/$programmeId/placements/$placementId" params={{ programmeId: n.programmeId, placementId: n.subjectId }}>
        {children}
      </Link>
    );
  }
  if (takesPartAsEmployer(me)) {
    return (
      <Link to="/virksomhed/forloeb/$placementId" params={{ placementId: n.subjectId }}>
        {children}
      </Link>
    );
  }
  return <Link to="/mig">{children}</Link>;
}

/** `/notifikationer`: the user's in-app notices, newest first, unread ones marked, with "mark as read". */
export function NotificationsPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const queryClient = useQueryClient();
  const list = useQuery(notificationsQuery);
  const mark = useMutation({
    mutationFn: (body: { ids?: string[]; all?: boolean }) => api.post(paths.markRead(), body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.notifications }),
  });
  const data = list.data;
  return (
    <Page
      title={t('placements.notifications.title')}
      lead={data ? t('placements.notifications.unread', { count: data.unread }) : undefined}
    >
      <QueryStatus query={list} />
      {mark.isError && <QueryError error={mark.error} />}
      {data && data.notifications.length === 0 && <p>{t('placements.notifications.none')}</p>}
      {data && data.unread > 0 && (
        <p>
          <Button className={cx(buttons.button, buttons['button--secondary'])} onPress={() => mark.mutate({ all: true })}>
            {t('placements.notifications.markAll')}
          </Button>
        </p>
      )}
      {data && data.notifications.length > 0 && (
        <ul className={placements['pl-list']}>
          {data.notifications.map((n) => (
            <li key={n.id} className={n.readAt ? placements['pl-list__item'] : cx(placements['pl-list__item'], placements['pl-unread'])}>
              <p>
                {!n.readAt && <span className={cx(alerts.badge, alerts['badge--pending'])}>{t('placements.notifications.new')}</span>}{' '}
                {n.safety && <span className={cx(alerts.badge, placements['pl-badge--warn'])}>{t('placements.notifications.safety')}</span>}{' '}
                <Target n={n}>{n.title}</Target>
              </p>
              <p className={layout.muted}>
                {formatDateTime(n.createdAt, locale, false)}
                {!n.readAt && (
                  <>
                    {' · '}
                    <Button className={cx(buttons.button, buttons['button--link'])} onPress={() => mark.mutate({ ids: [n.id] })}>
                      {t('placements.notifications.markRead')}
                      <span className={layout['visually-hidden']}>: {n.title}</span>
                    </Button>
                  </>
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
