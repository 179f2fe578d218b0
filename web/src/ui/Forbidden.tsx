import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Page } from './Page.tsx';

/** Shown instead of a page the user's roles do not cover; the server would refuse it anyway. */
export function Forbidden() {
  const { t } = useTranslation();
  return (
    <Page title={t('forbidden.title')} lead={t('forbidden.lead')}>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </Page>
  );
}
