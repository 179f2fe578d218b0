import type { ReactNode } from 'react';
import { Form } from 'react-aria-components';
import type { FormController } from '../lib/form.ts';
import { ErrorSummary } from './ErrorSummary.tsx';
import { SubmitButton } from './SubmitButton.tsx';
import buttons from './buttons.module.css';
import forms from './forms.module.css';
import { cx } from './cx.ts';

/**
 * The frame most forms share: React Aria's form wired to the controller (errors shown, not
 * blocking), the error summary on top where focus lands after a failed submit, the fields, and one
 * submit button that shows progress. Forms with several buttons keep writing the frame out.
 * `filters` lays a filter form above a list out compactly; `search` also makes it a search
 * landmark, for filters that stand for the page's search.
 */
export function FormFrame(props: {
  form: FormController;
  submit: ReactNode;
  label?: string;
  variant?: 'filters' | 'search';
  children: ReactNode;
}) {
  return (
    <Form
      className={cx(forms.form, props.variant ? forms['form--filters'] : undefined)}
      onSubmit={props.form.handleSubmit}
      validationBehavior="aria"
      role={props.variant === 'search' ? 'search' : undefined}
      aria-label={props.label}
    >
      <ErrorSummary form={props.form} />
      {props.children}
      <div className={buttons['form-actions']}>
        <SubmitButton pending={props.form.pending}>{props.submit}</SubmitButton>
      </div>
    </Form>
  );
}
