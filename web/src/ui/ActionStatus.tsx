import { useTranslation } from 'react-i18next';
import alerts from './alerts.module.css';
import { cx } from './cx.ts';
import layout from './layout.module.css';

/**
 * The feedback of a button-driven action outside a form: a polite status that says "working" to
 * screen readers while it runs, and the error as an alert when it fails. One piece, so every such
 * action announces itself the same way.
 */
export function ActionStatus({ pending, error }: { pending: boolean; error: string | null }) {
  const { t } = useTranslation();
  return (
    <>
      <span role="status" className={layout['visually-hidden']}>
        {pending ? t('common.working') : ''}
      </span>
      {error && (
        <div className={cx(alerts.alert, alerts['alert--error'])} role="alert">
          <p>{error}</p>
        </div>
      )}
    </>
  );
}
