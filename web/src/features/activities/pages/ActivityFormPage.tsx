import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Forbidden } from '../../../ui/Forbidden.tsx';
import { Page } from '../../../ui/Page.tsx';
import { useSession } from '../../../components/SessionContext.tsx';
import { Loading, QueryError } from '../../../ui/Status.tsx';
import { canManageActivities } from '../access.ts';
import { activityQuery, type ActivityDetail, keys } from '../api.ts';
import { ActivityForm } from '../components/ActivityForm.tsx';

/** Create an activity (without `activityId`) or edit one; saving goes to the activity's page. */
export function ActivityFormPage({ programmeId, activityId }: { programmeId: string; activityId?: string }) {
  const { t } = useTranslation();
  const me = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const allowed = canManageActivities(me, programmeId);
  const existing = useQuery({ ...activityQuery(programmeId, activityId ?? ''), enabled: allowed && Boolean(activityId) });
  if (!allowed) return <Forbidden />;

  const onSaved = async (saved: ActivityDetail) => {
    queryClient.setQueryData(activityQuery(programmeId, saved.id).queryKey, saved);
    await queryClient.invalidateQueries({ queryKey: keys.activities(programmeId) });
    await navigate({ to: '/programmes/$programmeId/aktiviteter/$activityId', params: { programmeId, activityId: saved.id } });
  };

  return (
    <Page title={activityId ? t('activities.form.editTitle') : t('activities.form.newTitle')} lead={existing.data?.title}>
      <p>
        {activityId ? (
          <Link to="/programmes/$programmeId/aktiviteter/$activityId" params={{ programmeId, activityId }}>
            {t('activities.form.back')}
          </Link>
        ) : (
          <Link to="/programmes/$programmeId/aktiviteter" params={{ programmeId }}>
            {t('activities.detail.back')}
          </Link>
        )}
      </p>
      {activityId && existing.isPending && <Loading />}
      {existing.isError && <QueryError error={existing.error} />}
      {(!activityId || existing.data) && <ActivityForm programmeId={programmeId} initial={existing.data} onSaved={onSaved} />}
    </Page>
  );
}
