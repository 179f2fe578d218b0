import { Children, Fragment, isValidElement, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from './Page.tsx';
import crumbs from './breadcrumbs.module.css';
import buttons from './buttons.module.css';

/**
 * Where the page sits, as links back up. The current page is the h1 and is not repeated; an
 * ordered list inside a named `nav`, as WAI-ARIA's breadcrumb pattern asks.
 */
export function Breadcrumbs({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  // A fragment of crumbs (`crumbs={<>…</>}`) is a list of crumbs, not one.
  const only = Children.toArray(children);
  const first = only[0];
  const items =
    only.length === 1 && isValidElement<{ children?: ReactNode }>(first) && first.type === Fragment
      ? Children.toArray(first.props.children)
      : only;
  if (items.length === 0) return null;
  return (
    <nav className={crumbs.breadcrumbs} aria-label={t('common.breadcrumbs')}>
      <ol className={crumbs.breadcrumbs__list}>
        {items.map((child, index) => (
          <li key={index} className={crumbs.breadcrumbs__item}>
            {child}
          </li>
        ))}
      </ol>
    </nav>
  );
}

type Props = {
  title: string;
  lead?: ReactNode;
  /** Links up the hierarchy (`<Link>`s), shown above the title. */
  crumbs?: ReactNode;
  /** The page's main actions ("Ny virksomhed"), beside the lead. */
  actions?: ReactNode;
  wide?: boolean;
  children?: ReactNode;
};

/**
 * A page with its breadcrumbs and actions: one h1 (through `Page`, which also sets the document
 * title and moves focus on navigation), the trail in a landmark before it.
 */
export function PageHeader({ title, lead, crumbs, actions, wide, children }: Props) {
  return (
    <>
      {crumbs && <Breadcrumbs>{crumbs}</Breadcrumbs>}
      <Page title={title} lead={lead} wide={wide}>
        {actions && <div className={buttons['form-actions']}>{actions}</div>}
        {children}
      </Page>
    </>
  );
}
