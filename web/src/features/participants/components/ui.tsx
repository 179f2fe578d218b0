import type { ReactNode } from 'react';
import { FormFrame } from '../../../ui/FormFrame.tsx';
import { Notice } from '../../../ui/Status.tsx';
import type { FormController } from '../../../lib/form.ts';
import overlays from '../../../ui/overlays.module.css';
import participants from '../participants.module.css';
import { cx } from '../../../ui/cx.ts';

/**
 * An add-form folded away under its title, so a long profile stays scannable on a phone. Native
 * details/summary: keyboard and screen-reader support come with the browser.
 */
export function Disclosure({ title, children, defaultOpen }: { title: string; children: ReactNode; defaultOpen?: boolean }) {
  return (
    <details className={overlays.disclosure} open={defaultOpen}>
      <summary className={overlays.disclosure__summary}>{title}</summary>
      <div className={overlays.disclosure__body}>{children}</div>
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
      <FormFrame form={form} label={label} submit={submitLabel}>
        {children}
      </FormFrame>
    </>
  );
}

/** A definition list of label/value pairs; rows without a value are left out. */
export function Facts({ items }: { items: Array<[label: string, value: ReactNode | null | undefined]> }) {
  const shown = items.filter(([, value]) => value !== null && value !== undefined && value !== '');
  if (shown.length === 0) return null;
  return (
    <dl className={participants['p-facts']}>
      {shown.map(([label, value]) => (
        <div key={label} className={participants['p-facts__row']}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A short coloured label (status, attention); the text carries the meaning, not the colour. */
export function Badge({ children, tone = 'neutral' }: { children: ReactNode; tone?: 'neutral' | 'good' | 'warn' | 'info' }) {
  return <span className={cx(participants['p-badge'], participants[`p-badge--${tone}`])}>{children}</span>;
}
