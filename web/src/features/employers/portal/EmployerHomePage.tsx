import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Forbidden } from '../../../ui/Forbidden.tsx';
import { Page } from '../../../ui/Page.tsx';
import { useSession } from '../../../components/SessionContext.tsx';
import { QueryStatus } from '../../../ui/Status.tsx';
import { isEmployerContact, isMentor } from '../access.ts';
import { employerCompaniesQuery } from '../api.ts';
import cards from '../../../ui/cards.module.css';
import employersLists from '../employers-lists.module.css';
import buttons from '../../../ui/buttons.module.css';
import layout from '../../../ui/layout.module.css';
import { cx } from '../../../ui/cx.ts';

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
        <ul className={cx(cards.cards, employersLists['emp-portal-cards'])}>
          {list.map((c) => (
            <li key={c.id} className={cards.card}>
              <h2 className={cards.card__title}>
                <Link to="/virksomhed/$companyId" params={{ companyId: c.id }}>
                  {c.name}
                </Link>
              </h2>
              <p className={cards.card__meta}>
                {c.programmeName} · {t('employers.fields.cvr')} {c.cvr}
              </p>
              <p className={employersLists['emp-card-actions']}>
                <Link
                  to="/virksomhed/$companyId/nyt-opslag"
                  params={{ companyId: c.id }}
                  className={cx(buttons.button, buttons['button--secondary'])}
                >
                  {t('employers.portal.propose')}
                  <span className={layout['visually-hidden']}>: {c.name}</span>
                </Link>
              </p>
            </li>
          ))}
        </ul>
      )}
      <p className={layout['after-form']}>
        <Link to="/virksomhed/forloeb" className={buttons.button}>
          {t('placements.links.employerHome')}
        </Link>{' '}
        <Link to="/notifikationer">{t('placements.links.notifications')}</Link>
      </p>
      {isMentor(me) && (
        <p className={layout['after-form']}>
          <Link to="/mentor">{t('employers.mentoring.link')}</Link>
        </p>
      )}
    </Page>
  );
}
