import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { formatLocalSpan } from '../../../ui/format.ts';
import { api } from '../../../api.ts';
import { Forbidden } from '../../../ui/Forbidden.tsx';
import { Section } from '../../../ui/Page.tsx';
import { useSession } from '../../../components/SessionContext.tsx';
import { QueryStatus } from '../../../ui/Status.tsx';
import { Table } from '../../../ui/Table.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { errorMessage } from '../../../lib/errors.ts';
import { canManageActivities, canReadActivities, canTakeAttendance } from '../access.ts';
import { activityQuery, type ActivityDetail, keys, paths } from '../api.ts';
import { InvitePanel } from '../components/InvitePanel.tsx';
import { ParticipantsTable } from '../components/ParticipantsTable.tsx';
import alerts from '../../../ui/alerts.module.css';
import cards from '../../../ui/cards.module.css';
import activitiesCss from '../activities.module.css';
import buttons from '../../../ui/buttons.module.css';
import { cx } from '../../../ui/cx.ts';
import layout from '../../../ui/layout.module.css';
import { copenhagenToday } from '../../../lib/today.ts';
import { attendanceDateRefusal } from '../../../../../shared/domain/activities/attendance.ts';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { ProgrammeCrumb } from '../../../ui/ProgrammeCrumb.tsx';

/** One activity: facts, sessions (with the way to attendance), invited and registered people, invitations. */
export function ActivityPage({ programmeId, activityId }: { programmeId: string; activityId: string }) {
  const { t } = useTranslation();
  const me = useSession();
  const queryClient = useQueryClient();
  const allowed = canReadActivities(me, programmeId);
  const manage = canManageActivities(me, programmeId);
  const attendance = canTakeAttendance(me, programmeId);
  const activity = useQuery({ ...activityQuery(programmeId, activityId), enabled: allowed });
  const [confirming, setConfirming] = useState(false);
  const cancel = useMutation({
    mutationFn: () => api.post<ActivityDetail>(paths.cancel(programmeId, activityId)),
    onSuccess: async (saved) => {
      queryClient.setQueryData(activityQuery(programmeId, activityId).queryKey, saved);
      await queryClient.invalidateQueries({ queryKey: keys.activities(programmeId) });
    },
  });
  const locale = currentLocale();
  const today = copenhagenToday();
  if (!allowed) return <Forbidden />;
  const a = activity.data;
  const dash = t('activities.detail.noValue');

  return (
    <PageHeader
      crumbs={
        <>
          <ProgrammeCrumb programmeId={programmeId} />
          <Link to="/programmes/$programmeId/aktiviteter" params={{ programmeId }}>
            {t('activities.list.title')}
          </Link>
        </>
      }
      title={a?.title ?? t('activities.list.title')}
      lead={a ? t(`activities.kinds.${a.kind}`) : undefined}
      wide
    >
      <p>
        <Link to="/programmes/$programmeId/aktiviteter" params={{ programmeId }}>
          {t('activities.detail.back')}
        </Link>
      </p>
      <QueryStatus query={activity} />
      {a && (
        <>
          {a.cancelled && (
            <div className={alerts.alert} role="note">
              <p>{t('activities.detail.cancelledNotice')}</p>
            </div>
          )}
          <Section title={t('activities.detail.facts')} id="act-facts">
            <dl className={cards.facts}>
              <dt>{t('activities.fields.place')}</dt>
              <dd>{a.place ?? dash}</dd>
              <dt>{t('activities.fields.site')}</dt>
              <dd>{a.siteName ?? dash}</dd>
              <dt>{t('activities.fields.hostCompany')}</dt>
              <dd>{a.hostCompanyName ?? dash}</dd>
              <dt>{t('activities.fields.capacity')}</dt>
              <dd>
                {a.capacity === null
                  ? t('activities.detail.noLimit', { registered: a.registeredCount })
                  : t('activities.detail.capacity', { registered: a.registeredCount, count: a.capacity })}
              </dd>
              {a.description && (
                <>
                  <dt>{t('activities.fields.description')}</dt>
                  <dd className={activitiesCss['act-description']}>{a.description}</dd>
                </>
              )}
            </dl>
            {manage && !a.cancelled && (
              <p className={activitiesCss['act-toolbar']}>
                <Link
                  to="/programmes/$programmeId/aktiviteter/$activityId/rediger"
                  params={{ programmeId, activityId }}
                  className={cx(buttons.button, buttons['button--secondary'])}
                >
                  {t('activities.detail.edit')}
                </Link>
                {!confirming && (
                  <Button className={cx(buttons.button, buttons['button--danger'])} onPress={() => setConfirming(true)}>
                    {t('activities.detail.cancel')}
                  </Button>
                )}
              </p>
            )}
            {manage && !a.cancelled && confirming && (
              <div className={alerts.alert} role="group" aria-label={t('activities.detail.cancel')}>
                <p>{t('activities.detail.cancelConfirm')}</p>
                <p className={activitiesCss['act-toolbar']}>
                  <Button
                    className={cx(buttons.button, buttons['button--danger'])}
                    onPress={() => cancel.mutate(undefined, { onSettled: () => setConfirming(false) })}
                  >
                    {t('activities.detail.cancelYes')}
                  </Button>
                  <Button className={cx(buttons.button, buttons['button--secondary'])} onPress={() => setConfirming(false)}>
                    {t('activities.detail.cancelNo')}
                  </Button>
                </p>
              </div>
            )}
            {cancel.isError && (
              <div className={cx(alerts.alert, alerts['alert--error'])} role="alert">
                <p>{errorMessage(t, cancel.error)}</p>
              </div>
            )}
          </Section>
          <Section title={t('activities.detail.sessionsTitle')} id="act-sessions">
            <Table caption={t('activities.detail.sessionsCaption')}>
              <thead>
                <tr>
                  <th scope="col">{t('activities.detail.session')}</th>
                  <th scope="col">{t('activities.detail.attendance')}</th>
                  {attendance && !a.cancelled && <th scope="col">{t('activities.detail.actions')}</th>}
                </tr>
              </thead>
              <tbody>
                {a.sessions.map((s) => (
                  <tr key={s.id}>
                    <td>{formatLocalSpan(s, locale)}</td>
                    <td>
                      {s.recordedCount === 0
                        ? t('activities.detail.notTaken')
                        : t('activities.detail.attendanceCount', { present: s.presentCount, recorded: s.recordedCount })}
                    </td>
                    {attendance && !a.cancelled && (
                      <td>
                        {attendanceDateRefusal(s.startsAt.slice(0, 10), today) ? (
                          <span className={layout.muted}>{t('activities.detail.attendanceFromDay')}</span>
                        ) : (
                          <Link
                            to="/programmes/$programmeId/aktiviteter/$activityId/fremmoede/$sessionId"
                            params={{ programmeId, activityId, sessionId: s.id }}
                            aria-label={t('activities.detail.takeAttendanceFor', { when: formatLocalSpan(s, locale) })}
                          >
                            {t('activities.detail.takeAttendance')}
                          </Link>
                        )}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </Table>
          </Section>
          <Section title={t('activities.detail.participantsTitle')} id="act-people">
            <ParticipantsTable activity={a} programmeId={programmeId} manage={manage} />
          </Section>
          {manage && !a.cancelled && <InvitePanel activity={a} programmeId={programmeId} />}
        </>
      )}
    </PageHeader>
  );
}
