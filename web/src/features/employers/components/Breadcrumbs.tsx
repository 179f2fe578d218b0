import { Link } from '@tanstack/react-router';
import { Children, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import employers from '../employers.module.css';

/** Where the page sits, as links back up; the current page is the h1 and is not repeated. */
export function Breadcrumbs({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <nav className={employers['emp-breadcrumbs']} aria-label={t('employers.common.breadcrumbs')}>
      <ol className={employers['emp-breadcrumbs__list']}>
        {Children.toArray(children).map((child, index) => (
          <li key={index} className={employers['emp-breadcrumbs__item']}>
            {child}
          </li>
        ))}
      </ol>
    </nav>
  );
}

export function CompaniesCrumb({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  return (
    <Link to="/programmes/$programmeId/companies" params={{ programmeId }}>
      {t('employers.companies.title')}
    </Link>
  );
}

export function BoardCrumb({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  return (
    <Link to="/programmes/$programmeId/openings" params={{ programmeId }}>
      {t('employers.board.title')}
    </Link>
  );
}
