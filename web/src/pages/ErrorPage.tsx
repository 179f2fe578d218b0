import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Page } from '../ui/Page.tsx';
import { errorMessage } from '../lib/errors.ts';
import alerts from '../ui/alerts.module.css';
import buttons from '../ui/buttons.module.css';
import { cx } from '../ui/cx.ts';

/** Last-resort page for errors no page handled itself. */
export function ErrorPage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <Page title={t('errorPage.title')}>
      <div className={cx(alerts.alert, alerts['alert--error'])} role="alert">
        <p>{errorMessage(t, error)}</p>
      </div>
      <Button className={cx(buttons.button, buttons['button--secondary'])} onPress={() => window.location.reload()}>
        {t('errorPage.reload')}
      </Button>
    </Page>
  );
}
