import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Forbidden } from '../../../ui/Forbidden.tsx';
import { Page, Section } from '../../../ui/Page.tsx';
import { Notice } from '../../../ui/Status.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { formatDate } from '../../../ui/format.ts';
import { type EmployerCompany, type Opening } from '../api.ts';
import { Breadcrumbs } from '../components/Breadcrumbs.tsx';
import { QueryPage } from '../../../ui/QueryPage.tsx';
import { CommitmentItem } from '../coordinator/company/CommitmentsSection.tsx';
import { CompanyPlacementList } from '../coordinator/company/PlacementsSection.tsx';
import employers from '../employers.module.css';
import buttons from '../../../ui/buttons.module.css';
import employersLists from '../employers-lists.module.css';
import alerts from '../../../ui/alerts.module.css';
import { cx } from '../../../ui/cx.ts';
import { useOwnCompany } from './own-company.ts';

export function EmployerCompanyPage({ companyId, proposed }: { companyId: string; proposed?: boolean }) {
  const { t } = useTranslation();
  const { allowed, company } = useOwnCompany(companyId);
  if (!allowed) return <Forbidden />;
  return (
    <QueryPage title={t('employers.portal.loadingTitle')} query={company}>
      {(c) => <CompanyView company={c} proposed={proposed} />}
    </QueryPage>
  );
}

function CompanyView({ company: c, proposed }: { company: EmployerCompany; proposed?: boolean }) {
  const { t } = useTranslation();
  return (
    <Page title={c.name} lead={c.programmeName}>
      <Breadcrumbs>
        <Link to="/virksomhed">{t('employers.portal.home')}</Link>
      </Breadcrumbs>
      <Notice>{proposed ? t('employers.portal.proposedNotice') : null}</Notice>
      <p className={employers['emp-page-actions']}>
        <Link to="/virksomhed/$companyId/nyt-opslag" params={{ companyId: c.id }} className={buttons.button}>
          {t('employers.portal.propose')}
        </Link>
      </p>
      <Section id="portal-openings" title={t('employers.portal.openingsTitle')}>
        {c.openings.length === 0 ? (
          <p>{t('employers.portal.noOpenings')}</p>
        ) : (
          <ul className={employersLists['emp-portal-openings']}>
            {c.openings.map((o) => (
              <PortalOpening key={o.id} opening={o} />
            ))}
          </ul>
        )}
      </Section>
      <Section id="portal-placements" title={t('employers.portal.placementsTitle')}>
        {c.placements.length === 0 ? (
          <p>{t('employers.portal.noPlacements')}</p>
        ) : (
          <CompanyPlacementList
            placements={c.placements}
            name={(p) => (
              <Link to="/virksomhed/forloeb/$placementId" params={{ placementId: p.id }}>
                {p.candidate.firstName}
              </Link>
            )}
          />
        )}
      </Section>
      {c.commitments.length > 0 && (
        <Section id="portal-commitments" title={t('employers.portal.commitmentsTitle')}>
          <ul className={employersLists['emp-commitments']}>
            {c.commitments.map((commitment) => (
              <CommitmentItem key={commitment.id} commitment={commitment} />
            ))}
          </ul>
        </Section>
      )}
      <Section id="portal-workplaces" title={t('employers.portal.workplacesTitle')}>
        {c.workplaces.length === 0 ? (
          <p>{t('employers.portal.noWorkplaces')}</p>
        ) : (
          <ul className={employersLists['emp-plain-cards']}>
            {c.workplaces.map((w) => (
              <li key={w.id} className={employersLists['emp-plain-card']}>
                <h3 className={employersLists['emp-plain-card__title']}>{w.name}</h3>
                <p className={employersLists['emp-plain-card__meta']}>
                  {w.address}, {w.postalCode} {w.city ?? ''}
                </p>
                {c.mentors.some((m) => m.workplaceId === w.id) && (
                  <p className={employersLists['emp-plain-card__meta']}>
                    {t('employers.portal.mentors', {
                      names: c.mentors
                        .filter((m) => m.workplaceId === w.id)
                        .map((m) => m.name)
                        .join(', '),
                    })}
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </Section>
    </Page>
  );
}

/** An opening as the employer sees it: the status in plain words, and the reason if declined. */
function PortalOpening({ opening: o }: { opening: Opening }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const rejected = o.status === 'closed' && o.rejectionReason;
  const status = rejected ? 'rejected' : o.status;
  return (
    <li className={cx(employersLists['emp-plain-card'], 'emp-portal-opening', employersLists[`emp-portal-opening--${status}`])}>
      <h3 className={employersLists['emp-plain-card__title']}>{o.title}</h3>
      <p className={employersLists['emp-portal-opening__status']}>
        <span className={cx(alerts.badge, employersLists[`badge--opening-${o.status}`])}>{t(`employers.portal.statuses.${status}`)}</span>
      </p>
      <p className={employersLists['emp-plain-card__meta']}>{t(`employers.portal.explain.${status}`)}</p>
      {rejected && (
        <p className={employersLists['emp-plain-card__meta']}>
          <strong>{t('employers.portal.reason')}</strong> {o.rejectionReason}
        </p>
      )}
      <p className={employersLists['emp-plain-card__meta']}>
        {o.workplaceName} · {t('employers.board.starts', { date: formatDate(o.startsOn, locale) })} ·{' '}
        {t('employers.board.places', { count: o.places })}
      </p>
    </li>
  );
}
