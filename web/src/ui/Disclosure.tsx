import type { ReactNode } from 'react';
import disclosure from './disclosure.module.css';

/**
 * An add-form folded away under its title, so long profile pages stay scannable on a phone. Native
 * details/summary: keyboard and screen-reader support come with the browser.
 */
export function Disclosure({ title, children, defaultOpen }: { title: string; children: ReactNode; defaultOpen?: boolean }) {
  return (
    <details className={disclosure['emp-disclosure']} open={defaultOpen}>
      <summary className={disclosure['emp-disclosure__summary']}>{title}</summary>
      <div className={disclosure['emp-disclosure__body']}>{children}</div>
    </details>
  );
}
