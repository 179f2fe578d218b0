import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Forbidden } from '../../../ui/Forbidden.tsx';
import { Page } from '../../../ui/Page.tsx';
import { useSession } from '../../../components/SessionContext.tsx';
import { QueryStatus } from '../../../ui/Status.tsx';
import { canManageOpenings } from '../access.ts';
import { keys, openingQuery, workplacesQuery } from '../api.ts';
import { BoardCrumb, Breadcrumbs } from '../components/Breadcrumbs.tsx';
import { OpeningForm } from '../components/OpeningForm.tsx';
import { QueryPage } from '../../../ui/QueryPage.tsx';

export function EditOpeningPage({ programmeId, openingId }: { programmeId: string; openingId: string }) {
  const { t } = useTranslation();
  const me = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const allowed = canManageOpenings(me, programmeId);
  const opening = useQuery({ ...openingQuery(programmeId, openingId), enabled: allowed });
  const workplaces = useQuery({ ...workplacesQuery(programmeId, opening.data?.organisationId), enabled: allowed && opening.isSuccess });
  if (!allowed) return <Forbidden />;

  return (
    <QueryPage title={t('employers.editOpening.title')} query={opening}>
      {(o) => (
        <Page title={t('employers.editOpening.title')} lead={o.title}>
          <Breadcrumbs>
            <BoardCrumb programmeId={programmeId} />
            <Link to="/programmes/$programmeId/openings/$openingId" params={{ programmeId, openingId }}>
              {o.title}
            </Link>
          </Breadcrumbs>
          <QueryStatus query={workplaces} />
          {workplaces.data && (
            <OpeningForm
              programmeId={programmeId}
              workplaces={workplaces.data.workplaces}
              initial={o}
              onSaved={async (saved, outcome) => {
                queryClient.setQueryData(openingQuery(programmeId, saved.id).queryKey, saved);
                await queryClient.invalidateQueries({ queryKey: keys.openings(programmeId) });
                await queryClient.invalidateQueries({ queryKey: keys.companies(programmeId) });
                await navigate({
                  to: '/programmes/$programmeId/openings/$openingId',
                  params: { programmeId, openingId },
                  search: { saved: outcome },
                });
              }}
            />
          )}
        </Page>
      )}
    </QueryPage>
  );
}
