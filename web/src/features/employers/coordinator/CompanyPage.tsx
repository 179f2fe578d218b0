import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Forbidden } from '../../../ui/Forbidden.tsx';
import { Section } from '../../../ui/Page.tsx';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { ProgrammeCrumb } from '../../../ui/ProgrammeCrumb.tsx';
import { useSession } from '../../../components/SessionContext.tsx';
import { canManageCompanies, canManageOpenings, canReadCompanies } from '../access.ts';
import { type CompanyProfile, companyProfileQuery } from '../api.ts';
import { CompaniesCrumb } from '../components/Breadcrumbs.tsx';
import { OpeningsTable } from '../components/OpeningBits.tsx';
import { QueryPage } from '../../../ui/QueryPage.tsx';
import { CommitmentsSection } from './company/CommitmentsSection.tsx';
import { ContactsSection } from './company/ContactsSection.tsx';
import { MentorsSection } from './company/MentorsSection.tsx';
import { NotesSection } from './company/NotesSection.tsx';
import { PlacementsSection } from './company/PlacementsSection.tsx';
import { WorkplacesSection } from './company/WorkplacesSection.tsx';
import cards from '../../../ui/cards.module.css';
import employers from '../employers.module.css';
import buttons from '../../../ui/buttons.module.css';
import { cx } from '../../../ui/cx.ts';

const SECTIONS = ['openings', 'placements', 'commitments', 'contacts', 'mentors', 'workplaces', 'notes'] as const;

export function CompanyPage({ programmeId, companyId }: { programmeId: string; companyId: string }) {
  const { t } = useTranslation();
  const me = useSession();
  const allowed = canReadCompanies(me, programmeId);
  const profile = useQuery({ ...companyProfileQuery(programmeId, companyId), enabled: allowed });
  if (!allowed) return <Forbidden />;
  return (
    <QueryPage title={t('employers.company.loadingTitle')} query={profile}>
      {(company) => <Profile programmeId={programmeId} company={company} />}
    </QueryPage>
  );
}

function Profile({ programmeId, company }: { programmeId: string; company: CompanyProfile }) {
  const { t } = useTranslation();
  const me = useSession();
  const manage = canManageCompanies(me, programmeId);
  return (
    <PageHeader
      title={company.name}
      wide
      crumbs={
        <>
          <ProgrammeCrumb programmeId={programmeId} />
          <CompaniesCrumb programmeId={programmeId} />
        </>
      }
    >
      <dl className={cx(cards.facts, employers['emp-company-facts'])}>
        <dt>{t('employers.fields.cvr')}</dt>
        <dd>{company.cvr}</dd>
        <dt>{t('employers.fields.industry')}</dt>
        <dd>{company.industry}</dd>
        <dt>{t('employers.fields.supplierTo')}</dt>
        <dd>{company.supplierTo?.name ?? t('employers.companies.notSupplier')}</dd>
      </dl>
      <nav className={employers['emp-toc']} aria-label={t('employers.company.tocLabel')}>
        <ul className={employers['emp-toc__list']}>
          {SECTIONS.map((id) => (
            <li key={id}>
              <a href={`#${id}-title`}>{t(`employers.company.sections.${id}`)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <Section
        id="openings"
        title={t('employers.company.sections.openings')}
        actions={
          canManageOpenings(me, programmeId) && (
            <Link
              to="/programmes/$programmeId/openings/new"
              params={{ programmeId }}
              search={{ companyId: company.id }}
              className={cx(buttons.button, buttons['button--small'])}
            >
              {t('employers.company.newOpening')}
            </Link>
          )
        }
      >
        {company.openings.length === 0 ? (
          <p>{t('employers.company.noOpenings')}</p>
        ) : (
          <OpeningsTable
            programmeId={programmeId}
            openings={company.openings}
            caption={t('employers.company.openingsCaption', { name: company.name })}
          />
        )}
      </Section>
      <PlacementsSection programmeId={programmeId} company={company} />
      <CommitmentsSection programmeId={programmeId} company={company} canManage={manage} />
      <ContactsSection programmeId={programmeId} company={company} canManage={manage} />
      <MentorsSection programmeId={programmeId} company={company} canManage={manage} />
      <WorkplacesSection programmeId={programmeId} company={company} canManage={manage} />
      <NotesSection programmeId={programmeId} company={company} canManage={manage} />
    </PageHeader>
  );
}
