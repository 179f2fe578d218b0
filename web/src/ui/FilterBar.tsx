import type { FormEvent, ReactNode } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import forms from './forms.module.css';
import buttons from './buttons.module.css';
import { cx } from './cx.ts';

type Props = {
  /** Names the search landmark ("Filtrér deltagere"). */
  label: string;
  onSubmit: (data: FormData) => void;
  /** Shown as a plain link-style button when filters are set, to clear them all at once. */
  onReset?: () => void;
  submitLabel?: string;
  children: ReactNode;
};

/**
 * The filter form above a list: fields in a grid, one submit, an optional reset. A `search`
 * landmark so screen-reader users can jump to it; filters live in the URL, so the caller turns the
 * submitted form into search params and the list follows the URL.
 */
export function FilterBar({ label, onSubmit, onReset, submitLabel, children }: Props) {
  const { t } = useTranslation();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(new FormData(event.currentTarget));
  };
  return (
    <div role="search" aria-label={label}>
      <Form className={cx(forms.form, forms['form--filters'])} onSubmit={submit} validationBehavior="aria">
        <div className={forms['filter-grid']}>{children}</div>
        <div className={buttons['form-actions']}>
          <button type="submit" className={buttons.button}>
            {submitLabel ?? t('common.filter')}
          </button>
          {onReset && (
            <button type="button" className={cx(buttons.button, buttons['button--link'])} onClick={onReset}>
              {t('common.resetFilters')}
            </button>
          )}
        </div>
      </Form>
    </div>
  );
}
