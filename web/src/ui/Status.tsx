import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/errors.ts';
import alerts from '../ui/alerts.module.css';
import layout from '../ui/layout.module.css';
import { cx } from '../ui/cx.ts';

/** A polite live region: the text is announced when it appears or changes. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className={alerts.status} role="status">
      <span className={alerts.spinner} aria-hidden="true" />
      {label ?? t('common.loading')}
    </p>
  );
}

export function QueryError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <div className={cx(alerts.alert, alerts['alert--error'])} role="alert">
      <p>{errorMessage(t, error)}</p>
    </div>
  );
}

/**
 * Confirmation after an action. The `role=status` container is always rendered so the message is
 * announced when it appears (a live region added together with its text is often missed).
 */
export function Notice({ children, tone = 'success' }: { children?: ReactNode; tone?: 'success' | 'info' }) {
  return (
    <div role="status" className={children ? cx(alerts.alert, alerts[`alert--${tone}`]) : layout['visually-hidden']}>
      {children}
    </div>
  );
}

/**
 * What a list or section shows before its data: the loading status while the query runs, the
 * error if it failed. One component for the pair that pages otherwise repeat line for line.
 */
export function QueryStatus({ query }: { query: { isPending: boolean; isError: boolean; error: unknown } }) {
  return (
    <>
      {query.isPending && <Loading />}
      {query.isError && <QueryError error={query.error} />}
    </>
  );
}

/**
 * The count over a search's results ("12 virksomheder", or that none matched), a live region so
 * the new count is announced after each search; empty until the query has answered.
 */
export function ResultCount(props: { ready: boolean; count: number; none: string; some: string }) {
  return (
    <p role="status" className={alerts['result-count']}>
      {props.ready && (props.count === 0 ? props.none : props.some)}
    </p>
  );
}
