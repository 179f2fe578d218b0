import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Forbidden } from '../../../ui/Forbidden.tsx';
import { Page } from '../../../ui/Page.tsx';
import { useSession } from '../../../components/SessionContext.tsx';
import { QueryStatus } from '../../../ui/Status.tsx';
import { isEmployerContact, isMentor } from '../access.ts';
import { employerCompaniesQuery } from '../api.ts';

/** The employer contact's start page: their companies, each with the one thing they come to do. */
export function EmployerHomePage() {
  const { t } = useTranslation();
  const me = useSession();
  const allowed = isEmployerContact(me);
  const companies = useQuery({ ...employerCompaniesQuery, enabled: allowed });
  if (!allowed) return <Forbidden />;
  const list = companies.data?.companies ?? [];

  return (
    <Page title={t('employers.portal.title', { count: list.length || 1 })} lead={t('employers.portal.lead')}>
      <QueryStatus query={companies} />
      {companies.isSuccess && list.length === 0 && <p>{t('employers.portal.none')}</p>}
      {list.length > 0 && (
        <ul className="cards emp-portal-cards">
          {list.map((c) => (
            <li key={c.id} className="card">
              <h2 className="card__title">
                <Link to="/virksomhed/$companyId" params={{ companyId: c.id }}>
                  {c.name}
                </Link>
              </h2>
              <p className="card__meta">
                {c.programmeName} · {t('employers.fields.cvr')} {c.cvr}
              </p>
              <p className="emp-card-actions">
                <Link to="/virksomhed/$companyId/nyt-opslag" params={{ companyId: c.id }} className="button button--secondary">
                  {t('employers.portal.propose')}
                  <span className="visually-hidden">: {c.name}</span>
                </Link>
              </p>
            </li>
          ))}
        </ul>
      )}
      <p className="after-form">
        <Link to="/virksomhed/forloeb" className="button">
          {t('placements.links.employerHome')}
        </Link>{' '}
        <Link to="/notifikationer">{t('placements.links.notifications')}</Link>
      </p>
      {isMentor(me) && (
        <p className="after-form">
          <Link to="/mentor">{t('employers.mentoring.link')}</Link>
        </p>
      )}
    </Page>
  );
}
