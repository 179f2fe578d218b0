import type { ReactNode } from 'react';

/**
 * An add-form folded away under its title, so long profile pages stay scannable on a phone. Native
 * details/summary: keyboard and screen-reader support come with the browser.
 */
export function Disclosure({ title, children, defaultOpen }: { title: string; children: ReactNode; defaultOpen?: boolean }) {
  return (
    <details className="emp-disclosure" open={defaultOpen}>
      <summary className="emp-disclosure__summary">{title}</summary>
      <div className="emp-disclosure__body">{children}</div>
    </details>
  );
}
