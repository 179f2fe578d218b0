import { type MouseEvent, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormController } from '../lib/form.ts';
import forms from '../ui/forms.module.css';

/**
 * The list of problems at the top of a form. It takes focus after a failed submit and each entry
 * moves focus to its field, so keyboard and screen-reader users land where the fix is needed.
 */
export function ErrorSummary({ form }: { form: FormController }) {
  const { t } = useTranslation();
  const headingId = useId();
  const items = form.summary;

  const goTo = (event: MouseEvent<HTMLAnchorElement>, fieldId: string) => {
    const field = document.getElementById(fieldId);
    // Groups (checkboxes) carry the id on their wrapper; focus their first control instead.
    const controls = 'input, textarea, button';
    const target = field?.matches(controls) ? field : field?.querySelector<HTMLElement>(controls);
    if (!target) return;
    event.preventDefault();
    target.scrollIntoView({ block: 'center' });
    target.focus();
  };

  return (
    <div
      ref={form.summaryRef}
      className={forms['error-summary']}
      role="alert"
      tabIndex={-1}
      aria-labelledby={items.length > 0 ? headingId : undefined}
      hidden={items.length === 0}
    >
      {items.length > 0 && (
        <>
          <h2 id={headingId} className={forms['error-summary__title']}>
            {t('form.errorSummaryTitle')}
          </h2>
          <ul className={forms['error-summary__list']}>
            {items.map((item, index) => (
              <li key={`${item.fieldId ?? 'form'}-${index}`}>
                {item.fieldId ? (
                  <a href={`#${item.fieldId}`} onClick={(event) => goTo(event, item.fieldId ?? '')}>
                    {item.message}
                  </a>
                ) : (
                  item.message
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
