import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Forbidden } from '../../../ui/Forbidden.tsx';
import { Page } from '../../../ui/Page.tsx';
import { useSession } from '../../../components/SessionContext.tsx';
import { QueryStatus } from '../../../ui/Status.tsx';
import { canManageOpenings } from '../access.ts';
import { companyProfileQuery, keys, workplacesQuery } from '../api.ts';
import { BoardCrumb, Breadcrumbs } from '../components/Breadcrumbs.tsx';
import { OpeningForm } from '../components/OpeningForm.tsx';
import alerts from '../../../ui/alerts.module.css';

export function NewOpeningPage({ programmeId, companyId }: { programmeId: string; companyId?: string }) {
  const { t } = useTranslation();
  const me = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const allowed = canManageOpenings(me, programmeId);
  const company = useQuery({ ...companyProfileQuery(programmeId, companyId ?? ''), enabled: allowed && Boolean(companyId) });
  const all = useQuery({ ...workplacesQuery(programmeId), enabled: allowed && !companyId });
  if (!allowed) return <Forbidden />;

  const source = companyId ? company : all;
  const workplaces = companyId ? (company.data?.workplaces ?? []) : (all.data?.workplaces ?? []);
  const lead = company.data ? t('employers.newOpening.leadCompany', { name: company.data.name }) : t('employers.newOpening.lead');

  return (
    <Page title={t('employers.newOpening.title')} lead={lead}>
      <Breadcrumbs>
        <BoardCrumb programmeId={programmeId} />
        {company.data && (
          <Link to="/programmes/$programmeId/companies/$companyId" params={{ programmeId, companyId: company.data.id }}>
            {company.data.name}
          </Link>
        )}
      </Breadcrumbs>
      <QueryStatus query={source} />
      {source.isSuccess && workplaces.length === 0 && (
        <div className={alerts.alert}>
          <p>{t('employers.newOpening.noWorkplaces')}</p>
          {companyId && (
            <p>
              <Link to="/programmes/$programmeId/companies/$companyId" params={{ programmeId, companyId }} hash="workplaces-title">
                {t('employers.newOpening.addWorkplace')}
              </Link>
            </p>
          )}
        </div>
      )}
      {source.isSuccess && workplaces.length > 0 && (
        <OpeningForm
          programmeId={programmeId}
          workplaces={workplaces}
          onSaved={async (opening, outcome) => {
            await queryClient.invalidateQueries({ queryKey: keys.openings(programmeId) });
            await queryClient.invalidateQueries({ queryKey: keys.companies(programmeId) });
            await navigate({
              to: '/programmes/$programmeId/openings/$openingId',
              params: { programmeId, openingId: opening.id },
              search: { saved: outcome },
            });
          }}
        />
      )}
    </Page>
  );
}
