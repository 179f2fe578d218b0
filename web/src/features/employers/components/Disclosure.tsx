import type { ReactNode } from 'react';
import employers from '../employers.module.css';

/**
 * An add-form folded away under its title, so long profile pages stay scannable on a phone. Native
 * details/summary: keyboard and screen-reader support come with the browser.
 */
export function Disclosure({ title, children, defaultOpen }: { title: string; children: ReactNode; defaultOpen?: boolean }) {
  return (
    <details className={employers['emp-disclosure']} open={defaultOpen}>
      <summary className={employers['emp-disclosure__summary']}>{title}</summary>
      <div className={employers['emp-disclosure__body']}>{children}</div>
    </details>
  );
}
