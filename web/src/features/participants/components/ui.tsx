import type { ReactNode } from 'react';
import { Form } from 'react-aria-components';
import { ErrorSummary } from '../../../ui/ErrorSummary.tsx';
import { Notice } from '../../../ui/Status.tsx';
import { SubmitButton } from '../../../ui/SubmitButton.tsx';
import type { FormController } from '../../../lib/form.ts';

/**
 * An add-form folded away under its title, so a long profile stays scannable on a phone. Native
 * details/summary: keyboard and screen-reader support come with the browser.
 */
export function Disclosure({ title, children, defaultOpen }: { title: string; children: ReactNode; defaultOpen?: boolean }) {
  return (
    <details className="disclosure" open={defaultOpen}>
      <summary className="disclosure__summary">{title}</summary>
      <div className="disclosure__body">{children}</div>
    </details>
  );
}

/**
 * The frame every small form on the profile shares: the confirmation of the last save, the error
 * summary, the fields and one submit button, so each section only writes its fields.
 */
export function SubForm({
  form,
  notice,
  submitLabel,
  children,
  label,
}: {
  form: FormController;
  notice?: string | null;
  submitLabel: string;
  children: ReactNode;
  /** Accessible name of the form, for screen readers' landmark lists. */
  label?: string;
}) {
  return (
    <>
      <Notice>{notice ?? null}</Notice>
      <Form className="form" onSubmit={form.handleSubmit} validationBehavior="aria" aria-label={label}>
        <ErrorSummary form={form} />
        {children}
        <div className="form-actions">
          <SubmitButton pending={form.pending}>{submitLabel}</SubmitButton>
        </div>
      </Form>
    </>
  );
}

/** A definition list of label/value pairs; rows without a value are left out. */
export function Facts({ items }: { items: Array<[label: string, value: ReactNode | null | undefined]> }) {
  const shown = items.filter(([, value]) => value !== null && value !== undefined && value !== '');
  if (shown.length === 0) return null;
  return (
    <dl className="p-facts">
      {shown.map(([label, value]) => (
        <div key={label} className="p-facts__row">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A short coloured label (status, attention); the text carries the meaning, not the colour. */
export function Badge({ children, tone = 'neutral' }: { children: ReactNode; tone?: 'neutral' | 'good' | 'warn' | 'info' }) {
  return <span className={`p-badge p-badge--${tone}`}>{children}</span>;
}
