import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import layout from '../ui/layout.module.css';
import { cx } from '../ui/cx.ts';

let firstPage = true;

/**
 * Every page has exactly one h1, and the document title follows it (WCAG 2.4.2). After in-app
 * navigation focus moves to the h1, so screen-reader users hear that the page changed.
 */
export function Page({ title, lead, children, wide }: { title: string; lead?: ReactNode; children?: ReactNode; wide?: boolean }) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${title} – ${t('app.name')}`;
  }, [title, t]);

  const handled = useRef(false);
  useEffect(() => {
    // The ref keeps StrictMode's second effect run from counting as a navigation.
    if (handled.current) return;
    handled.current = true;
    if (firstPage) {
      firstPage = false;
      return;
    }
    headingRef.current?.focus();
  }, []);

  return (
    <div className={wide ? cx(layout.page, layout['page--wide']) : layout.page}>
      <h1 ref={headingRef} tabIndex={-1} className={layout.page__title}>
        {title}
      </h1>
      {lead && (
        <p className={layout.page__lead} data-testid="page-lead">
          {lead}
        </p>
      )}
      {children}
    </div>
  );
}

/** A titled section inside a page; headings stay in order (h2 under the page's h1). */
export function Section({ title, children, id, actions }: { title: string; children: ReactNode; id?: string; actions?: ReactNode }) {
  return (
    <section className={layout.section} aria-labelledby={id ? `${id}-title` : undefined}>
      <div className={layout.section__head}>
        <h2 id={id ? `${id}-title` : undefined} className="section__title">
          {title}
        </h2>
        {actions}
      </div>
      {children}
    </section>
  );
}
