import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api.ts';
import { Table } from '../../../ui/Table.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import { activityQuery, type ActivityDetail, keys, paths } from '../api.ts';
import alerts from '../../../ui/alerts.module.css';
import activitiesCss from '../activities.module.css';
import buttons from '../../../ui/buttons.module.css';
import { cx } from '../../../ui/cx.ts';

type Status = ActivityDetail['participants'][number]['status'];
type Action = { to: Status; label: 'register' | 'decline' | 'unregister' | 'reinvite' };

const ACTIONS: Record<Status, Action[]> = {
  invited: [
    { to: 'registered', label: 'register' },
    { to: 'declined', label: 'decline' },
  ],
  registered: [{ to: 'cancelled', label: 'unregister' }],
  declined: [
    { to: 'registered', label: 'register' },
    { to: 'invited', label: 'reinvite' },
  ],
  cancelled: [
    { to: 'registered', label: 'register' },
    { to: 'invited', label: 'reinvite' },
  ],
};

/**
 * Invited and registered people with their status and the next steps. A refusal (a full activity)
 * is shown in an alert above the table in Danish; nothing changes on the server then.
 */
export function ParticipantsTable({ activity, programmeId, manage }: { activity: ActivityDetail; programmeId: string; manage: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const change = useMutation({
    mutationFn: (v: { participantId: string; status: Status }) =>
      api.put<ActivityDetail>(paths.participant(programmeId, activity.id, v.participantId), { status: v.status }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(activityQuery(programmeId, activity.id).queryKey, saved);
      await queryClient.invalidateQueries({ queryKey: keys.activities(programmeId) });
    },
  });
  const editable = manage && !activity.cancelled;
  return (
    <>
      {change.isError && (
        <div className={cx(alerts.alert, alerts['alert--error'])} role="alert">
          <p>{errorMessage(t, change.error)}</p>
        </div>
      )}
      {activity.participants.length === 0 ? (
        <p>{t('activities.detail.none')}</p>
      ) : (
        <Table caption={t('activities.detail.participantsCaption')}>
          <thead>
            <tr>
              <th scope="col">{t('activities.detail.name')}</th>
              <th scope="col">{t('activities.detail.status')}</th>
              {editable && <th scope="col">{t('activities.detail.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {activity.participants.map((p) => (
              <tr key={p.participantId}>
                <td>{p.name}</td>
                <td>{t(`activities.statuses.${p.status}`)}</td>
                {editable && (
                  <td className={activitiesCss['act-actions']}>
                    {ACTIONS[p.status].map((a) => (
                      <Button
                        key={a.to}
                        className={cx(buttons.button, buttons['button--secondary'], buttons['button--small'])}
                        aria-label={t('activities.detail.actionFor', { action: t(`activities.detail.${a.label}`), name: p.name })}
                        onPress={() => change.mutate({ participantId: p.participantId, status: a.to })}
                      >
                        {t(`activities.detail.${a.label}`)}
                      </Button>
                    ))}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
