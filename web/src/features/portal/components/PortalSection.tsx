import type { ReactNode } from 'react';
import layout from '../../../ui/layout.module.css';
import { cx } from '../../../ui/cx.ts';

/**
 * A titled block whose heading level follows where it sits: h2 on the person's own page, h3 under
 * a child's h2 on a guardian's page, so the outline stays in order (WCAG 1.3.1).
 */
export function PortalSection({ id, title, level = 2, children }: { id: string; title: string; level?: 2 | 3; children: ReactNode }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className={cx(layout['portal-section'], layout[`portal-section--h${level}`])} aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`} className={layout['portal-section__title']}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
